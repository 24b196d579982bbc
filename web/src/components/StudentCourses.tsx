import { useState } from "react";
import type { Student, StudentCourse } from "../api/client.ts";
import { personName } from "../format.ts";
import { CourseRows } from "./CourseRows.tsx";

/** The student's courses: current and completed ones, then the dropped ones (which staff may restore). */
export function StudentCourses({
  student,
  courses,
  canChange,
}: {
  student: Student;
  courses: StudentCourse[];
  canChange: boolean;
}) {
  const [message, setMessage] = useState("");
  const current = courses.filter((course) => course.enrollment.status !== "dropped");
  const dropped = courses.filter((course) => course.enrollment.status === "dropped");
  const table = (caption: string, rows: StudentCourse[]) => (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Course</th>
            <th scope="col">Status</th>
            <th scope="col">Grade</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((course) => (
            <CourseRows
              key={course.id}
              student={student}
              course={course}
              canChange={canChange}
              onMessage={setMessage}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="student-courses-title">
      <h2 id="student-courses-title">Courses</h2>
      <p className="status-message" role="status">
        {message}
      </p>
      {current.length === 0 ? (
        <p className="empty">Not enrolled in any course yet.</p>
      ) : (
        table(`Courses of ${personName(student)}`, current)
      )}
      {dropped.length > 0 && (
        <>
          <h3>Dropped courses</h3>
          {table(`Dropped courses of ${personName(student)}`, dropped)}
        </>
      )}
    </section>
  );
}
