import { useState } from "react";
import type { CatalogFields } from "../api/calendar.ts";
import { ApiError, type CatalogEntry, type PrerequisiteItem } from "../api/client.ts";
import { Field } from "./Field.tsx";
import { FormShell, problemFor } from "./forms.tsx";
import { PrerequisitesEditor, prerequisiteFieldNames } from "./PrerequisitesEditor.tsx";

interface CatalogState {
  code: string;
  title: string;
  credits: string;
  description: string;
  prerequisites: PrerequisiteItem[][];
}

const stateOf = (entry: CatalogEntry | undefined): CatalogState => ({
  code: entry?.code ?? "",
  title: entry?.title ?? "",
  credits: entry?.credits?.toString() ?? "",
  description: entry?.description ?? "",
  prerequisites: entry?.prerequisites ?? [],
});

/** Every field, blank ones as null; the prerequisites in the API's own shape, so a PATCH can compare them. */
const bodyOf = (state: CatalogState): CatalogFields => ({
  code: state.code,
  title: state.title,
  credits: state.credits.trim() === "" ? null : Number(state.credits),
  description: state.description.trim() === "" ? null : state.description,
  prerequisites: state.prerequisites,
});

interface CatalogFormProps {
  label: string;
  initial?: CatalogEntry;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (fields: CatalogFields) => void;
  onCancel?: () => void;
}

export function CatalogForm({
  label,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: CatalogFormProps) {
  const [state, setState] = useState(() => stateOf(initial));
  const names = ["code", "title", "credits", "description", ...prerequisiteFieldNames(state.prerequisites)];
  const { fieldErrors, summary } = problemFor(error, names);
  const cycle =
    error instanceof ApiError && error.is("prerequisite-cycle") ? error.problem.detail : undefined;
  const field = (name: "code" | "title" | "credits" | "description") => ({
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
      summary={cycle ? "These prerequisites would make the entry require itself; see below." : summary}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        onSubmit(bodyOf(state));
      }}
    >
      <div className="field-row">
        <Field label="Code" autoComplete="off" required hint="e.g. CS201" {...field("code")} />
        <Field
          label="Credits"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          hint="Its sections' credits, unless they have their own."
          {...field("credits")}
        />
      </div>
      <Field label="Title" autoComplete="off" required {...field("title")} />
      <Field label="Description" multiline {...field("description")} />
      <PrerequisitesEditor
        groups={state.prerequisites}
        onChange={(prerequisites) => {
          setState((current) => ({ ...current, prerequisites }));
        }}
        selfId={initial?.id}
        fieldErrors={fieldErrors}
        problem={cycle ?? fieldErrors.prerequisites}
      />
    </FormShell>
  );
}
