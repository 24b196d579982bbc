import { useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { FormShell, problemFor } from "./forms.tsx";

/** The grades the API takes, best first; P / NP for pass / no pass. */
const grades = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "P", "NP"];

interface GradeFormProps {
  label: string;
  submitLabel: string;
  initial: string | null;
  pending: boolean;
  error: Error | null;
  onSubmit: (grade: string | null) => void;
  onCancel: () => void;
}

/** Picks a grade (or none) for completing an enrollment or changing its grade. */
export function GradeForm({
  label,
  submitLabel,
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: GradeFormProps) {
  const id = useId();
  const [grade, setGrade] = useState(initial ?? "");
  const { fieldErrors, summary } = problemFor(error, ["grade"]);
  // A refusal (an invalid transition) is explained with the problem's title as well as its detail.
  const refusal =
    error instanceof ApiError && !fieldErrors.grade
      ? `${error.problem.title}: ${error.userMessage}`
      : summary;
  return (
    <FormShell
      label={label}
      submitLabel={submitLabel}
      pending={pending}
      summary={refusal}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        onSubmit(grade === "" ? null : grade);
      }}
    >
      <div className={fieldErrors.grade ? "field field-invalid" : "field"}>
        <label htmlFor={id}>Grade</label>
        <select
          id={id}
          value={grade}
          aria-invalid={fieldErrors.grade ? true : undefined}
          aria-describedby={fieldErrors.grade ? `${id}-error` : undefined}
          onChange={(event) => {
            setGrade(event.target.value);
          }}
        >
          <option value="">No grade</option>
          {grades.map((choice) => (
            <option key={choice}>{choice}</option>
          ))}
        </select>
        {fieldErrors.grade && (
          <p className="field-error" id={`${id}-error`}>
            Grade {fieldErrors.grade}
          </p>
        )}
      </div>
    </FormShell>
  );
}
