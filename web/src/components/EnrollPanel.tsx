import { useEffect, useRef, useState } from "react";
import { ApiError, type Course, type Student, type StudentCourse } from "../api/client.ts";
import { useCoursePage, useEnroll } from "../api/queries.ts";
import { useDebounced } from "../hooks.ts";
import { Refusal } from "./Refusal.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { isFull, Seats, seatsText } from "./Seats.tsx";
import { ErrorNotice, Loading } from "./States.tsx";
import { Status } from "./Status.tsx";

const FINDER_SIZE = 8;

/** Find a course by code or title and enroll; a full course offers its waitlist instead. */
export function EnrollPanel({ student, courses }: { student: Student; courses: StudentCourse[] }) {
  const [q, setQ] = useState("");
  const search = useDebounced(q);
  const results = useCoursePage(search, undefined, FINDER_SIZE);
  const enroll = useEnroll(student.id);
  const [full, setFull] = useState<Course | null>(null);
  const [asked, setAsked] = useState<Course | null>(null);
  const [message, setMessage] = useState("");
  const waitlistButton = useRef<HTMLButtonElement>(null);
  const held = new Map(
    courses
      .filter((course) => course.enrollment.status !== "dropped")
      .map((course) => [course.id, course.enrollment]),
  );

  useEffect(() => {
    if (full) waitlistButton.current?.focus();
  }, [full]);

  const submit = (course: Course, waitlist: boolean) => {
    setMessage("");
    setAsked(course);
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
      {enroll.isError && asked && (
        <Refusal
          error={enroll.error}
          studentId={student.id}
          courseId={asked.id}
          verb="enroll"
          onRetry={() => {
            submit(asked, false);
          }}
        />
      )}
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
