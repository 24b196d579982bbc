/**
 * The demo school's sections: dealt over the catalog's offerings in both terms, each with meetings in rooms
 * that are free at the time and instructors who are free too, at most a teaching load each.
 */
/** A section of the catalog entry `entry` in term `term` (both indexes), and who teaches it. */
import type { Insertable } from "kysely";
import type { Meeting } from "../courses/course.schema.ts";
import type { InstructorTable } from "../db/database.ts";
import { demoEmail, firstNames, lastNames } from "./people.ts";
import { buildings, departmentOf, entries, entryIndex, offerings, terms, type Entry } from "./school.ts";
import {
  clash,
  kindsOf,
  roomSeries,
  slots,
  spanOf,
  type Slot,
  type SlotKind,
  type Span,
} from "./timetable.ts";

export interface Section {
  entry: number;
  term: number;
  code: string;
  meetings: Meeting[];
  spans: Span[];
  instructor_ids: number[];
}

/** How many sections an instructor teaches in one term. */
const TEACHING_LOAD = 3;

interface Teacher {
  id: number;
  taught: number;
  load: number[];
  busy: Span[][];
}

/** Deals `count` sections over the offerings, with meetings in free rooms and instructors free at the time. */
export function planSections(count: number, pick: <T>(items: readonly T[]) => T, now: string) {
  const sections: Section[] = [];
  const instructors: Insertable<InstructorTable>[] = [];
  const staff = new Map<string, Teacher[]>();
  const rooms = terms.map(() => new Map<string, Span[]>());
  const turns = terms.map(() => ({ lecture: 0, seminar: 0, recitation: 0, lab: 0 }));

  const roomFor = (term: number, building: string, kind: SlotKind, meeting: Span): string => {
    const booked = rooms[term] as Map<string, Span[]>;
    for (let n = roomSeries[kind] + 1; ; n++) {
      const room = `${building} ${n}`;
      const taken = booked.get(room) ?? [];
      if (clash(taken, [meeting])) continue;
      booked.set(room, [...taken, meeting]);
      return room;
    }
  };

  /**
   * The least busy instructor of the department who is free then and below the teaching load, or a new one;
   * for a second instructor (`except` the first), anyone free then, or nobody.
   */
  const teacherFor = (department: string, term: number, meetings: Span[], except?: number) => {
    const team = staff.get(department) ?? [];
    staff.set(department, team);
    let chosen: Teacher | undefined;
    for (const teacher of team) {
      const free =
        teacher.id !== except &&
        (except !== undefined || (teacher.load[term] ?? 0) < TEACHING_LOAD) &&
        !clash(teacher.busy[term] ?? [], meetings);
      if (free && (chosen === undefined || teacher.taught < chosen.taught)) chosen = teacher;
    }
    if (chosen === undefined && except !== undefined) return undefined;
    if (chosen === undefined) {
      const first_name = pick(firstNames);
      const last_name = pick(lastNames);
      const id = instructors.length + 1;
      const email = demoEmail(first_name, last_name, id, "faculty.example.edu");
      instructors.push({ first_name, last_name, email, created_at: now, updated_at: now });
      chosen = { id, taught: 0, load: terms.map(() => 0), busy: terms.map(() => []) };
      team.push(chosen);
    }
    chosen.taught++;
    chosen.load[term] = (chosen.load[term] ?? 0) + 1;
    chosen.busy[term]?.push(...meetings);
    return chosen.id;
  };

  for (let index = 0; index < count; index++) {
    const [code, term] = offerings[index % offerings.length] as [string, number];
    const number = Math.floor(index / offerings.length) + 1;
    const entry = entryIndex.get(code) ?? -1;
    const { pattern } = entries[entry] as Entry;
    const department = departmentOf(code);
    const building = buildings[department] ?? department;
    const turn = turns[term] as Record<SlotKind, number>;
    const kinds = kindsOf[pattern];
    const times = kinds.map((kind) => slots[kind][turn[kind]++ % slots[kind].length] as Slot);
    const spans = times.map(spanOf);
    const meetings = times.map((time, k) => ({
      ...time,
      room: roomFor(term, building, kinds[k] as SlotKind, spans[k] as Span),
    }));
    const first = teacherFor(department, term, spans) as number;
    // One section in six is taught by two instructors, when a colleague is free then.
    const second = index % 6 === 5 ? teacherFor(department, term, spans, first) : undefined;
    const instructor_ids = second === undefined ? [first] : [first, second];
    const suffix = terms[term]?.suffix ?? "";
    sections.push({
      entry,
      term,
      code: `${code}-${String(number).padStart(2, "0")}-${suffix}`,
      meetings,
      spans,
      instructor_ids,
    });
  }
  return { sections, instructors };
}
