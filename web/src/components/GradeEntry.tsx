import { useState, type KeyboardEvent, type ReactNode } from "react";
import { ApiError, type RosterEntry } from "../api/client.ts";
import { useRefreshAll } from "../api/queries.ts";
import { completeEnrollment } from "../api/roster.ts";

const FORM_ID = "roster-grades";

type Outcome = { saved: string } | { refused: string };

const refusal = (error: unknown) => {
  if (!(error instanceof ApiError)) return "The server could not be reached.";
  const grade = error.fieldErrors.grade;
  return grade ? `Grade ${grade}` : error.userMessage;
};

/**
 * Grades for the whole roster, typed down a column a page at a time: Enter goes to the next student's grade,
 * the grades typed on a page are kept while paging, and saving completes every enrolled student given a grade
 * on any page (and changes the grades that were changed), one request each, so that one refusal stops no
 * other; each refusal is shown on its row.
 */
export function useGradeEntry(courseId: number) {
  const [active, setActive] = useState(false);
  const [grades, setGrades] = useState<Record<number, { student: RosterEntry; typed: string }>>({});
  const [outcomes, setOutcomes] = useState<Record<number, Outcome>>({});
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState("");
  const refresh = useRefreshAll();
  const form = () => document.getElementById(FORM_ID);

  const valueOf = (student: RosterEntry) => grades[student.id]?.typed ?? student.enrollment.grade ?? "";
  const changes = Object.values(grades)
    .map(({ student, typed }) => ({ student, grade: typed.trim().toUpperCase() }))
    .filter(({ student, grade }) => grade !== "" && grade !== (student.enrollment.grade ?? ""));
  const moveOn = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const inputs = [...(form()?.querySelectorAll<HTMLElement>("input[data-grade]") ?? [])];
    const next = inputs[inputs.indexOf(event.currentTarget) + 1];
    (next ?? form()?.querySelector<HTMLElement>("button[type=submit]"))?.focus();
  };

  const save = async () => {
    setSaving(true);
    const next: Record<number, Outcome> = {};
    for (const { student, grade } of changes) {
      try {
        await completeEnrollment(student.id, courseId, grade);
        next[student.id] = { saved: grade };
      } catch (error) {
        next[student.id] = { refused: refusal(error) };
      }
    }
    const refused = Object.values(next).filter((outcome) => "refused" in outcome).length;
    setOutcomes(next);
    const wasRefused = (id: string) => {
      const outcome = next[Number(id)];
      return outcome !== undefined && "refused" in outcome;
    };
    // What was saved shows from the refreshed roster; what was refused stays typed, to be corrected.
    setGrades((current) => Object.fromEntries(Object.entries(current).filter(([id]) => wasRefused(id))));
    setSaving(false);
    setSummary(
      changes.length === 0
        ? "No grades to save: type a grade for each student to complete."
        : `Saved ${changes.length - refused} of ${changes.length} grades.` +
            (refused > 0 ? ` ${refused} refused: see the rows marked below.` : ""),
    );
    await refresh();
    if (refused > 0) form()?.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus();
  };

  const cell = (student: RosterEntry): ReactNode => {
    const outcome = outcomes[student.id];
    const name = `${student.first_name} ${student.last_name}`;
    if (!active) return student.enrollment.grade ?? "–";
    const refused = outcome && "refused" in outcome ? outcome.refused : undefined;
    const errorId = `grade-error-${student.id}`;
    return (
      <>
        <input
          className="grade-input"
          data-grade=""
          aria-label={`Grade for ${name}`}
          aria-invalid={refused ? true : undefined}
          aria-describedby={refused ? errorId : undefined}
          autoComplete="off"
          maxLength={2}
          value={valueOf(student)}
          onKeyDown={moveOn}
          onChange={(event) => {
            setGrades((current) => ({ ...current, [student.id]: { student, typed: event.target.value } }));
          }}
        />
        {refused && (
          <span className="field-error" id={errorId}>
            {refused}
          </span>
        )}
        {outcome && "saved" in outcome && <span className="muted"> Saved</span>}
      </>
    );
  };

  return {
    active,
    saving,
    unsaved: changes.length,
    summary,
    cell,
    save,
    start: () => {
      setActive(true);
      setOutcomes({});
      setSummary("");
    },
    stop: () => {
      setActive(false);
      setGrades({});
    },
  };
}

/** The roster table, inside the grades form while grades are being entered. */
export function GradeEntry({
  grading,
  children,
}: {
  grading: ReturnType<typeof useGradeEntry>;
  children: ReactNode;
}) {
  if (!grading.active) return children;
  return (
    <form
      id={FORM_ID}
      aria-label="Grades"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void grading.save();
      }}
    >
      <p className="hint">
        Type each student&apos;s grade (A+ … D-, F, P or NP) and press Enter for the next; the grades typed on
        a page stay while you turn to the next. Saving completes the course for every student given a grade.
      </p>
      {children}
      {grading.unsaved > 0 && (
        <p className="hint">
          {grading.unsaved} {grading.unsaved === 1 ? "grade" : "grades"} to save, on this page and any other.
        </p>
      )}
      <p role="status">{grading.summary}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={grading.saving}>
          {grading.saving ? "Saving…" : "Save grades"}
        </button>
        <button type="button" onClick={grading.stop}>
          Done
        </button>
      </div>
    </form>
  );
}
