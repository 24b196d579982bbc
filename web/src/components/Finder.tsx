import { useQuery } from "@tanstack/react-query";
import { useId, useState, type ReactNode } from "react";
import { useDebounced } from "../hooks.ts";
import { ErrorNotice, Loading } from "./States.tsx";

interface FinderProps<Item> {
  label: string;
  placeholder: string;
  /** What it finds, in the plural and lower case: "catalog entries". */
  noun: string;
  /** Where the results are cached ("catalog"), and the API search for what was typed. */
  kind: string;
  search: (q: string, signal: AbortSignal) => Promise<{ data: Item[] }>;
  /** How a result reads in the list, and its name for its button ("Add Grace Hopper"). */
  describe: (item: Item) => ReactNode;
  name: (item: Item) => string;
  action: string;
  /** Results not offered, and why ("already chosen"); the record being edited may not require itself. */
  unavailable?: (item: Item) => string | undefined;
  onPick: (item: Item) => void;
  autoFocus?: boolean;
}

/**
 * Type to search, then pick one of the results with its button: a record picker that works with the keyboard
 * and a screen reader without a combobox's intricacies. Inside a form, Enter in the search box does not submit.
 */
export function Finder<Item extends { id: number }>(props: FinderProps<Item>) {
  const id = useId();
  const [q, setQ] = useState("");
  const search = useDebounced(q).trim();
  const results = useQuery({
    queryKey: [props.kind, "find", search],
    queryFn: ({ signal }) => props.search(search, signal),
    enabled: search !== "",
  });
  return (
    <div
      className="finder-box"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
      </div>
      <div aria-busy={results.isFetching}>
        {search === "" ? null : results.isPending ? (
          <Loading what={props.noun} />
        ) : results.isError ? (
          <ErrorNotice error={results.error} />
        ) : results.data.data.length === 0 ? (
          <p className="empty">
            No {props.noun} match “{search}”.
          </p>
        ) : (
          <ul className="finder" aria-label={`Matching ${props.noun}`}>
            {results.data.data.map((item) => {
              const why = props.unavailable?.(item);
              return (
                <li key={item.id}>
                  <span>{props.describe(item)}</span>
                  {why ? (
                    <span className="muted">{why}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={`${props.action} ${props.name(item)}`}
                      onClick={() => {
                        props.onPick(item);
                        setQ("");
                      }}
                    >
                      {props.action}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
