import { useState } from "react";
import type { TermFields } from "../api/calendar.ts";
import type { Term } from "../api/client.ts";
import { fromLocalInput, toLocalInput } from "../format.ts";
import { Field } from "./Field.tsx";
import { FormShell, problemFor } from "./forms.tsx";

type TermState = Record<keyof TermFields, string>;

const termFieldNames = [
  "code",
  "name",
  "starts_on",
  "ends_on",
  "registration_opens_at",
  "registration_closes_at",
  "add_drop_ends_on",
  "max_credits",
] as const;

const stateOf = (term: Term | undefined): TermState => ({
  code: term?.code ?? "",
  name: term?.name ?? "",
  starts_on: term?.starts_on ?? "",
  ends_on: term?.ends_on ?? "",
  registration_opens_at: toLocalInput(term?.registration_opens_at ?? null),
  registration_closes_at: toLocalInput(term?.registration_closes_at ?? null),
  add_drop_ends_on: term?.add_drop_ends_on ?? "",
  max_credits: term?.max_credits?.toString() ?? "",
});

/** Every field, a blank optional one as null ("no bound"); a PATCH sends only the changed ones. */
const bodyOf = (state: TermState): TermFields => ({
  code: state.code,
  name: state.name,
  starts_on: state.starts_on,
  ends_on: state.ends_on,
  registration_opens_at: fromLocalInput(state.registration_opens_at),
  registration_closes_at: fromLocalInput(state.registration_closes_at),
  add_drop_ends_on: state.add_drop_ends_on === "" ? null : state.add_drop_ends_on,
  max_credits: state.max_credits.trim() === "" ? null : Number(state.max_credits),
});

interface TermFormProps {
  label: string;
  initial?: Term;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (fields: TermFields) => void;
  onCancel?: () => void;
}

export function TermForm({ label, initial, submitLabel, pending, error, onSubmit, onCancel }: TermFormProps) {
  const [state, setState] = useState(() => stateOf(initial));
  const { fieldErrors, summary } = problemFor(error, termFieldNames);
  const field = (name: keyof TermState) => ({
    name,
    value: state[name],
    error: fieldErrors[name],
    onChange: (value: string) => {
      setState((current) => ({ ...current, [name]: value }));
    },
  });
  return (
    <FormShell
      label={label}
      submitLabel={submitLabel}
      pending={pending}
      summary={summary}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        onSubmit(bodyOf(state));
      }}
    >
      <div className="field-row">
        <Field label="Code" autoComplete="off" required hint="e.g. 2027SP" {...field("code")} />
        <Field label="Name" autoComplete="off" required hint="e.g. Spring 2027" {...field("name")} />
      </div>
      <div className="field-row dates">
        <Field label="Starts on" type="date" required {...field("starts_on")} />
        <Field label="Ends on" type="date" required {...field("ends_on")} />
      </div>
      <Field
        label="Registration opens"
        type="datetime-local"
        hint="Your local time; blank for no limit."
        {...field("registration_opens_at")}
      />
      <Field
        label="Registration closes"
        type="datetime-local"
        hint="Your local time; blank for no limit."
        {...field("registration_closes_at")}
      />
      <div className="field-row dates">
        <Field
          label="Add/drop ends on"
          type="date"
          hint="The last day students may add or drop on their own."
          {...field("add_drop_ends_on")}
        />
        <Field
          label="Maximum credits"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          hint="Per student in this term; blank for no limit."
          {...field("max_credits")}
        />
      </div>
    </FormShell>
  );
}
