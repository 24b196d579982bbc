/**
 * A realistic, reproducible roster: names, a course catalogue, and enrollments in which some courses fill up
 * and keep a waitlist. Used by `npm run db:seed` (to try the UI) and by the benchmarks (at any size).
 */
import type { Insertable } from "kysely";
import type { CourseTable, StudentCourseTable, StudentTable } from "../db/database.ts";

export const firstNames = [
  "Ada",
  "Alan",
  "Grace",
  "Edsger",
  "Barbara",
  "Donald",
  "Frances",
  "John",
  "Katherine",
  "Linus",
  "Margaret",
  "Niklaus",
  "Radia",
  "Tim",
  "Hedy",
  "Ken",
  "Dennis",
  "Shafi",
  "Leslie",
  "Sophie",
  "Amara",
  "Kenji",
  "Lucía",
  "Mateo",
  "Noor",
  "Olga",
  "Priya",
  "Quentin",
  "Rosa",
  "Santiago",
  "Tomás",
  "Uma",
  "Vera",
  "Wei",
  "Yara",
  "Zoë",
];
export const lastNames = [
  "Lovelace",
  "Turing",
  "Hopper",
  "Dijkstra",
  "Liskov",
  "Knuth",
  "Allen",
  "McCarthy",
  "Johnson",
  "Torvalds",
  "Hamilton",
  "Wirth",
  "Perlman",
  "Berners-Lee",
  "Lamarr",
  "Thompson",
  "Ritchie",
  "Goldwasser",
  "Lamport",
  "Wilson",
  "Okafor",
  "Tanaka",
  "García",
  "Fernández",
  "Haddad",
  "Ivanova",
  "Sharma",
  "Dubois",
  "Parks",
  "Moreno",
  "Novák",
  "Nair",
  "Kovacs",
  "Zhang",
  "Haddad-Smith",
  "Müller",
];
export const subjects = [
  ["CS", "Computer Science"],
  ["MATH", "Mathematics"],
  ["PHYS", "Physics"],
  ["CHEM", "Chemistry"],
  ["BIO", "Biology"],
  ["HIST", "History"],
  ["LIT", "Literature"],
  ["ECON", "Economics"],
  ["PHIL", "Philosophy"],
  ["ART", "Art"],
  ["MUS", "Music"],
  ["LING", "Linguistics"],
] as const;
export const topics = [
  "Foundations",
  "Methods",
  "Seminar",
  "Laboratory",
  "Topics",
  "Studio",
  "Workshop",
  "Theory",
];

export interface DemoSize {
  students: number;
  courses: number;
  enrollments: number;
}

export interface DemoData {
  students: Insertable<StudentTable>[];
  courses: Insertable<CourseTable>[];
  enrollments: Insertable<StudentCourseTable>[];
}

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same data. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An address the API itself would accept: its email rule (ajv-formats) allows ASCII only, so accents are folded
 * away ("Zoë Müller" → zoe.muller.7@example.edu).
 */
export function demoEmail(first_name: string, last_name: string, n: number): string {
  const local = `${first_name}.${last_name}.${n}`
    .normalize("NFD")
    .replace(/[^A-Za-z0-9.-]/g, "")
    .toLowerCase();
  return `${local}@example.edu`;
}

export function generateDemoData(size: DemoSize, seed = 1): DemoData {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const now = new Date().toISOString();

  const students = Array.from({ length: size.students }, (_, index) => {
    const first_name = pick(firstNames);
    const last_name = pick(lastNames);
    const email = demoEmail(first_name, last_name, index + 1);
    return { first_name, last_name, email, created_at: now, updated_at: now };
  });

  const perStudent =
    size.students === 0 ? 0 : Math.min(size.courses, Math.ceil(size.enrollments / size.students));
  const averageDemand = size.courses === 0 ? 0 : size.enrollments / size.courses;
  const courses = Array.from({ length: size.courses }, (_, index) => {
    const [prefix, subject] = subjects[index % subjects.length] as (typeof subjects)[number];
    const level = 100 + Math.floor(index / subjects.length) * 10;
    // One course in eight is small enough to fill up and keep a waitlist; the rest have room to spare.
    const capacity = index % 8 === 0 ? Math.max(1, Math.floor(averageDemand * 0.6)) : null;
    return {
      code: `${prefix}${level}`,
      title: `${subject} ${pick(topics)} ${Math.floor(index / subjects.length) + 1}`,
      description: index % 3 === 0 ? null : `An ${subject.toLowerCase()} course for curious students.`,
      credits: pick([1, 2, 3, 4, 5]),
      capacity,
      created_at: now,
      updated_at: now,
    };
  });

  const enrollments: Insertable<StudentCourseTable>[] = [];
  const seated = new Array<number>(size.courses).fill(0);
  const waiting = new Array<number>(size.courses).fill(0);
  for (let student = 0; student < size.students && enrollments.length < size.enrollments; student++) {
    const chosen = new Set<number>();
    while (chosen.size < perStudent) chosen.add(Math.floor(next() * size.courses));
    for (const course of chosen) {
      if (enrollments.length >= size.enrollments) break;
      const capacity = courses[course]?.capacity ?? null;
      const full = capacity !== null && (seated[course] ?? 0) >= capacity;
      if (full) waiting[course] = (waiting[course] ?? 0) + 1;
      else seated[course] = (seated[course] ?? 0) + 1;
      enrollments.push({
        student_id: student + 1,
        course_id: course + 1,
        status: full ? "waitlisted" : "enrolled",
        waitlist_order: full ? (waiting[course] ?? null) : null,
        enrolled_at: now,
        updated_at: now,
      });
    }
  }
  return { students, courses, enrollments };
}
