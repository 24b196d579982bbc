import { useQueries } from "@tanstack/react-query";
import { courseQuery, useEnrollmentHistory } from "../api/roster.ts";
import { formatDateTime } from "../format.ts";
import { historySentence, mentionedCourses } from "../history.ts";
import { ruleList } from "../rules.ts";
import { ErrorNotice, Loading } from "./States.tsx";

/** Names the courses a history mentions by their codes, as they load ("course 12" until then, or if deleted). */
function useCourseCodes(ids: number[]): (id: number) => string {
  const courses = useQueries({ queries: ids.map(courseQuery) });
  return (id) => courses[ids.indexOf(id)]?.data?.code ?? `course ${id}`;
}

/**
 * An enrollment's events, oldest first, with the overrides that let any of them through. `label` names what
 * the history is of where it is shown: the course on a student's page, the student on a course's roster.
 */
export function EnrollmentHistory({
  studentId,
  courseId,
  label,
}: {
  studentId: number;
  courseId: number;
  label: string;
}) {
  const history = useEnrollmentHistory(studentId, courseId);
  const codeOf = useCourseCodes(mentionedCourses(history.data?.events ?? []));
  if (history.isPending) return <Loading what={`the history of ${label}`} />;
  if (history.isError) return <ErrorNotice error={history.error} />;
  return (
    <ol className="history" aria-label={`History of ${label}`}>
      {history.data.events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at)}</time>{" "}
          <span>{historySentence(event, codeOf)}.</span>
          {event.detail?.overrides?.map((override) => (
            <span key={override.id} className="muted">
              {" "}
              Override used ({ruleList(override.rules)}): “{override.reason}”, granted by{" "}
              {override.granted_by}.
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
