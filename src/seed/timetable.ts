/** The demo school's week: the time slots of each kind of meeting, rooms, and when two meetings clash. */
import type { Meeting, Weekday } from "../courses/course.schema.ts";
import type { Pattern } from "./school.ts";

export type Slot = Omit<Meeting, "room">;
export const slot = (days: Weekday[], starts_at: string, ends_at: string): Slot => ({
  days,
  starts_at,
  ends_at,
});
export const MWF: Weekday[] = ["mon", "wed", "fri"];
export const TUTH: Weekday[] = ["tue", "thu"];

/** The time slots of each kind of meeting, the most popular first; sections take them in turn. */
export const slots = {
  lecture: [
    ["09:00", "09:50"],
    ["10:00", "10:50"],
    ["11:00", "11:50"],
    ["13:00", "13:50"],
    ["14:00", "14:50"],
    ["08:00", "08:50"],
    ["12:00", "12:50"],
    ["15:00", "15:50"],
  ].map(([starts, ends]) => slot(MWF, starts ?? "", ends ?? "")),
  seminar: [
    ["09:30", "10:45"],
    ["11:00", "12:15"],
    ["14:00", "15:15"],
    ["12:30", "13:45"],
    ["15:30", "16:45"],
    ["08:00", "09:15"],
  ].map(([starts, ends]) => slot(TUTH, starts ?? "", ends ?? "")),
  recitation: [
    slot(["fri"], "16:00", "16:50"),
    slot(["tue"], "17:00", "17:50"),
    slot(["thu"], "17:00", "17:50"),
    slot(["mon"], "16:00", "16:50"),
  ],
  lab: [
    slot(["tue"], "13:00", "15:50"),
    slot(["thu"], "13:00", "15:50"),
    slot(["wed"], "14:00", "16:50"),
    slot(["mon"], "14:00", "16:50"),
  ],
};
export type SlotKind = keyof typeof slots;

/** Room numbers by kind: lecture rooms 101…, recitation rooms 201…, labs 301… */
export const roomSeries: Record<SlotKind, number> = { lecture: 100, seminar: 100, recitation: 200, lab: 300 };

export const kindsOf: Record<Pattern, SlotKind[]> = {
  MWF: ["lecture"],
  TuTh: ["seminar"],
  "MWF+recitation": ["lecture", "recitation"],
  lab: ["lab"],
};

/** A meeting as the generator compares them: its days as bits (Monday 1, Tuesday 2…) and its minutes. */
export interface Span {
  days: number;
  start: number;
  end: number;
}
export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
export const weekdayBits: Record<Weekday, number> = {
  mon: 1,
  tue: 2,
  wed: 4,
  thu: 8,
  fri: 16,
  sat: 32,
  sun: 64,
};
export const spanOf = ({ days, starts_at, ends_at }: Slot): Span => ({
  days: days.reduce((bits, day) => bits | weekdayBits[day], 0),
  start: minutes(starts_at),
  end: minutes(ends_at),
});

/** Whether any meeting of one list shares a day with one of the other and overlaps it in time. */
export function clash(a: readonly Span[], b: readonly Span[]): boolean {
  for (const x of a) {
    for (const y of b) if ((x.days & y.days) !== 0 && x.start < y.end && y.start < x.end) return true;
  }
  return false;
}
