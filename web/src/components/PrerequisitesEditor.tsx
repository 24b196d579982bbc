import { useId, useState } from "react";
import { findCatalogEntries, useCatalogEntry, useRemember } from "../api/calendar.ts";
import type { CatalogEntry, PrerequisiteItem } from "../api/client.ts";
import { useFocusAfterRender } from "../hooks.ts";
import { Finder } from "./Finder.tsx";
import { invalidGroup } from "./forms.tsx";

export const MAX_GROUPS = 10;
export const MAX_ITEMS = 10;
const grades = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-"];

/** Every field name the API may report about prerequisites, for problemFor. */
export const prerequisiteFieldNames = (groups: PrerequisiteItem[][]): string[] => [
  "prerequisites",
  ...groups.flatMap((group, g) => [
    `prerequisites.${g}`,
    ...group.flatMap((_, i) => [`prerequisites.${g}.${i}.catalog_id`, `prerequisites.${g}.${i}.min_grade`]),
  ]),
];

interface PrerequisitesEditorProps {
  groups: PrerequisiteItem[][];
  onChange: (groups: PrerequisiteItem[][]) => void;
  /** The entry being edited, which may not require itself. */
  selfId: number | undefined;
  fieldErrors: Partial<Record<string, string>>;
  /** Why the API refused the prerequisites as a whole (a cycle), shown on the fieldset. */
  problem: string | undefined;
}

/**
 * Prerequisites as the API has them: all of the groups, and any one item of a group. A group is made by picking
 * its first entry, and goes when its last entry is removed, so no group is ever empty.
 */
export function PrerequisitesEditor({
  groups,
  onChange,
  selfId,
  fieldErrors,
  problem,
}: PrerequisitesEditorProps) {
  const id = useId();
  const [adding, setAdding] = useState<number | "new" | null>(null);
  const remember = useRemember();
  const { container, focusLater } = useFocusAfterRender<HTMLFieldSetElement>();
  const setItem = (g: number, i: number, item: PrerequisiteItem) => {
    onChange(groups.map((group, gi) => (gi === g ? group.map((old, ii) => (ii === i ? item : old)) : group)));
  };
  const pick = (entry: CatalogEntry) => {
    remember("catalog", entry);
    const g = adding === "new" ? groups.length : (adding ?? 0);
    const group = groups[g] ?? [];
    const next = [...groups];
    next[g] = [...group, { catalog_id: entry.id }];
    onChange(next);
    setAdding(null);
    focusLater(`[data-item="${g}-${group.length}"] select`);
  };
  const remove = (g: number, i: number) => {
    const group = (groups[g] ?? []).filter((_, ii) => ii !== i);
    onChange(group.length === 0 ? groups.filter((_, gi) => gi !== g) : groups.with(g, group));
    setAdding(null);
    focusLater(group.length === 0 ? "[data-add-group]" : `[data-add-to="${g}"]`);
  };
  const finder = (label: string, inGroup: PrerequisiteItem[]) => (
    <div className="finder-inline">
      <Finder
        label={label}
        placeholder="Code or title"
        noun="catalog entries"
        kind="catalog"
        search={findCatalogEntries}
        describe={(entry) => (
          <>
            <span className="code">{entry.code}</span> {entry.title}
          </>
        )}
        name={(entry) => entry.code}
        action="Choose"
        unavailable={(entry) =>
          entry.id === selfId
            ? "This entry"
            : inGroup.some((item) => item.catalog_id === entry.id)
              ? "In this group"
              : undefined
        }
        onPick={pick}
        autoFocus
      />
      <button
        type="button"
        onClick={() => {
          focusLater(adding === "new" ? "[data-add-group]" : `[data-add-to="${String(adding)}"]`);
          setAdding(null);
        }}
      >
        Cancel
      </button>
    </div>
  );
  return (
    <fieldset
      className="prerequisites"
      ref={container}
      tabIndex={-1}
      aria-invalid={problem ? true : undefined}
      aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
    >
      <legend>
        Prerequisites <span className="optional">(optional)</span>
      </legend>
      <p className="hint" id={`${id}-hint`}>
        A student needs all of the groups; within a group, any one of its courses is enough.
      </p>
      {problem && (
        <p className="field-error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      {groups.length === 0 && <p className="muted">No prerequisites.</p>}
      {groups.map((group, g) => (
        <fieldset key={g} className="prerequisite-group">
          <legend>
            Group {g + 1}: any one of{g < groups.length - 1 && <span className="muted"> (and)</span>}
          </legend>
          {fieldErrors[`prerequisites.${g}`] && (
            <p className="field-error">
              Group {g + 1} {fieldErrors[`prerequisites.${g}`]}
            </p>
          )}
          <div className="prerequisite-items">
            {group.map((item, i) => (
              <ItemRow
                key={item.catalog_id}
                item={item}
                place={`${g}-${i}`}
                group={g + 1}
                error={
                  fieldErrors[`prerequisites.${g}.${i}.catalog_id`] ??
                  fieldErrors[`prerequisites.${g}.${i}.min_grade`]
                }
                onChange={(changed) => {
                  setItem(g, i, changed);
                }}
                onRemove={() => {
                  remove(g, i);
                }}
              />
            ))}
          </div>
          {adding === g
            ? finder(`Add an alternative to group ${g + 1}`, group)
            : group.length < MAX_ITEMS && (
                <button
                  type="button"
                  data-add-to={g}
                  onClick={() => {
                    setAdding(g);
                  }}
                >
                  Add an alternative to group {g + 1}
                </button>
              )}
        </fieldset>
      ))}
      {adding === "new"
        ? finder("Find the required course", [])
        : groups.length < MAX_GROUPS && (
            <button
              type="button"
              data-add-group
              onClick={() => {
                setAdding("new");
              }}
            >
              Add a prerequisite group
            </button>
          )}
    </fieldset>
  );
}

interface ItemRowProps {
  item: PrerequisiteItem;
  /** "group-item", for moving the focus to it. */
  place: string;
  group: number;
  error: string | undefined;
  onChange: (item: PrerequisiteItem) => void;
  onRemove: () => void;
}

/** One entry of a group: its code, the lowest grade that meets it, whether it may be taken at the same time. */
function ItemRow({ item, place, group, error, onChange, onRemove }: ItemRowProps) {
  const errorId = useId();
  const code = useCatalogEntry(item.catalog_id).data?.code ?? `Entry ${item.catalog_id}`;
  return (
    <div data-item={place} role="group" aria-label={code} {...invalidGroup(errorId, error)}>
      <span className="code">{code}</span>
      <label>
        Minimum grade{" "}
        <select
          value={item.min_grade ?? ""}
          onChange={(event) => {
            const { min_grade, ...rest } = item;
            const grade = event.target.value;
            onChange(grade === "" ? rest : { ...item, min_grade: grade });
          }}
        >
          <option value="">Any passing grade</option>
          {grades.map((grade) => (
            <option key={grade}>{grade}</option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={item.concurrent === true}
          onChange={(event) => {
            const { concurrent, ...rest } = item;
            onChange(event.target.checked ? { ...rest, concurrent: true } : rest);
          }}
        />{" "}
        May be taken concurrently
      </label>
      <button type="button" aria-label={`Remove ${code} from group ${group}`} onClick={onRemove}>
        Remove
      </button>
      {error && <p className="field-error" id={errorId}>{`${code}: ${error}`}</p>}
    </div>
  );
}
