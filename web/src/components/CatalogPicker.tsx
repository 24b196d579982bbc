import { useId, useState } from "react";
import { findCatalogEntries, useCatalogEntry, useRemember } from "../api/calendar.ts";
import type { CatalogEntry } from "../api/client.ts";
import { useFocusAfterRender } from "../hooks.ts";
import { Finder } from "./Finder.tsx";
import { invalidGroup } from "./forms.tsx";

const entryText = (entry: CatalogEntry) => (
  <>
    <span className="code">{entry.code}</span> {entry.title}
  </>
);

/** The catalog entry a course is a section of: the chosen one with Change and Remove, or a search. */
export function CatalogPicker(props: {
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string | undefined;
}) {
  const { value, onChange, error } = props;
  const id = useId();
  const [changing, setChanging] = useState(false);
  const entry = useCatalogEntry(value ?? 0, value !== null);
  const remember = useRemember();
  const { container, focusLater } = useFocusAfterRender<HTMLFieldSetElement>();
  return (
    <fieldset className="picker" ref={container} {...invalidGroup(`${id}-error`, error)}>
      <legend>
        Catalog entry <span className="optional">(optional)</span>
      </legend>
      {value !== null && !changing ? (
        <div className="picked">
          <span>{entry.data ? entryText(entry.data) : `Entry ${value}`}</span>
          <button
            type="button"
            data-change
            onClick={() => {
              setChanging(true);
            }}
          >
            Change catalog entry
          </button>
          <button
            type="button"
            onClick={() => {
              onChange(null);
              focusLater("input");
            }}
          >
            Remove catalog entry
          </button>
        </div>
      ) : (
        <Finder
          label="Find a catalog entry"
          placeholder="Code or title"
          noun="catalog entries"
          kind="catalog"
          search={findCatalogEntries}
          describe={entryText}
          name={(found) => found.code}
          action="Choose"
          autoFocus={changing}
          onPick={(found) => {
            remember("catalog", found);
            onChange(found.id);
            setChanging(false);
            focusLater("[data-change]");
          }}
        />
      )}
      {changing && (
        <button
          type="button"
          onClick={() => {
            setChanging(false);
            focusLater("[data-change]");
          }}
        >
          Keep the current entry
        </button>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          Catalog entry: {error}
        </p>
      )}
    </fieldset>
  );
}
