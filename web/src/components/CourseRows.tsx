import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { ApiError, type Enrollment, type Student, type StudentCourse } from "../api/client.ts";
import { useDrop } from "../api/queries.ts";
import { useUpdateEnrollment, type EnrollmentPatch } from "../api/registration.ts";
import { EnrollmentHistory } from "./EnrollmentHistory.tsx";
import { GradeForm } from "./GradeForm.tsx";
import { Refusal } from "./Refusal.tsx";
import { ErrorNotice } from "./States.tsx";
import { Status } from "./Status.tsx";

type Panel = "history" | "complete" | "grade" | "drop" | "restore-full" | null;

const restoredText = (code: string, enrollment: Enrollment) =>
  enrollment.status === "waitlisted"
    ? `Restored ${code} to the waitlist (position ${enrollment.waitlist_position ?? "?"}).`
    : `Restored ${code}.`;

/**
 * One course of the student's, and under it what is open for it: its history, the grade form, or why a change
 * was refused. Staff drop, complete, grade and restore here.
 */
export function CourseRows({
  student,
  course,
  canChange,
  onMessage,
}: {
  student: Student;
  course: StudentCourse;
  canChange: boolean;
  onMessage: (message: string) => void;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const drop = useDrop(student.id);
  const update = useUpdateEnrollment(student.id, course.id);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (panel === "drop") confirmButton.current?.focus();
  }, [panel]);
  const { status } = course.enrollment;
  const { code } = course;

  const open = (next: Panel) => {
    drop.reset();
    update.reset();
    onMessage("");
    setPanel(panel === next ? null : next);
  };
  // The promise, not mutate's callbacks: a restored row moves to the other table, and its callbacks would be
  // dropped with the unmounted row before the page could say what happened.
  const change = (body: EnrollmentPatch, done: (enrollment: Enrollment) => string) => {
    update.mutateAsync(body).then(
      (enrollment) => {
        setPanel(null);
        onMessage(done(enrollment));
      },
      (error: unknown) => {
        // Shown from update.error; a full course is offered its waitlist instead.
        if (body.status === "enrolled" && error instanceof ApiError && error.is("course-full")) {
          update.reset();
          setPanel("restore-full");
        }
      },
    );
  };
  const restore = () => {
    change({ status: "enrolled" }, (enrollment) => restoredText(code, enrollment));
  };
  const refusedRestore = update.isError && status === "dropped";

  return (
    <>
      <tr>
        <td>
          <Link href={`/courses/${course.id}`}>
            <span className="code">{code}</span> {course.title}
          </Link>
        </td>
        <td>
          <Status enrollment={course.enrollment} />
        </td>
        <td>{course.enrollment.grade ?? "–"}</td>
        <td className="row-actions">
          {panel === "drop" ? (
            <span className="confirm">
              <span>Drop {code}?</span>
              <button
                type="button"
                className="danger"
                ref={confirmButton}
                disabled={drop.isPending}
                aria-label={`Yes, drop ${code}`}
                onClick={() => {
                  // The dropped row moves to the other table: see change below.
                  drop.mutateAsync(course.id).then(
                    () => {
                      setPanel(null);
                      onMessage(`Dropped ${code}.`);
                    },
                    () => undefined,
                  );
                }}
              >
                Yes, drop
              </button>
              <button
                type="button"
                onClick={() => {
                  setPanel(null);
                }}
              >
                Keep
              </button>
            </span>
          ) : (
            canChange && (
              <>
                {status === "enrolled" && (
                  <button
                    type="button"
                    aria-label={`Complete ${code}`}
                    onClick={() => {
                      open("complete");
                    }}
                  >
                    Complete…
                  </button>
                )}
                {status === "completed" && (
                  <button
                    type="button"
                    aria-label={`Change grade of ${code}`}
                    onClick={() => {
                      open("grade");
                    }}
                  >
                    Change grade…
                  </button>
                )}
                {(status === "enrolled" || status === "waitlisted") && (
                  <button
                    type="button"
                    aria-label={`Drop ${code}`}
                    onClick={() => {
                      open("drop");
                    }}
                  >
                    Drop
                  </button>
                )}
                {status === "dropped" && (
                  <button
                    type="button"
                    aria-label={`Restore ${code}`}
                    disabled={update.isPending}
                    onClick={() => {
                      open(null);
                      restore();
                    }}
                  >
                    Restore
                  </button>
                )}
              </>
            )
          )}
          <button
            type="button"
            aria-label={`History of ${code}`}
            aria-expanded={panel === "history"}
            onClick={() => {
              open("history");
            }}
          >
            History
          </button>
        </td>
      </tr>
      {(panel !== null && panel !== "drop") || drop.isError || refusedRestore ? (
        <tr className="row-detail">
          <td colSpan={4}>
            {drop.isError && <ErrorNotice error={drop.error} />}
            {refusedRestore && (
              <Refusal
                error={update.error}
                studentId={student.id}
                courseId={course.id}
                verb="restore"
                onRetry={restore}
              />
            )}
            {panel === "history" && (
              <EnrollmentHistory studentId={student.id} courseId={course.id} label={code} />
            )}
            {panel === "complete" && (
              <GradeForm
                label={`Complete ${code}`}
                submitLabel="Complete"
                initial={null}
                pending={update.isPending}
                error={update.error}
                onCancel={() => {
                  open(null);
                }}
                onSubmit={(grade) => {
                  change({ status: "completed", grade }, () => `Completed ${code}.`);
                }}
              />
            )}
            {panel === "grade" && (
              <GradeForm
                label={`Change grade of ${code}`}
                submitLabel="Save grade"
                initial={course.enrollment.grade}
                pending={update.isPending}
                error={update.error}
                onCancel={() => {
                  open(null);
                }}
                onSubmit={(grade) => {
                  change({ grade }, () => `Changed the grade of ${code}.`);
                }}
              />
            )}
            {panel === "restore-full" && (
              <div className="notice notice-warning" role="group" aria-label={`${code} is full`}>
                <p>
                  <strong>{code} is full.</strong> Restore the enrollment to its waitlist instead?
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={update.isPending}
                    onClick={() => {
                      change({ status: "enrolled", waitlist: true }, (enrollment) =>
                        restoredText(code, enrollment),
                      );
                    }}
                  >
                    Restore to the waitlist
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      open(null);
                    }}
                  >
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}
