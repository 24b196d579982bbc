import { Type, type Static } from "typebox";
import {
  CalendarDate,
  Id,
  ListQuery,
  OrNull,
  Page,
  PatchObject,
  SourcedId,
  StrictObject,
  Timestamp,
  TimestampInput,
  TrimmedText,
} from "../http/schemas.ts";

const MaxCredits = Type.Number({ exclusiveMinimum: 0, maximum: 1000 });

export const Term = Type.Object(
  {
    id: Id,
    code: Type.String(),
    name: Type.String(),
    starts_on: Type.String({ format: "date" }),
    ends_on: Type.String({ format: "date" }),
    registration_opens_at: Type.Union([Timestamp, Type.Null()]),
    registration_closes_at: Type.Union([Timestamp, Type.Null()]),
    add_drop_ends_on: Type.Union([Type.String({ format: "date" }), Type.Null()]),
    max_credits: Type.Union([Type.Number(), Type.Null()]),
    sourced_id: SourcedId,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  {
    $id: "Term",
    description:
      "An academic term. Courses (sections) belong to at most one term; a term with courses cannot be deleted.",
  },
);
export type Term = Static<typeof Term>;

const requiredTermFields = {
  code: TrimmedText(32, "Term code (e.g. 2027SP), unique without regard to letter case; stored trimmed"),
  name: TrimmedText(100, "Name (e.g. Spring 2027); stored trimmed"),
  starts_on: CalendarDate,
  ends_on: { ...CalendarDate, description: "The last day of the term; not before starts_on" },
};
const optionalTermFields = {
  registration_opens_at: Type.Optional(
    OrNull(TimestampInput, "When students may start registering; null: no lower bound"),
  ),
  registration_closes_at: Type.Optional(
    OrNull(TimestampInput, "When registration closes; after registration_opens_at; null: no upper bound"),
  ),
  add_drop_ends_on: Type.Optional(
    OrNull(
      CalendarDate,
      "The last day students may add or drop on their own (staff still may); not after ends_on; null: none",
    ),
  ),
  max_credits: Type.Optional(
    OrNull(MaxCredits, "The most credits a student may take in the term (> 0); null: no limit"),
  ),
};

export const TermCreate = StrictObject({ ...requiredTermFields, ...optionalTermFields });
export type TermCreate = Static<typeof TermCreate>;

export const TermPatch = PatchObject({ ...requiredTermFields, ...optionalTermFields });
export type TermPatch = Static<typeof TermPatch>;

export const termSortFields = ["starts_on", "code", "name", "id"] as const;
export const TermListQuery = ListQuery(termSortFields, "starts_on");
export type TermListQuery = Static<typeof TermListQuery>;

export const TermPage = Page(Term);

export const TermIdParams = StrictObject({ term_id: Id });
