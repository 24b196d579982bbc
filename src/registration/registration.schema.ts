import { Type, type Static } from "typebox";
import { Enrollment } from "../enrollments/enrollment.schema.ts";
import { Id, ref, StrictObject, Timestamp, TrimmedText } from "../http/schemas.ts";
import { rules } from "./judge.ts";

export const Violation = Type.Object(
  {
    rule: Type.Enum(rules),
    course_id: Id,
    detail: Type.String({ description: "What is wrong, in words a student can act on" }),
  },
  { $id: "Violation", description: "One registration rule an enrollment would break" },
);

/** The rules an override may let through: any but a full course (a capacity is raised, never overridden). */
export const overridableRules = rules.filter(
  (rule) => rule !== "course-full" && rule !== "already-enrolled" && rule !== "already-completed",
);

export const Hold = Type.Object(
  {
    id: Id,
    student_id: Id,
    reason: Type.String(),
    created_at: Timestamp,
    created_by: Type.String({ description: "Who placed it (the token's name)" }),
    released_at: Type.Union([Timestamp, Type.Null()], { description: "Null while the hold is active" }),
    released_by: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: "Hold", description: "A hold stops the student's registration until it is released" },
);
export type Hold = Static<typeof Hold>;

export const HoldList = Type.Object({ data: Type.Array(ref(Hold)) }, { $id: "HoldList" });

export const HoldCreate = StrictObject({
  reason: TrimmedText(500, "Why, in words the student will see (e.g. Unpaid fees: contact the bursar)"),
});

export const Override = Type.Object(
  {
    id: Id,
    student_id: Id,
    course_id: Id,
    rules: Type.Array(Type.Enum(overridableRules)),
    reason: Type.String(),
    created_at: Timestamp,
    created_by: Type.String({ description: "Who granted it (the token's name)" }),
    revoked_at: Type.Union([Timestamp, Type.Null()], { description: "Null while the override is in force" }),
    revoked_by: Type.Union([Type.String(), Type.Null()]),
  },
  {
    $id: "Override",
    description: "Lets the named rules through for this student's enrollment in this course",
  },
);
export type Override = Static<typeof Override>;

export const OverrideList = Type.Object({ data: Type.Array(ref(Override)) }, { $id: "OverrideList" });

export const OverrideCreate = StrictObject({
  course_id: Id,
  rules: Type.Array(Type.Enum(overridableRules), {
    minItems: 1,
    maxItems: overridableRules.length,
    uniqueItems: true,
    description: "The rules to let through (course-full cannot be: raise the capacity instead)",
  }),
  reason: TrimmedText(500, "Why; recorded in the history of the enrollment it lets through"),
});
export type OverrideCreate = Static<typeof OverrideCreate>;

export const HoldParams = StrictObject({ student_id: Id, hold_id: Id });
export const OverrideParams = StrictObject({ student_id: Id, override_id: Id });

/** The registration endpoint's body. */
export const MAX_REGISTRATION_ITEMS = 20;
const CourseIds = (description: string) =>
  Type.Array(Id, { maxItems: MAX_REGISTRATION_ITEMS, uniqueItems: true, default: [], description });

export const RegistrationBody = StrictObject({
  add: CourseIds(`Courses to enroll in (up to ${MAX_REGISTRATION_ITEMS})`),
  drop: CourseIds(`Courses to drop (up to ${MAX_REGISTRATION_ITEMS}); the adds are judged without them`),
  waitlist: Type.Optional(
    Type.Boolean({
      description:
        "A full added course puts the student on its waitlist; the drops are then kept until its seat " +
        "comes, and dropped in the same transaction that seats the student (a swap)",
    }),
  ),
  dry_run: Type.Optional(Type.Boolean({ description: "Judge and answer, but change nothing" })),
});
export type RegistrationBody = Static<typeof RegistrationBody>;

export const RegistrationResult = Type.Object(
  {
    enrollments: Type.Array(ref(Enrollment), {
      description: "The added courses' enrollments, in the order asked",
    }),
    dropped: Type.Array(Id, { description: "The courses dropped now (not those kept for a swap)" }),
  },
  { $id: "RegistrationResult" },
);

export const RegistrationDryRun = Type.Object(
  {
    would_succeed: Type.Boolean(),
    violations: Type.Array(ref(Violation)),
    outcome: Type.Array(Type.Object({ course_id: Id, status: Type.Enum(["enrolled", "waitlisted"]) }), {
      description: "What each added course would become, when it would succeed",
    }),
    dropped: Type.Array(Id, { description: "The courses that would be dropped now" }),
  },
  { $id: "RegistrationDryRun" },
);
