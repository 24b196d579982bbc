import { Link } from "wouter";
import { ApiError } from "../api/client.ts";
import { useCourseStudents } from "../api/queries.ts";
import { Seats } from "../components/Seats.tsx";
import { Status } from "../components/Status.tsx";
import { ErrorNotice, Loading, NotFound } from "../components/States.tsx";
import { usePageTitle } from "../hooks.ts";

export function CoursePage({ id }: { id: number }) {
  const query = useCourseStudents(id);
  usePageTitle(query.data ? `${query.data.course.code} ${query.data.course.title}` : "Course");

  if (query.isPending) return <Loading what="the course" />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFound title="Course not found" detail={query.error.problem.detail} />;
    }
    return <ErrorNotice error={query.error} />;
  }
  const { course, students } = query.data;
  // The API lists enrolled and completed students by name, then the waitlist in order.
  const roster = students.filter((student) => student.enrollment.status !== "waitlisted");
  const waitlist = students.filter((student) => student.enrollment.status === "waitlisted");

  return (
    <>
      <p className="breadcrumb">
        <Link href="/courses">Courses</Link>
      </p>
      <section aria-labelledby="course-title" className="details">
        <h1 id="course-title" tabIndex={-1}>
          <span className="code">{course.code}</span> {course.title}
        </h1>
        {course.description && <p className="description">{course.description}</p>}
        <dl className="facts">
          <div>
            <dt>Credits</dt>
            <dd>{course.credits ?? "–"}</dd>
          </div>
          <div>
            <dt>Capacity</dt>
            <dd>{course.capacity ?? "No limit"}</dd>
          </div>
          <div className="facts-wide">
            <dt>Seats</dt>
            <dd>
              <Seats course={course} showWaitlist={false} />
            </dd>
          </div>
          <div>
            <dt>Waitlist</dt>
            <dd>{course.waitlist_count === 0 ? "Nobody waiting" : `${course.waitlist_count} waiting`}</dd>
          </div>
        </dl>
      </section>

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
