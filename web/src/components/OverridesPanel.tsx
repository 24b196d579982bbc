import { useId, useState } from "react";
import { Link } from "wouter";
import type { Course, OverridableRule, Student } from "../api/client.ts";
import { findCourses, useGrantOverride, useOverrides, useRevokeOverride } from "../api/registration.ts";
import { useCourse } from "../api/roster.ts";
import { formatDateTime, personName } from "../format.ts";
import { overridableRuleNames, overridableRules, ruleList } from "../rules.ts";
import { Field } from "./Field.tsx";
import { Finder } from "./Finder.tsx";
import { FormShell, invalidGroup, problemFor } from "./forms.tsx";
import { ErrorNotice, Loading } from "./States.tsx";

/** Links to a course by id: an override is often for a course the student is not enrolled in yet. */
function CourseLink({ id }: { id: number }) {
  const course = useCourse(id);
  return <Link href={`/courses/${id}`}>{course.data ? course.data.code : `Course ${id}`}</Link>;
}

/** A student's overrides, in force and revoked; registrars grant and revoke them. */
export function OverridesPanel({ student }: { student: Student }) {
  const overrides = useOverrides(student.id);
  const revoke = useRevokeOverride(student.id);
  const [message, setMessage] = useState("");
  return (
    <section aria-labelledby="overrides-title">
      <h2 id="overrides-title">Overrides</h2>
      <p className="hint">An override lets the named rules through for one course.</p>
      <p className="status-message" role="status">
        {message}
      </p>
      {revoke.isError && <ErrorNotice error={revoke.error} />}
      {overrides.isPending ? (
        <Loading what="the overrides" />
      ) : overrides.isError ? (
        <ErrorNotice error={overrides.error} />
      ) : overrides.data.data.length === 0 ? (
        <p className="empty">No overrides.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Overrides for {personName(student)}</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Rules</th>
                <th scope="col">Reason</th>
                <th scope="col">Granted</th>
                <th scope="col">Revoked</th>
              </tr>
            </thead>
            <tbody>
              {overrides.data.data.map((override) => (
                <tr key={override.id}>
                  <td>
                    <CourseLink id={override.course_id} />
                  </td>
                  <td>{ruleList(override.rules)}</td>
                  <td>{override.reason}</td>
                  <td>
                    by {override.created_by}, {formatDateTime(override.created_at)}
                  </td>
                  <td>
                    {override.revoked_at === null ? (
                      <button
                        type="button"
                        aria-label={`Revoke override: ${override.reason}`}
                        disabled={revoke.isPending}
                        onClick={() => {
                          setMessage("");
                          revoke.mutate(override.id, {
                            onSuccess: () => {
                              setMessage(`Revoked the override “${override.reason}”.`);
                            },
                          });
                        }}
                      >
                        Revoke
                      </button>
                    ) : (
                      `by ${override.revoked_by ?? "?"}, ${formatDateTime(override.revoked_at)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <GrantOverrideForm student={student} onGranted={setMessage} />
    </section>
  );
}

function GrantOverrideForm({
  student,
  onGranted,
}: {
  student: Student;
  onGranted: (message: string) => void;
}) {
  const id = useId();
  const grant = useGrantOverride(student.id);
  const [course, setCourse] = useState<Course | null>(null);
  const [rules, setRules] = useState<OverridableRule[]>([]);
  const [reason, setReason] = useState("");
  // The API cannot name a course that was never picked: the form says so itself.
  const [noCourse, setNoCourse] = useState(false);
  const { fieldErrors, summary } = problemFor(grant.error, ["course_id", "rules", "reason"]);
  const courseError = noCourse ? "Pick the course the override is for." : fieldErrors.course_id;
  return (
    <FormShell
      label="Grant an override"
      submitLabel="Grant override"
      pending={grant.isPending}
      summary={noCourse ? "Please correct the fields marked below." : summary}
      error={grant.error}
      onSubmit={() => {
        if (!course) {
          setNoCourse(true);
          return;
        }
        grant.mutate(
          { course_id: course.id, rules, reason },
          {
            onSuccess: () => {
              setCourse(null);
              setRules([]);
              setReason("");
              onGranted(`Granted an override for ${course.code}.`);
            },
          },
        );
      }}
    >
      <fieldset className="picker" {...invalidGroup(`${id}-course`, courseError)}>
        <legend>Course</legend>
        {course ? (
          <div className="picked">
            <span>
              <span className="code">{course.code}</span> {course.title}
            </span>
            <button
              type="button"
              onClick={() => {
                setCourse(null);
              }}
            >
              Change course
            </button>
          </div>
        ) : (
          <Finder
            label="Find the course"
            placeholder="Code or title"
            noun="courses"
            kind="courses"
            search={findCourses}
            describe={(found: Course) => (
              <>
                <span className="code">{found.code}</span> {found.title}
              </>
            )}
            name={(found) => found.code}
            action="Choose"
            onPick={(found) => {
              setCourse(found);
              setNoCourse(false);
            }}
          />
        )}
        {courseError && (
          <p className="field-error" id={`${id}-course`}>
            Course: {courseError}
          </p>
        )}
      </fieldset>
      <fieldset className="days" {...invalidGroup(`${id}-rules`, fieldErrors.rules)}>
        <legend>Rules to let through</legend>
        {overridableRules.map((rule) => (
          <label key={rule} className="checkbox">
            <input
              type="checkbox"
              checked={rules.includes(rule)}
              onChange={(event) => {
                setRules(event.target.checked ? [...rules, rule] : rules.filter((kept) => kept !== rule));
              }}
            />
            {overridableRuleNames[rule]}
          </label>
        ))}
        {fieldErrors.rules && (
          <p className="field-error" id={`${id}-rules`}>
            Rules: {fieldErrors.rules}
          </p>
        )}
      </fieldset>
      <Field
        label="Reason for the override"
        name="reason"
        required
        autoComplete="off"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
    </FormShell>
  );
}
