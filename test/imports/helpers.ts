import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { zipSync } from "fflate";
import { onTestFinished } from "vitest";
import type { Db } from "../../src/db/database.ts";
import type { ImportReport } from "../../src/imports/import.schema.ts";
import { importRoster } from "../../src/imports/import.service.ts";
import { openSource } from "../../src/imports/source.ts";
import { writeOneRosterFixture, type FixtureOptions } from "../../src/seed/oneroster-fixture.ts";

/** A temporary folder, removed when the test ends. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "registrar-import-"));
  onTestFinished(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  return directory;
}

/** A generated OneRoster set in a temporary folder. */
export async function fixture(options: Partial<FixtureOptions> = {}): Promise<string> {
  const directory = temporaryDirectory();
  await writeOneRosterFixture(directory, {
    students: 30,
    courses: 6,
    enrollments: 90,
    version: "1.2",
    ...options,
  });
  return directory;
}

/** A folder holding exactly these files (name → CSV text). */
export function csvSet(files: Record<string, string>): string {
  const directory = temporaryDirectory();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

/** CSV text with the given header; each row names only the columns it fills (quoted as needed). */
export function csvOf(header: readonly string[], rows: Record<string, string>[]): string {
  return stringify([header, ...rows.map((row) => header.map((name) => row[name] ?? ""))]);
}

/** A zip of these entries (name → content), names taken as given (so `../x` stays `../x`). */
export function zipOf(entries: Record<string, string | Uint8Array>): Buffer {
  const encoded = Object.fromEntries(
    Object.entries(entries).map(([name, content]) => [
      name,
      typeof content === "string" ? new TextEncoder().encode(content) : content,
    ]),
  );
  return Buffer.from(zipSync(encoded, { level: 9 }));
}

export async function importFrom(
  db: Db,
  path: string,
  options: { dry_run?: boolean; skip_invalid?: boolean } = {},
): Promise<ImportReport> {
  const source = await openSource(path);
  try {
    return await importRoster(db, source, { dry_run: false, skip_invalid: false, ...options });
  } finally {
    source.close();
  }
}

export const summaryOf = (report: ImportReport, file: string) => {
  const summary = report.files.find((each) => each.file === file);
  if (!summary) throw new Error(`no summary for ${file}`);
  return summary;
};

/** Every row of the tables an import writes, in a stable order. */
export async function tables(db: Db) {
  return {
    terms: await db.selectFrom("terms").selectAll().orderBy("id").execute(),
    catalog: await db.selectFrom("catalog").selectAll().orderBy("id").execute(),
    catalog_prerequisites: await db
      .selectFrom("catalog_prerequisites")
      .selectAll()
      .orderBy("catalog_id")
      .orderBy("group_number")
      .orderBy("position")
      .execute(),
    instructors: await db.selectFrom("instructors").selectAll().orderBy("id").execute(),
    students: await db.selectFrom("students").selectAll().orderBy("id").execute(),
    courses: await db.selectFrom("courses").selectAll().orderBy("id").execute(),
    course_instructors: await db
      .selectFrom("course_instructors")
      .selectAll()
      .orderBy("course_id")
      .orderBy("position")
      .execute(),
    student_courses: await db
      .selectFrom("student_courses")
      .selectAll()
      .orderBy("student_id")
      .orderBy("course_id")
      .execute(),
    enrollment_events: await db.selectFrom("enrollment_events").selectAll().orderBy("id").execute(),
  };
}

/** Row counts and a checksum of every row of those tables. */
export async function fingerprint(db: Db) {
  const all = await tables(db);
  return {
    counts: Object.fromEntries(Object.entries(all).map(([name, rows]) => [name, rows.length])),
    sha256: createHash("sha256").update(JSON.stringify(all)).digest("hex"),
  };
}

/**
 * The data an import carries, without ids and timestamps: what a round trip must keep. Records refer to each
 * other by sourcedId (a record without one by the id an export gives it), so two databases compare row by row.
 */
export async function rosterData(db: Db) {
  const sourcedIds = async (
    table: "terms" | "catalog" | "instructors" | "students" | "courses",
    kind: string,
  ) =>
    new Map(
      (await db.selectFrom(table).select(["id", "sourced_id"]).execute()).map((row) => [
        row.id,
        row.sourced_id ?? `registrar-${kind}-${row.id}`,
      ]),
    );
  const ids = {
    terms: await sourcedIds("terms", "term"),
    catalog: await sourcedIds("catalog", "catalog"),
    instructors: await sourcedIds("instructors", "instructor"),
    students: await sourcedIds("students", "student"),
    courses: await sourcedIds("courses", "course"),
  };
  const bySourcedId = <Row extends { sourced_id: string }>(rows: Row[]) =>
    rows.sort((a, b) => a.sourced_id.localeCompare(b.sourced_id));
  const withIds = <Row extends { id: number }>(rows: Row[], map: Map<number, string>) =>
    bySourcedId(rows.map(({ id, ...row }) => ({ ...row, sourced_id: map.get(id) as string })));
  const terms = await db
    .selectFrom("terms")
    .select([
      "id",
      "code",
      "name",
      "starts_on",
      "ends_on",
      "registration_opens_at",
      "registration_closes_at",
      "add_drop_ends_on",
      "max_credits",
    ])
    .execute();
  const prerequisites = await db
    .selectFrom("catalog_prerequisites")
    .selectAll()
    .orderBy("group_number")
    .orderBy("position")
    .execute();
  const catalog = await db
    .selectFrom("catalog")
    .select(["id", "code", "title", "credits", "description"])
    .execute();
  const people = (table: "students" | "instructors") =>
    db.selectFrom(table).select(["id", "first_name", "last_name", "email"]).execute();
  const teachers = await db
    .selectFrom("course_instructors")
    .selectAll()
    .orderBy("course_id")
    .orderBy("position")
    .execute();
  const courses = await db
    .selectFrom("courses")
    .select([
      "id",
      "code",
      "title",
      "capacity",
      "credits",
      "description",
      "enrolled_count",
      "waitlist_count",
      "term_id",
      "catalog_id",
      "meetings",
    ])
    .execute();
  const enrollments = await db
    .selectFrom("student_courses as sc")
    .select(["sc.student_id", "sc.course_id", "sc.status"])
    .select((eb) =>
      eb
        .selectFrom("student_courses as ahead")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("ahead.course_id", "=", "sc.course_id")
        .where("ahead.status", "=", "waitlisted")
        .whereRef("ahead.waitlist_order", "<=", "sc.waitlist_order")
        .as("waitlist_position"),
    )
    .execute();
  return {
    terms: withIds(terms, ids.terms),
    catalog: withIds(
      catalog.map((entry) => ({
        ...entry,
        prerequisites: prerequisites
          .filter((item) => item.catalog_id === entry.id)
          .map(({ group_number, position, required_id, min_grade, concurrent }) => ({
            group_number,
            position,
            required: ids.catalog.get(required_id),
            min_grade,
            concurrent,
          })),
      })),
      ids.catalog,
    ),
    instructors: withIds(await people("instructors"), ids.instructors),
    students: withIds(await people("students"), ids.students),
    courses: withIds(
      courses.map(({ term_id, catalog_id, ...course }) => ({
        ...course,
        term: term_id === null ? null : ids.terms.get(term_id),
        catalog: catalog_id === null ? null : ids.catalog.get(catalog_id),
        instructors: teachers
          .filter((teacher) => teacher.course_id === course.id)
          .map((teacher) => ids.instructors.get(teacher.instructor_id)),
      })),
      ids.courses,
    ),
    enrollments: enrollments
      .map(({ student_id, course_id, status, waitlist_position }) => ({
        student: ids.students.get(student_id) as string,
        course: ids.courses.get(course_id) as string,
        status,
        waitlist_position: Number(waitlist_position),
      }))
      .sort((a, b) => a.student.localeCompare(b.student) || a.course.localeCompare(b.course)),
  };
}
