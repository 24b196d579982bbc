import { useId } from "react";
import type { Meeting, Weekday } from "../api/client.ts";
import { dayNames, weekdays } from "../format.ts";
import { useFocusAfterRender } from "../hooks.ts";
import { Field } from "./Field.tsx";
import { invalidGroup } from "./forms.tsx";

export const MAX_MEETINGS = 10;

/** A meeting as its inputs hold it: a room is text, blank for none. */
export interface MeetingState {
  days: Weekday[];
  starts_at: string;
  ends_at: string;
  room: string;
}

export const meetingStateOf = (meeting: Meeting): MeetingState => ({ ...meeting, room: meeting.room ?? "" });

/** As the API answers meetings: days in week order, a blank room as null. */
export const meetingOf = (meeting: MeetingState): Meeting => ({
  days: weekdays.filter((day) => meeting.days.includes(day)),
  starts_at: meeting.starts_at,
  ends_at: meeting.ends_at,
  room: meeting.room.trim() === "" ? null : meeting.room,
});

export const meetingFieldNames = (meetings: MeetingState[]): string[] => [
  "meetings",
  ...meetings.flatMap((_, i) =>
    ["days", "starts_at", "ends_at", "room"].map((name) => `meetings.${i}.${name}`),
  ),
];

interface MeetingsEditorProps {
  meetings: MeetingState[];
  onChange: (meetings: MeetingState[]) => void;
  fieldErrors: Partial<Record<string, string>>;
}

/** The course's weekly meetings: days, times and room, 0 to 10 rows. */
export function MeetingsEditor({ meetings, onChange, fieldErrors }: MeetingsEditorProps) {
  const id = useId();
  const { container, focusLater } = useFocusAfterRender<HTMLFieldSetElement>();
  const set = (index: number, changes: Partial<MeetingState>) => {
    onChange(meetings.map((meeting, i) => (i === index ? { ...meeting, ...changes } : meeting)));
  };
  return (
    <fieldset className="meetings" ref={container} {...invalidGroup(`${id}-error`, fieldErrors.meetings)}>
      <legend>
        Meetings <span className="optional">(optional)</span>
      </legend>
      {fieldErrors.meetings && (
        <p className="field-error" id={`${id}-error`}>
          Meetings {fieldErrors.meetings}
        </p>
      )}
      {meetings.length === 0 && <p className="muted">No weekly meetings.</p>}
      {meetings.map((meeting, index) => {
        const error = (name: string) => fieldErrors[`meetings.${index}.${name}`];
        const daysError = error("days");
        return (
          <fieldset key={index} className="meeting" data-meeting={index}>
            <legend>Meeting {index + 1}</legend>
            <fieldset className="days" {...invalidGroup(`${id}-${index}-days`, daysError)}>
              <legend>Days</legend>
              {weekdays.map((day) => (
                <label key={day} className="checkbox">
                  <input
                    type="checkbox"
                    checked={meeting.days.includes(day)}
                    onChange={(event) => {
                      set(index, {
                        days: event.target.checked
                          ? [...meeting.days, day]
                          : meeting.days.filter((each) => each !== day),
                      });
                    }}
                  />{" "}
                  <abbr title={dayNames[day]}>{dayNames[day].slice(0, 3)}</abbr>
                </label>
              ))}
              {daysError && (
                <p className="field-error" id={`${id}-${index}-days`}>
                  Choose at least one day.
                </p>
              )}
            </fieldset>
            <div className="field-row">
              <Field
                label="Starts at"
                type="time"
                required
                value={meeting.starts_at}
                error={error("starts_at")}
                onChange={(starts_at) => {
                  set(index, { starts_at });
                }}
              />
              <Field
                label="Ends at"
                type="time"
                required
                value={meeting.ends_at}
                error={error("ends_at")}
                onChange={(ends_at) => {
                  set(index, { ends_at });
                }}
              />
              <Field
                label="Room"
                autoComplete="off"
                value={meeting.room}
                error={error("room")}
                onChange={(room) => {
                  set(index, { room });
                }}
              />
            </div>
            <button
              type="button"
              onClick={() => {
                onChange(meetings.filter((_, i) => i !== index));
                focusLater("[data-add-meeting]");
              }}
            >
              Remove meeting {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        data-add-meeting
        disabled={meetings.length >= MAX_MEETINGS}
        onClick={() => {
          onChange([...meetings, { days: [], starts_at: "", ends_at: "", room: "" }]);
          focusLater(`[data-meeting="${meetings.length}"] input`);
        }}
      >
        Add a meeting
      </button>
      {meetings.length >= MAX_MEETINGS && (
        <p className="hint">A course meets at most {MAX_MEETINGS} times a week.</p>
      )}
    </fieldset>
  );
}
