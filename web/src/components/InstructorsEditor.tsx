import { useId } from "react";
import { findInstructors, useInstructor, useRemember } from "../api/calendar.ts";
import type { Instructor } from "../api/client.ts";
import { personName } from "../format.ts";
import { useFocusAfterRender } from "../hooks.ts";
import { Finder } from "./Finder.tsx";
import { invalidGroup } from "./forms.tsx";

interface InstructorsEditorProps {
  value: number[];
  onChange: (ids: number[]) => void;
  fieldErrors: Partial<Record<string, string>>;
}

/** Who teaches the course, in order: add by searching, move up or down, remove. */
export function InstructorsEditor({ value, onChange, fieldErrors }: InstructorsEditorProps) {
  const id = useId();
  const remember = useRemember();
  const { container, focusLater } = useFocusAfterRender<HTMLFieldSetElement>();
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by] ?? 0, next[index] ?? 0];
    onChange(next);
    // The focus stays on the moved instructor's button, or on its other one once they reach an end.
    const to = index + by;
    const atEnd = to === 0 || to === value.length - 1;
    focusLater(`[data-instructor="${to}"] [data-${by < 0 !== atEnd ? "up" : "down"}]`);
  };
  return (
    <fieldset
      className="instructors"
      ref={container}
      {...invalidGroup(`${id}-error`, fieldErrors.instructor_ids)}
    >
      <legend>
        Instructors <span className="optional">(optional)</span>
      </legend>
      {fieldErrors.instructor_ids && (
        <p className="field-error" id={`${id}-error`}>
          Instructors {fieldErrors.instructor_ids}
        </p>
      )}
      {value.length === 0 ? (
        <p className="muted">No instructors yet.</p>
      ) : (
        <ol className="instructor-list" aria-label="Instructors, in order">
          {value.map((id, index) => (
            <InstructorRow
              key={id}
              id={id}
              index={index}
              last={index === value.length - 1}
              error={fieldErrors[`instructor_ids.${index}`]}
              onMove={(by) => {
                move(index, by);
              }}
              onRemove={() => {
                onChange(value.filter((_, i) => i !== index));
                focusLater("input");
              }}
            />
          ))}
        </ol>
      )}
      <Finder
        label="Add an instructor"
        placeholder="Name or email"
        noun="instructors"
        kind="instructors"
        search={findInstructors}
        describe={(instructor: Instructor) => `${personName(instructor)} · ${instructor.email}`}
        name={personName}
        action="Add"
        unavailable={(instructor) => (value.includes(instructor.id) ? "Already teaching" : undefined)}
        onPick={(instructor) => {
          remember("instructors", instructor);
          onChange([...value, instructor.id]);
        }}
      />
    </fieldset>
  );
}

interface InstructorRowProps {
  id: number;
  index: number;
  last: boolean;
  error: string | undefined;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function InstructorRow({ id, index, last, error, onMove, onRemove }: InstructorRowProps) {
  const errorId = useId();
  const instructor = useInstructor(id).data;
  const name = instructor ? personName(instructor) : `Instructor ${id}`;
  return (
    <li data-instructor={index} {...invalidGroup(errorId, error)}>
      <span>{name}</span>
      <span className="row-actions">
        <button
          type="button"
          data-up
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => {
            onMove(-1);
          }}
        >
          Up
        </button>
        <button
          type="button"
          data-down
          aria-label={`Move ${name} down`}
          disabled={last}
          onClick={() => {
            onMove(1);
          }}
        >
          Down
        </button>
        <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </span>
      {error && <p className="field-error" id={errorId}>{`${name}: ${error}`}</p>}
    </li>
  );
}
