/** An enrollment's history in sentences, the same on the student's page and on the course's roster. */
import type { HistoryEvent } from "./api/roster.ts";
import { ruleList } from "./rules.ts";

const grade = (value: string | null) => value ?? "no grade";

/** The other courses an event mentions (the sections of a swap), so that the page can name them by code. */
export const mentionedCourses = (events: HistoryEvent[]): number[] => [
  ...new Set(
    events.flatMap(({ detail }) => [
      ...(detail?.swap_for ?? []),
      ...(detail?.swapped_out ?? []),
      ...(detail?.swapped_for === undefined ? [] : [detail.swapped_for]),
    ]),
  ),
];

/** One sentence per kind of event, naming who made the change; codeOf names a course by its code. */
export function historySentence(event: HistoryEvent, codeOf: (id: number) => string): string {
  const by = `by ${event.actor}`;
  const detail = event.detail;
  const courses = (ids: number[]) => ids.map(codeOf).join(", ");
  switch (event.event) {
    case "enrolled":
      return `Enrolled ${by}`;
    case "waitlisted":
      return detail?.swap_for
        ? `Joined the waitlist ${by}, to swap for ${courses(detail.swap_for)}`
        : `Joined the waitlist ${by}`;
    case "promoted":
      return detail?.swapped_out
        ? `Promoted from the waitlist when a seat came free, dropping ${courses(detail.swapped_out)}, after a change ${by}`
        : `Promoted from the waitlist when a seat came free, after a change ${by}`;
    case "dropped":
      return detail?.swapped_for === undefined
        ? `Dropped ${by}`
        : `Dropped for the seat in ${courses([detail.swapped_for])}`;
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
