import type { EnrollmentEvent } from "../api/client.ts";
import { useEnrollmentHistory } from "../api/registration.ts";
import { formatDateTime } from "../format.ts";
import { ruleList } from "../rules.ts";
import { ErrorNotice, Loading } from "./States.tsx";

const grade = (value: string | null) => value ?? "no grade";
const courses = (ids: number[]) => ids.map((id) => `course ${id}`).join(", ");

/** One sentence per kind of event, naming who made the change. */
function sentence(event: EnrollmentEvent): string {
  const by = `by ${event.actor}`;
  const detail = event.detail;
  switch (event.event) {
    case "enrolled":
      return `Enrolled ${by}`;
    case "waitlisted":
      return detail?.swap_for
        ? `Joined the waitlist ${by}, to swap for ${courses(detail.swap_for)}`
        : `Joined the waitlist ${by}`;
    case "promoted":
      return detail?.swapped_out
        ? `Promoted from the waitlist, dropping ${courses(detail.swapped_out)}, after a change ${by}`
        : `Promoted from the waitlist, after a change ${by}`;
    case "dropped":
      return detail?.swapped_for
        ? `Dropped for the seat in ${courses([detail.swapped_for])}`
        : `Dropped ${by}`;
    case "re-enrolled":
      return `${event.to_status === "waitlisted" ? "Back on the waitlist" : "Enrolled again"} after a drop, ${by}`;
    case "restored":
      return `Restored ${event.to_status === "waitlisted" ? "to the waitlist" : "from the drop"} ${by}`;
    case "completed":
      return event.to_grade === null
        ? `Completed without a grade ${by}`
        : `Completed with grade ${event.to_grade} ${by}`;
    case "grade-changed":
      return `Grade changed ${grade(event.from_grade)} → ${grade(event.to_grade)} ${by}`;
    case "deleted-with-student":
      return `Removed with the student, deleted ${by}`;
    case "deleted-with-course":
      return `Removed with the course, deleted ${by}`;
    case "promotion-skipped":
      return `Passed over on the waitlist: ${ruleList(detail?.rules ?? [])}, after a change ${by}`;
  }
}

/** An enrollment's events, oldest first, with the overrides that let any of them through. */
export function EnrollmentHistory({
  studentId,
  courseId,
  code,
}: {
  studentId: number;
  courseId: number;
  code: string;
}) {
  const history = useEnrollmentHistory(studentId, courseId);
  if (history.isPending) return <Loading what={`the history of ${code}`} />;
  if (history.isError) return <ErrorNotice error={history.error} />;
  return (
    <ol className="history" aria-label={`History of ${code}`}>
      {history.data.events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at)}</time>{" "}
          <span>{sentence(event)}.</span>
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
