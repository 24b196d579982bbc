import { useRef, useState } from "react";
import type { Student } from "../api/client.ts";
import { useUpdateStudent } from "../api/queries.ts";
import { Field } from "./Field.tsx";
import { FormShell, PersonForm, problemFor } from "./forms.tsx";

export function StudentDetails({ student, canChange }: { student: Student; canChange: boolean }) {
  const [editing, setEditing] = useState<"details" | "credit-limit" | null>(null);
  const update = useUpdateStudent(student.id);
  const detailsButton = useRef<HTMLButtonElement>(null);
  const creditLimitButton = useRef<HTMLButtonElement>(null);
  // Back to the button that opened the editor, once it is rendered again.
  const closeEditor = () => {
    const button = editing === "credit-limit" ? creditLimitButton : detailsButton;
    setEditing(null);
    update.reset();
    setTimeout(() => button.current?.focus());
  };
  return (
    <section aria-labelledby="student-title" className="details">
      <h1 id="student-title" tabIndex={-1}>
        {student.first_name} {student.last_name}
      </h1>
      {editing === "details" ? (
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
      ) : editing === "credit-limit" ? (
        <div className="panel">
          <h2>Edit credit limit</h2>
          <CreditLimitForm
            maxCredits={student.max_credits}
            pending={update.isPending}
            error={update.error}
            onCancel={closeEditor}
            onSubmit={(max_credits) => {
              update.mutate({ max_credits }, { onSuccess: closeEditor });
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
            <div>
              <dt>Credit limit</dt>
              <dd>
                {student.max_credits === null ? "The term's limit" : `${student.max_credits} credits a term`}
              </dd>
            </div>
          </dl>
          {canChange && (
            <div className="actions">
              <button
                type="button"
                ref={detailsButton}
                onClick={() => {
                  setEditing("details");
                }}
              >
                Edit details
              </button>
              <button
                type="button"
                ref={creditLimitButton}
                onClick={() => {
                  setEditing("credit-limit");
                }}
              >
                Edit credit limit
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface CreditLimitFormProps {
  maxCredits: number | null;
  pending: boolean;
  error: Error | null;
  onSubmit: (maxCredits: number | null) => void;
  onCancel: () => void;
}

/** The student's own credit limit per term; left empty, the term's limit applies. */
function CreditLimitForm({ maxCredits, pending, error, onSubmit, onCancel }: CreditLimitFormProps) {
  const [value, setValue] = useState(maxCredits === null ? "" : String(maxCredits));
  const { fieldErrors, summary } = problemFor(error, ["max_credits"]);
  return (
    <FormShell
      label="Edit credit limit"
      submitLabel="Save credit limit"
      pending={pending}
      summary={summary}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        onSubmit(value.trim() === "" ? null : Number(value));
      }}
    >
      <Field
        label="Credit limit"
        name="max_credits"
        type="number"
        step="any"
        hint="The most credits a term for this student. Leave empty for the term's limit."
        value={value}
        onChange={setValue}
        error={fieldErrors.max_credits}
      />
    </FormShell>
  );
}
