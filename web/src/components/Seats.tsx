import type { Course } from "../api/client.ts";

type SeatCounts = Pick<Course, "capacity" | "enrolled_count" | "waitlist_count">;

export const isFull = ({ capacity, enrolled_count }: SeatCounts) =>
  capacity !== null && enrolled_count >= capacity;

export function seatsText({ capacity, enrolled_count }: SeatCounts): string {
  return capacity === null
    ? `${enrolled_count} enrolled, no limit`
    : `${enrolled_count} of ${capacity} seats`;
}

/** A capacity bar: enrolled students against seats, and how many are waiting. */
export function Seats({ course, showWaitlist = true }: { course: SeatCounts; showWaitlist?: boolean }) {
  const { capacity, enrolled_count, waitlist_count } = course;
  const filled = capacity === null ? 0 : capacity === 0 ? 1 : Math.min(1, enrolled_count / capacity);
  return (
    <div className="seats">
      <span className={isFull(course) ? "bar bar-full" : "bar"} aria-hidden="true">
        <span style={{ width: `${filled * 100}%` }} />
      </span>
      <span className="seats-text">
        {seatsText(course)}
        {isFull(course) && <strong className="full-tag"> · full</strong>}
        {showWaitlist && waitlist_count > 0 && (
          <span className="waitlist-tag"> · {waitlist_count} waiting</span>
        )}
      </span>
    </div>
  );
}
