/**
 * The parts of the 1EdTech OneRoster 1.1 and 1.2 CSV bindings that Registrar reads and writes: file names and
 * header rows. Columns are always found by their header name, never by position, so the small differences
 * between the versions (users.csv lost `role` and `orgSourcedIds` in 1.2 and gained roles.csv) need no
 * separate code paths.
 */
export const oneRosterVersions = ["1.1", "1.2"] as const;
export type OneRosterVersion = (typeof oneRosterVersions)[number];

/** Every CSV file either version defines; any other file in a set is ignored (and not reported). */
export const oneRosterFiles = [
  "manifest.csv",
  "academicSessions.csv",
  "categories.csv",
  "classes.csv",
  "classResources.csv",
  "courses.csv",
  "courseResources.csv",
  "demographics.csv",
  "enrollments.csv",
  "lineItemLearningObjectiveIds.csv",
  "lineItems.csv",
  "lineItemScoreScales.csv",
  "orgs.csv",
  "resources.csv",
  "resultLearningObjectiveIds.csv",
  "results.csv",
  "resultScoreScales.csv",
  "roles.csv",
  "scoreScales.csv",
  "userProfiles.csv",
  "userResources.csv",
  "users.csv",
] as const;
export type OneRosterFile = (typeof oneRosterFiles)[number];

/** The files whose rows become (or describe) Registrar records, in the order they are read. */
export const modelledFiles = [
  "manifest.csv",
  "roles.csv",
  "users.csv",
  "academicSessions.csv",
  "courses.csv",
  "classes.csv",
  "enrollments.csv",
] as const;

/** Extension columns (OneRoster's `metadata.*`) on classes.csv: the course fields OneRoster has no place for. */
export const courseExtensionColumns = {
  capacity: "metadata.registrar.capacity",
  credits: "metadata.registrar.credits",
  description: "metadata.registrar.description",
  meetings: "metadata.registrar.meetings",
} as const;

/** Extension columns on courses.csv: the catalog entry's fields, and the mark of a placeholder course. */
export const catalogExtensionColumns = {
  credits: "metadata.registrar.credits",
  description: "metadata.registrar.description",
  prerequisites: "metadata.registrar.prerequisites",
  placeholder: "metadata.registrar.placeholder",
} as const;

/** Extension columns on academicSessions.csv: the term fields OneRoster has no place for. */
export const termExtensionColumns = {
  code: "metadata.registrar.code",
  registration_opens_at: "metadata.registrar.registration_opens_at",
  registration_closes_at: "metadata.registrar.registration_closes_at",
  add_drop_ends_on: "metadata.registrar.add_drop_ends_on",
  max_credits: "metadata.registrar.max_credits",
} as const;

const common = ["sourcedId", "status", "dateLastModified"] as const;

export const headers = {
  "1.1": {
    "users.csv": [
      ...common,
      "enabledUser",
      "orgSourcedIds",
      "role",
      "username",
      "userIds",
      "givenName",
      "familyName",
      "middleName",
      "identifier",
      "email",
      "sms",
      "phone",
      "agentSourcedIds",
      "grades",
      "password",
    ],
  },
  "1.2": {
    "users.csv": [
      ...common,
      "enabledUser",
      "username",
      "userIds",
      "givenName",
      "familyName",
      "middleName",
      "identifier",
      "email",
      "sms",
      "phone",
      "agentSourcedIds",
      "grades",
      "password",
      "userMasterIdentifier",
      "resourceSourcedIds",
      "preferredGivenName",
      "preferredMiddleName",
      "preferredFamilyName",
      "primaryOrgSourcedId",
      "pronouns",
    ],
    "roles.csv": [
      ...common,
      "userSourcedId",
      "roleType",
      "role",
      "beginDate",
      "endDate",
      "orgSourcedId",
      "userProfileSourcedId",
    ],
  },
  /** The same in both versions. */
  both: {
    "orgs.csv": [...common, "name", "type", "identifier", "parentSourcedId"],
    "academicSessions.csv": [
      ...common,
      "title",
      "type",
      "startDate",
      "endDate",
      "parentSourcedId",
      "schoolYear",
    ],
    "courses.csv": [
      ...common,
      "schoolYearSourcedId",
      "title",
      "courseCode",
      "grades",
      "orgSourcedId",
      "subjects",
      "subjectCodes",
    ],
    "classes.csv": [
      ...common,
      "title",
      "grades",
      "courseSourcedId",
      "classCode",
      "classType",
      "location",
      "schoolSourcedId",
      "termSourcedIds",
      "subjects",
      "subjectCodes",
      "periods",
    ],
    "enrollments.csv": [
      ...common,
      "classSourcedId",
      "schoolSourcedId",
      "userSourcedId",
      "role",
      "primary",
      "beginDate",
      "endDate",
    ],
  },
} as const;

/** The manifest's file.* entry for a CSV file: manifest.csv names each file without its extension. */
export const manifestKey = (file: string): string => `file.${file.replace(/\.csv$/, "")}`;
