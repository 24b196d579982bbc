import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { testApp } from "../helpers/app.ts";
import { deltaSync, fullSync } from "./consumer.ts";
import { rosterClient } from "./helpers.ts";

const STUDENTS = 10_000;
const COURSES = 40;
const now = new Date().toISOString();

async function inChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 1000) await insert(rows.slice(start, start + 1000));
}

/** 10k students in two courses each, 40 courses with a teacher each: written straight to the tables. */
async function largeRoster(db: Db) {
  await inChunks(
    Array.from({ length: STUDENTS }, (_, n) => ({
      first_name: `First${n}`,
      last_name: `Last${n % 97}`,
      email: `student${n}@example.edu`,
      created_at: now,
      updated_at: now,
    })),
    (chunk) => db.insertInto("students").values(chunk).execute(),
  );
  await db
    .insertInto("courses")
    .values(
      Array.from({ length: COURSES }, (_, n) => ({
        code: `C${n}`,
        title: `Course ${n}`,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await db
    .insertInto("instructors")
    .values(
      Array.from({ length: COURSES }, (_, n) => ({
        first_name: "T",
        last_name: `${n}`,
        email: `t${n}@example.edu`,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const students = await db.selectFrom("students").select("id").orderBy("id").execute();
  const courses = await db.selectFrom("courses").select("id").orderBy("id").execute();
  const instructors = await db.selectFrom("instructors").select("id").orderBy("id").execute();
  await db
    .insertInto("course_instructors")
    .values(
      courses.map((course, n) => ({
        course_id: course.id,
        instructor_id: instructors[n]?.id ?? 0,
        position: 0,
      })),
    )
    .execute();
  await inChunks(
    students.flatMap((student, n) =>
      [n % COURSES, (n + 7) % COURSES].map((c) => ({
        student_id: student.id,
        course_id: courses[c]?.id ?? 0,
        status: "enrolled" as const,
        enrolled_at: now,
        updated_at: now,
      })),
    ),
    (chunk) => db.insertInto("student_courses").values(chunk).execute(),
  );
}

/** What the database says the collections hold, by sourcedId. */
async function expected(db: Db) {
  const students = await db.selectFrom("students").select("id").execute();
  const instructors = await db.selectFrom("instructors").select("id").execute();
  const enrollments = await db
    .selectFrom("student_courses")
    .select(["student_id", "course_id"])
    .where("status", "=", "enrolled")
    .execute();
  const teaching = await db.selectFrom("course_instructors").select(["instructor_id", "course_id"]).execute();
  return {
    users: [
      ...students.map((s) => `registrar-student-${s.id}`),
      ...instructors.map((i) => `registrar-instructor-${i.id}`),
    ].sort(),
    enrollments: [
      ...enrollments.map((e) => `enr-${e.student_id}-${e.course_id}`),
      ...teaching.map((e) => `enr-t${e.instructor_id}-${e.course_id}`),
    ].sort(),
  };
}

describe("an LMS-style consumer on a 10k-student roster", () => {
  it(
    "pages every collection by 100 until a short page, then follows a delta, and matches the database",
    { timeout: 600_000 },
    async () => {
      const t = await testApp();
      await largeRoster(t.db);
      const get = await rosterClient(t);
      const copy = await fullSync(get, 100);
      const want = await expected(t.db);
      expect([...(copy.users?.keys() ?? [])].sort()).toEqual(want.users);
      expect([...(copy.enrollments?.keys() ?? [])].sort()).toEqual(want.enrollments);
      expect(copy.classes?.size).toBe(COURSES);
      expect(copy.courses?.size).toBe(COURSES); // each class without a catalog entry has its placeholder course

      const since = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const [student] = await t.db.selectFrom("students").select("id").orderBy("id").limit(1).execute();
      const [course] = await t.db
        .selectFrom("student_courses")
        .select("course_id")
        .where("student_id", "=", student?.id ?? 0)
        .limit(1)
        .execute();
      expect(
        (await t.delete(`/api/v1/students/${student?.id}/courses/${course?.course_id}`)).statusCode,
      ).toBe(204);
      await deltaSync(get, copy, since, 100);
      expect([...(copy.enrollments?.keys() ?? [])].sort()).toEqual((await expected(t.db)).enrollments);
    },
  );
});
