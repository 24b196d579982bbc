import { useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError } from "../api/client.ts";
import type { StudentFields } from "../api/queries.ts";
import { Field } from "./Field.tsx";

/** The API fields that the API's messages mention ("must not be before starts_on"), as the forms call them. */
const fieldNames: Record<string, string> = {
  starts_on: "the start date",
  ends_on: "the end date",
  registration_opens_at: "the time registration opens",
  starts_at: "the start time",
};

const readable = (message: string) =>
  message.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (name) => fieldNames[name] ?? name);

/** Splits a failed request into messages for the form's fields and one for the form as a whole. */
export function problemFor(
  error: Error | null,
  fields: readonly string[],
): { fieldErrors: Partial<Record<string, string>>; summary: string | undefined } {
  if (!error) return { fieldErrors: {}, summary: undefined };
  if (!(error instanceof ApiError)) {
    return { fieldErrors: {}, summary: "The server could not be reached. Try again." };
  }
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors)
      .filter(([field]) => fields.includes(field))
      .map(([field, message]) => [field, readable(message)]),
  );
  const summary =
    Object.keys(fieldErrors).length > 0 ? "Please correct the fields marked below." : error.userMessage;
  return { fieldErrors, summary };
}

/**
 * Marks a group of controls (a meeting's days, an instructor in a list) as invalid and described by its error,
 * and makes it a place the focus can go to after a failed submit.
 */
export const invalidGroup = (errorId: string, error: string | undefined) =>
  error ? { tabIndex: -1, "aria-invalid": true, "aria-describedby": errorId } : {};

interface FormShellProps {
  label: string;
  submitLabel: string;
  pendingLabel?: string;
  pending: boolean;
  summary: string | undefined;
  error: Error | null;
  onSubmit: () => void;
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}

export function FormShell({
  label,
  submitLabel,
  pendingLabel = "Saving…",
  pending,
  summary,
  error,
  onSubmit,
  onCancel,
  children,
}: FormShellProps) {
  const form = useRef<HTMLFormElement>(null);
  // After a failed submit, keyboard and screen reader users land on the first field that needs fixing.
  useEffect(() => {
    if (!error) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [error]);
  return (
    <form
      ref={form}
      className="form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {summary && (
        <p className="notice notice-error" role="alert">
          {summary}
        </p>
      )}
      {children}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

interface PersonFormProps {
  label: string;
  initial?: StudentFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (fields: StudentFields) => void;
  onCancel?: () => void;
}

const personFieldNames = ["first_name", "last_name", "email"] as const;

/** The fields of a person: a student or an instructor (the API has the same rules for both). */
export function PersonForm({
  label,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const [fields, setFields] = useState<StudentFields>(
    initial ?? { first_name: "", last_name: "", email: "" },
  );
  const { fieldErrors, summary } = problemFor(error, personFieldNames);
  const set = (name: keyof StudentFields) => (value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
  };
  return (
    <FormShell
      label={label}
      submitLabel={submitLabel}
      pending={pending}
      summary={summary}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        onSubmit(fields);
      }}
    >
      <div className="field-row">
        <Field
          label="First name"
          name="first_name"
          autoComplete="off"
          required
          value={fields.first_name}
          onChange={set("first_name")}
          error={fieldErrors.first_name}
        />
        <Field
          label="Last name"
          name="last_name"
          autoComplete="off"
          required
          value={fields.last_name}
          onChange={set("last_name")}
          error={fieldErrors.last_name}
        />
      </div>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        value={fields.email}
        onChange={set("email")}
        error={fieldErrors.email}
      />
    </FormShell>
  );
}
