import { useId, useState } from "react";
import { api, unwrap, type Course, type Student } from "../api/client.ts";
import { useRefreshAll } from "../api/queries.ts";
import type { components } from "../api/schema.d.ts";
import { ErrorNotice } from "./States.tsx";

type BatchResult = components["schemas"]["BatchEnrollResults"]["results"][number];

/** One line of the list, and what became of it. */
interface Line {
  email: string;
  student?: Student;
  outcome: string;
  refused: boolean;
}

/** The student with exactly this email (letter case aside), found through the students search. */
async function studentByEmail(email: string): Promise<Student | undefined> {
  const page = await unwrap(
    api.GET("/api/v1/students", { params: { query: { q: email, limit: 50, sort: "email" } } }),
  );
  return page.data.find((student) => student.email.toLowerCase() === email.toLowerCase());
}

function outcomeOf(result: BatchResult | undefined): { outcome: string; refused: boolean } {
  if (result === undefined) return { outcome: "No answer for this student.", refused: true };
  if ("enrollment" in result) {
    const position = result.enrollment.waitlist_position;
    return {
      outcome: position === null ? "Enrolled" : `Waitlisted (position ${position})`,
      refused: false,
    };
  }
  return { outcome: result.problem.detail, refused: true };
}

/**
 * Enrolls a list of students (by email, one per line) in the course with one batch request: each student is
 * enrolled on their own, and each refusal (full, already enrolled, a registration rule) is shown on its line.
 */
export function BatchEnroll({ course }: { course: Course }) {
  const id = useId();
  const [text, setText] = useState("");
  const [waitlist, setWaitlist] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const refresh = useRefreshAll();

  const submit = async () => {
    const emails = [...new Set(text.split(/[\s,;]+/).filter((email) => email !== ""))];
    if (emails.length === 0) return;
    setPending(true);
    setError(null);
    try {
      const found = await Promise.all(emails.map(studentByEmail));
      const known = found.filter((student): student is Student => student !== undefined);
      const { results } =
        known.length === 0
          ? { results: [] }
          : await unwrap(
              api.POST("/api/v1/enrollments/batch", {
                body: {
                  items: known.map((student) => ({ student_id: student.id, course_id: course.id, waitlist })),
                },
              }),
            );
      setLines(
        emails.map((email, index) => {
          const student = found[index];
          if (!student) return { email, outcome: "No student has this email.", refused: true };
          return { email, student, ...outcomeOf(results[known.indexOf(student)]) };
        }),
      );
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setPending(false);
    }
  };

  const refusedCount = lines.filter((line) => line.refused).length;
  return (
    <section aria-labelledby="batch-title" className="panel">
      <h2 id="batch-title">Enroll several students</h2>
      <form
        className="form"
        aria-label="Enroll several students"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Students&apos; emails</label>
          <p className="hint" id={`${id}-hint`}>
            One per line (or separated by commas); up to 1,000.
          </p>
          <textarea
            id={id}
            rows={4}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={waitlist}
            onChange={(event) => {
              setWaitlist(event.target.checked);
            }}
          />
          Put students on the waitlist when the course is full
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? "Enrolling…" : "Enroll students"}
          </button>
        </div>
      </form>
      {error && <ErrorNotice error={error} />}
      {lines.length > 0 && (
        <>
          <p role="status">
            {lines.length - refusedCount} of {lines.length} enrolled or waitlisted
            {refusedCount > 0 && `; ${refusedCount} refused`}.
          </p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Batch enrollment results</caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.email}>
                    <td className="email">{line.email}</td>
                    <td className={line.refused ? "field-error" : undefined}>{line.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
