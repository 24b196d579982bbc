import type { UseQueryResult } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link } from "wouter";
import { ApiError } from "../api/client.ts";
import { useCanChange } from "../api/session.ts";
import { ErrorNotice, Loading, NotFound } from "./States.tsx";

interface RecordPageProps<Data> {
  query: UseQueryResult<Data>;
  /** "term": "Loading the term…", "Term not found". */
  noun: string;
  /** The list it belongs to, for the breadcrumb. */
  list: { href: string; label: string };
  children: (record: Data) => ReactNode;
}

/** A record's page: loading, not found or failed until the record is there, then a way back to its list. */
export function RecordPage<Data>({ query, noun, list, children }: RecordPageProps<Data>) {
  if (query.isPending) return <Loading what={`the ${noun}`} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      const title = `${noun[0]?.toUpperCase() ?? ""}${noun.slice(1)} not found`;
      return <NotFound title={title} detail={query.error.problem.detail} />;
    }
    return <ErrorNotice error={query.error} />;
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href={list.href}>{list.label}</Link>
      </p>
      {children(query.data)}
    </>
  );
}

interface DetailsProps {
  id: string;
  heading: ReactNode;
  /** "Edit term": the edit button's label and the form's heading. */
  editLabel: string;
  /** The edit form, given what closes it (after saving, or on Cancel). */
  form: (close: () => void) => ReactNode;
  facts: ReactNode;
  /** Shown beside the edit button to roles that may change records (the delete button). */
  actions?: ReactNode;
}

/**
 * The record's heading and facts, with an edit form in their place while editing; closing the form puts the
 * focus back on the button that opened it.
 */
export function Details({ id, heading, editLabel, form, facts, actions }: DetailsProps) {
  const canChange = useCanChange();
  // "closed": the form was just closed, and the focus goes back to the edit button.
  const [mode, setMode] = useState<"showing" | "editing" | "closed">("showing");
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === "closed") editButton.current?.focus();
  }, [mode]);
  const close = () => {
    setMode("closed");
  };
  return (
    <section aria-labelledby={id} className="details">
      <h1 id={id} tabIndex={-1}>
        {heading}
      </h1>
      {mode === "editing" ? (
        <div className="panel">
          <h2>{editLabel}</h2>
          {form(close)}
        </div>
      ) : (
        <>
          {facts}
          {canChange && (
            <div className="record-actions">
              <button
                type="button"
                ref={editButton}
                onClick={() => {
                  setMode("editing");
                }}
              >
                {editLabel}
              </button>
              {actions}
            </div>
          )}
        </>
      )}
    </section>
  );
}
