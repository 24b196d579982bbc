import { useEnrollmentHistory, type HistoryEvent } from "../api/roster.ts";
import { formatDateTime } from "../format.ts";
import { ErrorNotice, Loading } from "./States.tsx";

const grade = (value: string | null) => value ?? "no grade";

/** What happened, in words: "Grade changed B → A-", "Promoted from the waitlist". */
export function eventText(event: HistoryEvent): string {
  switch (event.event) {
    case "enrolled":
      return "Enrolled";
    case "waitlisted":
      return event.detail?.swap_for
        ? "Joined the waitlist, to swap for another course"
        : "Joined the waitlist";
    case "promoted":
      return "Promoted from the waitlist when a seat came free";
    case "dropped":
      return event.detail?.swapped_for ? "Dropped for a seat in another course" : "Dropped";
    case "re-enrolled":
      return "Enrolled again after a drop";
    case "restored":
      return "Restored after a drop";
    case "completed":
      return `Completed with ${grade(event.to_grade)}`;
    case "grade-changed":
      return `Grade changed ${grade(event.from_grade)} → ${grade(event.to_grade)}`;
    case "deleted-with-student":
      return "Removed when the student was deleted";
    case "deleted-with-course":
      return "Removed when the course was deleted";
    case "promotion-skipped":
      return `Passed over for a seat (${event.detail?.rules?.join(", ") ?? "a registration rule"})`;
  }
}

/** One enrollment's history, oldest first, each event with who made it and when. */
export function RosterHistory({ studentId, courseId }: { studentId: number; courseId: number }) {
  const history = useEnrollmentHistory(studentId, courseId);
  if (history.isPending) return <Loading what="the history" />;
  if (history.isError) return <ErrorNotice error={history.error} />;
  return (
    <ol className="history">
      {history.data.events.map((event) => (
        <li key={event.id}>
          {eventText(event)} <span className="muted">by {event.actor}</span>,{" "}
          <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at)}</time>
          {event.detail?.overrides?.map((override) => (
            <span className="muted" key={override.id}>
              {" "}
              · override of {override.rules.join(", ")} by {override.granted_by}: {override.reason}
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
