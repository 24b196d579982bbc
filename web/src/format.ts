import type { Meeting, Weekday } from "./api/client.ts";

export const weekdays: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const dayNames: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** "Mon, Wed 09:00–10:15 · ENG 101" */
export function meetingText({ days, starts_at, ends_at, room }: Meeting): string {
  const when = `${days.map((day) => dayNames[day].slice(0, 3)).join(", ")} ${starts_at}–${ends_at}`;
  return room ? `${when} · ${room}` : when;
}

/** A calendar date (YYYY-MM-DD) as the reader writes dates; it is a day, not an instant, so no time zone. */
export const formatDate = (date: string): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: "UTC", dateStyle: "medium" });

/** A UTC timestamp in the reader's own time zone. */
export const formatDateTime = (timestamp: string): string =>
  new Date(timestamp).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A UTC timestamp as a datetime-local input shows it: the reader's own time zone, to the minute. */
export function toLocalInput(timestamp: string | null): string {
  if (timestamp === null) return "";
  const time = new Date(timestamp);
  return new Date(time.getTime() - time.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A datetime-local input's value (the reader's time zone) as an RFC 3339 timestamp in UTC, or null. */
export function fromLocalInput(value: string): string | null {
  if (value === "") return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

export const personName = (person: { first_name: string; last_name: string }): string =>
  `${person.first_name} ${person.last_name}`;

/**
 * The fields of a form's body that differ from the record (arrays and objects compared as JSON), for a PATCH
 * that changes only what the user changed.
 */
export function changedFields<Body extends object>(body: Body, record: object): Partial<Body> {
  const before = record as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])),
  ) as Partial<Body>;
}
