import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { ApiError, type Course, type Student, type StudentCourse } from "../api/client.ts";
import { useCoursePage, useDrop, useEnroll, useStudentCourses, useUpdateStudent } from "../api/queries.ts";
import { useCanChange } from "../api/session.ts";
import { PersonForm } from "../components/forms.tsx";
import { SearchBox } from "../components/SearchBox.tsx";
import { isFull, Seats, seatsText } from "../components/Seats.tsx";
import { Status } from "../components/Status.tsx";
import { ErrorNotice, Loading, NotFound } from "../components/States.tsx";
import { useDebounced, usePageTitle } from "../hooks.ts";

export function StudentPage({ id }: { id: number }) {
  const query = useStudentCourses(id);
  const name = query.data ? `${query.data.student.first_name} ${query.data.student.last_name}` : "Student";
  usePageTitle(name);
  const canChange = useCanChange();

  if (query.isPending) return <Loading what="the student" />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFound title="Student not found" detail={query.error.problem.detail} />;
    }
    return <ErrorNotice error={query.error} />;
  }
  const { student, courses } = query.data;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/students">Students</Link>
      </p>
      <div className={canChange ? "page-grid" : undefined}>
        <div>
          <StudentDetails student={student} canChange={canChange} />
          <StudentCourses student={student} courses={courses} canChange={canChange} />
        </div>
        {canChange && <EnrollPanel student={student} courses={courses} />}
      </div>
    </>
  );
}

function StudentDetails({ student, canChange }: { student: Student; canChange: boolean }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateStudent(student.id);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEditor = () => {
    setEditing(false);
    update.reset();
    setTimeout(() => editButton.current?.focus());
  };
  return (
    <section aria-labelledby="student-title" className="details">
      <h1 id="student-title" tabIndex={-1}>
        {student.first_name} {student.last_name}
      </h1>
      {editing ? (
        <div className="panel">
          <h2>Edit details</h2>
          <PersonForm
            label="Edit student"
            initial={{ first_name: student.first_name, last_name: student.last_name, email: student.email }}
            submitLabel="Save changes"
            pending={update.isPending}
            error={update.error}
            onCancel={closeEditor}
            onSubmit={(fields) => {
              const changed = Object.fromEntries(
                Object.entries(fields).filter(([key, value]) => student[key as keyof Student] !== value),
              );
              if (Object.keys(changed).length === 0) {
                closeEditor();
                return;
              }
              update.mutate(changed, { onSuccess: closeEditor });
            }}
          />
        </div>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>Email</dt>
              <dd>{student.email}</dd>
            </div>
            <div>
              <dt>Student since</dt>
              <dd>{new Date(student.created_at).toLocaleDateString()}</dd>
            </div>
          </dl>
          {canChange && (
            <button
              type="button"
              ref={editButton}
              onClick={() => {
                setEditing(true);
              }}
            >
              Edit details
            </button>
          )}
        </>
      )}
    </section>
  );
}

