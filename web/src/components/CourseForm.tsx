import { useState } from "react";
import type { Course } from "../api/client.ts";
import type { CourseFields } from "../api/queries.ts";
import { CatalogPicker } from "./CatalogPicker.tsx";
import { InstructorsEditor } from "./InstructorsEditor.tsx";
import { TermSelect } from "./TermSelect.tsx";
import { Field } from "./Field.tsx";
import { FormShell, problemFor } from "./forms.tsx";
import {
  meetingFieldNames,
  meetingOf,
  MeetingsEditor,
  meetingStateOf,
  type MeetingState,
} from "./MeetingsEditor.tsx";

interface CourseState {
  code: string;
  title: string;
  credits: string;
  capacity: string;
  description: string;
  term_id: string;
  catalog_id: number | null;
  meetings: MeetingState[];
  instructor_ids: number[];
}

const stateOf = (course: Course | undefined): CourseState => ({
  code: course?.code ?? "",
  title: course?.title ?? "",
  credits: course?.credits?.toString() ?? "",
  capacity: course?.capacity?.toString() ?? "",
  description: course?.description ?? "",
  term_id: course?.term_id?.toString() ?? "",
  catalog_id: course?.catalog_id ?? null,
  meetings: course?.meetings.map(meetingStateOf) ?? [],
  instructor_ids: course?.instructor_ids ?? [],
});

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** Every field, blank ones as null; numbers as JSON numbers so the API can validate them. */
const bodyOf = (state: CourseState): CourseFields => ({
  code: state.code,
  title: state.title,
  credits: numberOrNull(state.credits),
  capacity: numberOrNull(state.capacity),
  description: state.description.trim() === "" ? null : state.description,
  term_id: numberOrNull(state.term_id),
  catalog_id: state.catalog_id,
  meetings: state.meetings.map(meetingOf),
  instructor_ids: state.instructor_ids,
});

const fieldNamesOf = (state: CourseState) => [
  ...["code", "title", "credits", "capacity", "description", "term_id", "catalog_id", "instructor_ids"],
  ...state.instructor_ids.map((_, index) => `instructor_ids.${index}`),
  ...meetingFieldNames(state.meetings),
];

interface CourseFormProps {
  label: string;
  initial?: Course;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (fields: CourseFields) => void;
  onCancel?: () => void;
}

export function CourseForm({
  label,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: CourseFormProps) {
  const [state, setState] = useState(() => stateOf(initial));
  const { fieldErrors, summary } = problemFor(error, fieldNamesOf(state));
  const change = (changes: Partial<CourseState>) => {
    setState((current) => ({ ...current, ...changes }));
  };
  const field = (name: "code" | "title" | "credits" | "capacity" | "description") => ({
    name,
    value: state[name],
    error: fieldErrors[name],
    onChange: (value: string) => {
      change({ [name]: value });
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
        <Field label="Code" autoComplete="off" required {...field("code")} />
        <Field
          label="Credits"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          hint={state.catalog_id === null ? undefined : "Blank: the catalog entry's credits."}
          {...field("credits")}
        />
      </div>
      <Field label="Title" autoComplete="off" required {...field("title")} />
      <Field
        label="Capacity"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        hint="Seats; leave blank for no limit."
        {...field("capacity")}
      />
      <Field label="Description" multiline {...field("description")} />
      <TermSelect
        label="Term"
        noneLabel="No term"
        value={state.term_id}
        error={fieldErrors.term_id}
        onChange={(term_id) => {
          change({ term_id });
        }}
      />
      <CatalogPicker
        value={state.catalog_id}
        error={fieldErrors.catalog_id}
        onChange={(catalog_id) => {
          change({ catalog_id });
        }}
      />
      <MeetingsEditor
        meetings={state.meetings}
        fieldErrors={fieldErrors}
        onChange={(meetings) => {
          change({ meetings });
        }}
      />
      <InstructorsEditor
        value={state.instructor_ids}
        fieldErrors={fieldErrors}
        onChange={(instructor_ids) => {
          change({ instructor_ids });
        }}
      />
    </FormShell>
  );
}
