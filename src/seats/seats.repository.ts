import type { Db } from "../db/database.ts";
import type { SeatCount } from "./seats.schema.ts";

/** Every section of a term with its seats: one query on the courses_term_id_code index. */
export const seatCountsOfTerm = (db: Db, term_id: number): Promise<SeatCount[]> =>
  db
    .selectFrom("courses")
    .select(["id as course_id", "capacity", "enrolled_count", "waitlist_count"])
    .where("term_id", "=", term_id)
    .execute();