function StudentCourses({
  student,
  courses,
  canChange,
}: {
  student: Student;
  courses: StudentCourse[];
  canChange: boolean;
}) {
  const drop = useDrop(student.id);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming !== null) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="student-courses-title">
      <h2 id="student-courses-title">Courses</h2>
      <p className="status-message" role="status">
        {message}
      </p>
      {drop.isError && <ErrorNotice error={drop.error} />}
      {courses.length === 0 ? (
        <p className="empty">Not enrolled in any course yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Courses of {student.first_name} {student.last_name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Status</th>
                <th scope="col">Grade</th>
                {canChange && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => {
                const canDrop =
                  course.enrollment.status === "enrolled" || course.enrollment.status === "waitlisted";
                return (
                  <tr key={course.id}>
                    <td>
                      <Link href={`/courses/${course.id}`}>
                        <span className="code">{course.code}</span> {course.title}
                      </Link>
                    </td>
                    <td>
                      <Status enrollment={course.enrollment} />
                    </td>
                    <td>{course.enrollment.grade ?? "–"}</td>
                    {canChange && (
                      <td className="row-actions">
                        {canDrop &&
                          (confirming === course.id ? (
                            <span className="confirm">
                              <span>Drop {course.code}?</span>
                              <button
                                type="button"
                                className="danger"
                                ref={confirmButton}
                                disabled={drop.isPending}
                                aria-label={`Yes, drop ${course.code}`}
                                onClick={() => {
                                  drop.mutate(course.id, {
                                    onSuccess: () => {
                                      setConfirming(null);
                                      setMessage(`Dropped ${course.code}.`);
                                    },
                                  });
                                }}
                              >
                                Yes, drop
                              </button>
                              <button
                                type="button"
                                onClick={() => {
                                  setConfirming(null);
                                }}
                              >
                                Keep
                              </button>
                            </span>
                          ) : (
                            <button
                              type="button"
                              aria-label={`Drop ${course.code}`}
                              onClick={() => {
                                drop.reset();
                                setMessage("");
                                setConfirming(course.id);
                              }}
                            >
                              Drop
                            </button>
                          ))}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const FINDER_SIZE = 8;

/** Find a course by code or title and enroll; a full course offers its waitlist instead. */
function EnrollPanel({ student, courses }: { student: Student; courses: StudentCourse[] }) {
  const [q, setQ] = useState("");
  const search = useDebounced(q);
  const results = useCoursePage(search, undefined, FINDER_SIZE);
  const enroll = useEnroll(student.id);
  const [full, setFull] = useState<Course | null>(null);
  const [message, setMessage] = useState("");
  const waitlistButton = useRef<HTMLButtonElement>(null);
  const held = new Map(courses.map((course) => [course.id, course.enrollment]));

  useEffect(() => {
    if (full) waitlistButton.current?.focus();
  }, [full]);

  const submit = (course: Course, waitlist: boolean) => {
    setMessage("");
    enroll.mutate(
      { course_id: course.id, waitlist },
      {
        onSuccess: (enrollment) => {
          setFull(null);
          setMessage(
            enrollment.status === "waitlisted"
              ? `Added to the ${course.code} waitlist (position ${enrollment.waitlist_position ?? "?"}).`
              : `Enrolled in ${course.code}.`,
          );
        },
        onError: (error) => {
          if (error instanceof ApiError && error.is("course-full")) {
            enroll.reset();
            setFull(course);
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="enroll-title" className="panel">
      <h2 id="enroll-title">Enroll in a course</h2>
      <SearchBox
        label="Find a course"
        placeholder="Code or title"
        value={q}
        controls="course-finder-results"
        onChange={(value) => {
          setQ(value);
          setFull(null);
          setMessage("");
          enroll.reset();
        }}
      />
      <p className="status-message" role="status">
        {message}
      </p>
      {enroll.isError && <ErrorNotice error={enroll.error} />}
      {full && (
        <div className="notice notice-warning" role="group" aria-labelledby="course-full-title">
          <p id="course-full-title">
            <strong>Course full — join the waitlist?</strong>
          </p>
          <p>
            {full.code} {full.title} has no free seat ({seatsText(full)}
            {full.waitlist_count > 0 && `, ${full.waitlist_count} already waiting`}).
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              ref={waitlistButton}
              disabled={enroll.isPending}
              onClick={() => {
                submit(full, true);
              }}
            >
              Join the waitlist
            </button>
            <button
              type="button"
              onClick={() => {
                setFull(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <div id="course-finder-results" aria-busy={results.isFetching}>
        {search.trim() === "" ? (
          <p className="hint">Type a course code or title to find it.</p>
        ) : results.isPending ? (
          <Loading what="courses" />
        ) : results.isError ? (
          <ErrorNotice error={results.error} />
        ) : results.data.data.length === 0 ? (
          <p className="empty">No courses match “{search.trim()}”.</p>
        ) : (
          <ul className="finder" aria-label="Matching courses">
            {results.data.data.map((course) => {
              const enrollment = held.get(course.id);
              return (
                <li key={course.id}>
                  <div className="finder-course">
                    <span>
                      <span className="code">{course.code}</span> {course.title}
                    </span>
                    <Seats course={course} />
                  </div>
                  {enrollment ? (
                    <Status enrollment={enrollment} />
                  ) : (
                    <button
                      type="button"
                      aria-label={`Enroll in ${course.code}`}
                      disabled={enroll.isPending}
                      onClick={() => {
                        submit(course, false);
                      }}
                    >
                      {isFull(course) ? "Enroll…" : "Enroll"}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
