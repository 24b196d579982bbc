import { sql } from "kysely";
import type { Db, EnrollmentEvent, EnrollmentStatus } from "../db/database.ts";
import { reusableQuery } from "../db/reusable-query.ts";
import type { EventDetail } from "./enrollment.schema.ts";

export interface EventRecord {
  student_id: number;
  course_id: number;
  event: EnrollmentEvent;
  from_status: EnrollmentStatus | null;
  to_status: EnrollmentStatus | null;
  from_grade?: string | null;
  to_grade?: string | null;
  actor: string;
  occurred_at: string;
  /** Stored as JSON; see EventDetail in enrollment.schema.ts. */
  detail?: EventDetail | undefined;
}

const eventColumns = [
  "student_id",
  "course_id",
  "event",
  "from_status",
  "to_status",
  "from_grade",
  "to_grade",
  "actor",
  "occurred_at",
  "detail",
] as const;

type EventRow = Omit<Required<EventRecord>, "detail"> & { detail: string | null };

const insertEvents = reusableQuery(
  (db: Db, rows: EventRow[]) => db.insertInto("enrollment_events").values(rows),
  (rows) => String(rows.length),
  (rows) => rows.flatMap((row) => eventColumns.map((column) => row[column])),
);

export async function record(db: Db, events: EventRecord[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => {
    const detail = event.detail === undefined ? null : JSON.stringify(event.detail);
    const row = { from_grade: null, to_grade: null, ...event, detail };
    return Object.fromEntries(eventColumns.map((column) => [column, row[column]])) as EventRow;
  });
  await insertEvents(db, rows);
}

/** Records that every enrollment of a student (or of a course) goes with it, before the rows are deleted. */
export async function recordDeletion(
  db: Db,
  owner: { student_id: number } | { course_id: number },
  actor: string,
  occurred_at: string,
): Promise<void> {
  const [column, id, event] =
    "student_id" in owner
      ? (["student_id", owner.student_id, "deleted-with-student"] as const)
      : (["course_id", owner.course_id, "deleted-with-course"] as const);
  await db
    .insertInto("enrollment_events")
    .columns(["student_id", "course_id", "event", "from_status", "from_grade", "actor", "occurred_at"])
    .expression((eb) =>
      eb
        .selectFrom("student_courses")
        .select([
          "student_id",
          "course_id",
          sql.lit(event).as("event"),
          "status",
          "grade",
          sql<string>`${actor}`.as("actor"),
          sql<string>`${occurred_at}`.as("occurred_at"),
        ])
        .where(column, "=", id),
    )
    .execute();
}

/** One enrollment's history, oldest first. */
export async function history(db: Db, student_id: number, course_id: number) {
  const rows = await db
    .selectFrom("enrollment_events")
    .select([
      "id",
      "event",
      "from_status",
      "to_status",
      "from_grade",
      "to_grade",
      "actor",
      "occurred_at",
      "detail",
    ])
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    ...row,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as EventDetail),
  }));
}

/** The newest event of an enrollment, if any. */
export const latest = (db: Db, student_id: number, course_id: number) =>
  db
    .selectFrom("enrollment_events")
    .select(["event", "detail"])
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
