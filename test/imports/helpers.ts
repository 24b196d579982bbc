import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    students: await db.selectFrom("students").selectAll().orderBy("id").execute(),
    courses: await db.selectFrom("courses").selectAll().orderBy("id").execute(),
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

/** The data an import carries, without ids and timestamps: what a round trip must keep. */
export async function rosterData(db: Db) {
  const students = await db
    .selectFrom("students")
    .select(["sourced_id", "first_name", "last_name", "email"])
    .orderBy("sourced_id")
    .execute();
  const courses = await db
    .selectFrom("courses")
    .select([
      "sourced_id",
      "code",
      "title",
      "capacity",
      "credits",
      "description",
      "enrolled_count",
      "waitlist_count",
    ])
    .orderBy("sourced_id")
    .execute();
  const enrollments = await db
    .selectFrom("student_courses as sc")
    .innerJoin("students as s", "s.id", "sc.student_id")
    .innerJoin("courses as c", "c.id", "sc.course_id")
    .select(["s.sourced_id as student", "c.sourced_id as course", "sc.status"])
    .select((eb) =>
      eb
        .selectFrom("student_courses as ahead")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("ahead.course_id", "=", "sc.course_id")
        .where("ahead.status", "=", "waitlisted")
        .whereRef("ahead.waitlist_order", "<=", "sc.waitlist_order")
        .as("waitlist_position"),
    )
    .orderBy("s.sourced_id")
    .orderBy("c.sourced_id")
    .execute();
  return {
    students,
    courses,
    enrollments: enrollments.map((row) => ({ ...row, waitlist_position: Number(row.waitlist_position) })),
  };
}
