import { useId } from "react";
import { useAllTerms } from "../api/calendar.ts";

interface TermSelectProps {
  label: string;
  /** The option for no term: "No term" in a form, "All terms" in a filter. */
  noneLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A select of the terms, newest first; its value is a term id, or "" for none. */
export function TermSelect({ label, noneLabel, value, onChange, error }: TermSelectProps) {
  const id = useId();
  const terms = useAllTerms();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{terms.isPending ? "Loading terms…" : noneLabel}</option>
        {terms.data?.data.map((term) => (
          <option key={term.id} value={String(term.id)}>
            {term.code} {term.name}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {label}: {error}
        </p>
      )}
    </div>
  );
}
