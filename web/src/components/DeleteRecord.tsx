import { useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError } from "../api/client.ts";
import type { useDeleteRecord } from "../api/calendar.ts";
import { ErrorNotice } from "./States.tsx";

interface DeleteRecordProps {
  /** The record as the API's messages name it ("Term", "Catalog entry", "Instructor"), and its id. */
  noun: string;
  id: number;
  /** The record as the user knows it: "2027SP". */
  label: string;
  mutation: ReturnType<typeof useDeleteRecord>;
  onDeleted: () => void;
  /** What else deleting it does, for the question before it is deleted. */
  consequence?: string;
  /** What to do about a refusal (409), after the API's explanation: a link to what is in the way. */
  hint?: ReactNode;
}

/**
 * The API's reason for refusing, about "this term" rather than "Term 12": the user knows the record by its
 * code, and is on its page.
 */
export function explained(detail: string, noun: string, id: number): string {
  const text = detail.replace(new RegExp(`^${noun} ${id}\\b`), `This ${noun.toLowerCase()}`);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A delete button that asks first, and says why when the API refuses (a term that still has courses). */
export function DeleteRecord(props: DeleteRecordProps) {
  const { noun, id, label, mutation, hint } = props;
  // "back": the question was just answered without deleting, and the focus returns to the delete button.
  const [step, setStep] = useState<"button" | "question" | "back">("button");
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const what = `${noun.toLowerCase()} ${label}`;
  useEffect(() => {
    if (step === "question") confirmButton.current?.focus();
    if (step === "back") deleteButton.current?.focus();
  }, [step]);
  const close = () => {
    setStep("back");
  };
  const { error } = mutation;
  return (
    <div className="delete-record">
      {step === "question" ? (
        <div className="notice notice-warning" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            <strong>Delete {what}?</strong> {props.consequence} This cannot be undone.
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              ref={confirmButton}
              disabled={mutation.isPending}
              onClick={() => {
                mutation.mutate(undefined, { onSuccess: props.onDeleted, onError: close });
              }}
            >
              Yes, delete {label}
            </button>
            <button type="button" onClick={close}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={deleteButton}
          onClick={() => {
            mutation.reset();
            setStep("question");
          }}
        >
          Delete {noun.toLowerCase()}
        </button>
      )}
      {error instanceof ApiError && error.status === 409 ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{label} was not deleted.</strong> {explained(error.problem.detail, noun, id)}
          </p>
          {hint && <p>{hint}</p>}
        </div>
      ) : (
        error && <ErrorNotice error={error} />
      )}
    </div>
  );
}
