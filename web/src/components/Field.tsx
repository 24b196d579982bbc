import { useId, type InputHTMLAttributes } from "react";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The API's message for this field ("is already taken"); shown under the control and read with it. */
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
}

/** A labelled form control with its hint and its field error next to it. */
export function Field({ label, value, onChange, error, hint, multiline = false, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {!input.required && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          name={input.name}
          rows={3}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...input}
          {...common}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {label} {error}
        </p>
      )}
    </div>
  );
}
