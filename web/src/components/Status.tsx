import type { Enrollment } from "../api/client.ts";

const labels: Record<Enrollment["status"], string> = {
  enrolled: "Enrolled",
  waitlisted: "Waitlisted",
  dropped: "Dropped",
  completed: "Completed",
};

export function Status({ enrollment }: { enrollment: Enrollment }) {
  const position = enrollment.waitlist_position;
  return (
    <span className={`status status-${enrollment.status}`}>
      {labels[enrollment.status]}
      {enrollment.status === "waitlisted" && position !== null && ` (#${position})`}
    </span>
  );
}
