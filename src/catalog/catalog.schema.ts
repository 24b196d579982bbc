import { Type, type Static, type TSchema } from "typebox";
import {
  Id,
  ListQuery,
  OrNull,
  Page,
  PatchObject,
  SourcedId,
  StrictObject,
  Text,
  Timestamp,
  TrimmedText,
} from "../http/schemas.ts";

export const MAX_PREREQUISITE_GROUPS = 10;
export const MAX_PREREQUISITE_ITEMS = 10;

export const MinGrade = Type.String({
  pattern: "^[A-D][+-]?$",
  maxLength: 2,
  "x-error-message": "must be a passing letter grade A+ … D-",
  description: "The lowest grade that meets the item (A+ > A > A- > … > D-); P meets any minimum",
});

const PrerequisiteItem = Type.Object({
  catalog_id: Id,
  min_grade: Type.Optional(Type.String({ description: "Absent: any passing grade" })),
  concurrent: Type.Optional(Type.Literal(true, { description: "Also met in the same term (a corequisite)" })),
});
export type PrerequisiteItem = Static<typeof PrerequisiteItem>;

/** What an item says besides the entry it names (an import names entries by sourcedId instead of id). */
export const prerequisiteItemFields = {
  min_grade: Type.Optional(MinGrade),
  concurrent: Type.Optional(
    Type.Boolean({
      description:
        "true: an enrolled or waitlisted section of it in the same term also meets it (a corequisite)",
    }),
  ),
};

const PrerequisiteItemInput = StrictObject({ catalog_id: Id, ...prerequisiteItemFields });
export type PrerequisiteItemInput = Static<typeof PrerequisiteItemInput>;

const prerequisitesDescription =
  "An AND of OR-groups: every inner list must be met by one of its items. An item is met by a completed " +
  "section of that catalog entry with at least min_grade (any passing grade without one; P meets any " +
  "minimum, F and NP none), by an enrolled section of it in a term that ends before the target section's " +
  "term starts, and, when concurrent, by an enrolled or waitlisted section of it in the same term. An entry " +
  "may not require itself, directly or through others (400 prerequisite-cycle).";

export const CatalogEntry = Type.Object(
  {
    id: Id,
    code: Type.String(),
    title: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    credits: Type.Union([Type.Number(), Type.Null()]),
    prerequisites: Type.Array(Type.Array(PrerequisiteItem), { description: prerequisitesDescription }),
    sourced_id: SourcedId,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  {
    $id: "CatalogEntry",
    description: "What courses are sections of (OneRoster's course; a Registrar course is its class)",
  },
);
export type CatalogEntry = Static<typeof CatalogEntry>;

/** Prerequisites as a client (or an import) gives them: up to ten groups of one to ten items. */
export const PrerequisiteGroups = <Item extends TSchema>(item: Item) =>
  Type.Array(
    Type.Array(item, {
      minItems: 1,
      maxItems: MAX_PREREQUISITE_ITEMS,
      description: `1 to ${MAX_PREREQUISITE_ITEMS} items, any one of which meets the group`,
    }),
    {
      maxItems: MAX_PREREQUISITE_GROUPS,
      description: `${prerequisitesDescription} Up to ${MAX_PREREQUISITE_GROUPS} groups; [] for none.`,
    },
  );

const requiredCatalogFields = {
  code: TrimmedText(32, "Catalog code (e.g. CS201), unique without regard to letter case; stored trimmed"),
  title: TrimmedText(200, "Title; stored trimmed"),
};
const optionalCatalogFields = {
  description: Type.Optional(OrNull(Text({ maxLength: 10_000 }), "Free text, or null")),
  credits: Type.Optional(
    OrNull(
      Type.Number({ minimum: 0, maximum: 1000 }),
      "Credit value (≥ 0), or null; the credits of its sections that have none of their own",
    ),
  ),
  prerequisites: Type.Optional(PrerequisiteGroups(PrerequisiteItemInput)),
};

export const CatalogCreate = StrictObject({ ...requiredCatalogFields, ...optionalCatalogFields });
export type CatalogCreate = Static<typeof CatalogCreate>;

export const CatalogPatch = PatchObject({ ...requiredCatalogFields, ...optionalCatalogFields });
export type CatalogPatch = Static<typeof CatalogPatch>;

export const catalogSortFields = ["code", "title", "created_at", "id"] as const;
export const CatalogListQuery = ListQuery(catalogSortFields, "code");
export type CatalogListQuery = Static<typeof CatalogListQuery>;

export const CatalogPage = Page(CatalogEntry);

export const CatalogIdParams = StrictObject({ catalog_id: Id });
