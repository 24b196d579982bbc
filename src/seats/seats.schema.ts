import { Type, type Static } from "typebox";
import { MAX_CAPACITY } from "../courses/course.schema.ts";
import { Id, Int32, StrictObject } from "../http/schemas.ts";

export const SeatsQuery = StrictObject({
  term_id: { ...Id, description: "The term whose sections to follow" },
});
export type SeatsQuery = Static<typeof SeatsQuery>;

/** The data of one event: a section's seats as they are now. */
export const SeatCount = Type.Object(
  {
    course_id: Id,
    capacity: Type.Union([Int32({ maximum: MAX_CAPACITY }), Type.Null()], {
      description: "Seats in the section; null: no limit",
    }),
    enrolled_count: Int32({ description: "Students holding a seat" }),
    waitlist_count: Int32({ description: "Students on the waitlist" }),
  },
  { $id: "SeatCount", description: "One section's seats (the data of a seat event)" },
);
export type SeatCount = Static<typeof SeatCount>;

/** The data of a `removed` event: the section was deleted or moved to another term. */
export const RemovedSection = Type.Object(
  { course_id: Id },
  { $id: "RemovedSection", description: "A section that left the term (the data of a removed event)" },
);
