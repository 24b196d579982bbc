import { Link } from "wouter";
import type { Course, RosterEntry } from "../api/client.ts";
import { Status } from "./Status.tsx";

/** The course's students: enrolled and completed ones by name, then the waitlist in order. */
export function CourseRoster({ course, students }: { course: Course; students: RosterEntry[] }) {
  const roster = students.filter((student) => student.enrollment.status !== "waitlisted");
  const waitlist = students.filter((student) => student.enrollment.status === "waitlisted");
  return (
    <>
      <section aria-labelledby="roster-title">
        <h2 id="roster-title">Roster</h2>
        {roster.length === 0 ? (
          <p className="empty">No students enrolled yet. Enroll students from their own page.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Students in {course.code}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="hide-narrow">
                    Email
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Grade</th>
                </tr>
              </thead>
              <tbody>
                {roster.map((student) => (
                  <tr key={student.id}>
                    <td>
                      <Link href={`/students/${student.id}`}>
                        {student.last_name}, {student.first_name}
                      </Link>
                    </td>
                    <td className="email hide-narrow">{student.email}</td>
                    <td>
                      <Status enrollment={student.enrollment} />
                    </td>
                    <td>{student.enrollment.grade ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="waitlist-title">
        <h2 id="waitlist-title">Waitlist</h2>
        {waitlist.length === 0 ? (
          <p className="empty">Nobody is waiting for a seat.</p>
        ) : (
          <ol className="waitlist" aria-label={`Waitlist for ${course.code}, next in line first`}>
            {waitlist.map((student) => (
              <li key={student.id}>
                <Link href={`/students/${student.id}`}>
                  {student.first_name} {student.last_name}
                </Link>{" "}
                <span className="muted">
                  {student.email} · waiting since{" "}
                  {new Date(student.enrollment.enrolled_at).toLocaleDateString()}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
