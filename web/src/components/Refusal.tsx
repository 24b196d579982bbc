import { useId, useState } from "react";
import { ApiError, type OverridableRule } from "../api/client.ts";
import { useGrantOverride } from "../api/registration.ts";
import { useCanChange } from "../api/session.ts";
import { isOverridable, ruleSentences } from "../rules.ts";
import { Field } from "./Field.tsx";
import { FormShell, problemFor } from "./forms.tsx";
import { ErrorNotice } from "./States.tsx";

interface RefusalProps {
  error: Error;
  studentId: number;
  courseId: number;
  /** What the refused request did, for the button that overrides and does it again: "enroll", "restore". */
  verb?: string;
  /** Does the refused request again, once the override is granted. */
  onRetry?: () => void;
}

/**
 * Why the API refused a change to an enrollment: every rule it breaks, each in a sentence with the API's own
 * detail, and for staff a way to override exactly those rules and try again.
 */
export function Refusal({ error, studentId, courseId, verb, onRetry }: RefusalProps) {
  const titleId = useId();
  const canChange = useCanChange();
  if (!(error instanceof ApiError)) return <ErrorNotice error={error} />;
  const violations = error.problem.violations ?? [];
  const rules = [...new Set(violations.map((violation) => violation.rule).filter(isOverridable))];
  return (
    <div className="notice notice-error" role="group" aria-labelledby={titleId}>
      <div role="alert">
        <p id={titleId}>
          <strong>{error.problem.title}</strong>
        </p>
        {violations.length === 0 ? (
          <p>{error.userMessage}</p>
        ) : (
          <ul className="violations">
            {violations.map((violation) => (
              <li key={violation.rule}>
                {ruleSentences[violation.rule]} <span className="muted">{violation.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {canChange && verb && onRetry && rules.length > 0 && (
        <OverrideAndRetry
          studentId={studentId}
          courseId={courseId}
          rules={rules}
          verb={verb}
          onRetry={onRetry}
        />
      )}
    </div>
  );
}

function OverrideAndRetry({
  studentId,
  courseId,
  rules,
  verb,
  onRetry,
}: Required<Omit<RefusalProps, "error">> & { rules: OverridableRule[] }) {
  const grant = useGrantOverride(studentId);
  const [reason, setReason] = useState("");
  const { fieldErrors, summary } = problemFor(grant.error, ["reason"]);
  const label = `Override and ${verb}`;
  return (
    <FormShell
      label={label}
      submitLabel={label}
      pending={grant.isPending}
      summary={summary}
      error={grant.error}
      onSubmit={() => {
        grant.mutate({ course_id: courseId, rules, reason }, { onSuccess: onRetry });
      }}
    >
      <Field
        label="Reason for the override"
        name="reason"
        required
        autoComplete="off"
        hint="Recorded in the enrollment's history."
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
    </FormShell>
  );
}
