/**
 * Reads a OneRoster CSV set into plain rows and checks everything that needs no database: required ids and
 * columns, field rules (the API's own validators), duplicate sourcedIds, duplicate emails and codes within the
 * set, and references between the files. What needs the database (a sourcedId that only the database knows, an
 * email another student already has, a cycle of prerequisites through entries only it has) is checked by the
 * planner. Each kind of row has its reader: read-users.ts, read-calendar.ts, read-classes.ts; enrollments are
 * read here.
 */
import type { FileSummary } from "./import.schema.ts";
import { modelledFiles, type OneRosterFile, type OneRosterVersion } from "./oneroster.ts";
import { readCatalog, type RosterCatalog } from "./read-catalog.ts";
import { readSessions, type RosterSessions } from "./read-terms.ts";
import { readClasses, type RosterCourse } from "./read-classes.ts";
import { cell, checkSourcedId, isDeleted, RejectList, SetReader, type ProgressListener } from "./read-set.ts";
import { readUsers, type RosterUsers, type Unusable } from "./read-users.ts";
import type { ImportSource } from "./source.ts";

/** Student enrollments as parallel arrays: a term's 1M rows stay three arrays rather than 1M objects. */
export interface RosterEnrollments {
  users: string[];
  classes: string[];
  lines: number[];
}

/** An enrollment with role teacher: the user teaches the class (the primary teacher first). */
export interface RosterTeaching {
  user: string;
  klass: string;
  primary: boolean;
  line: number;
}

export interface Roster extends Omit<RosterUsers, "usersHeaderHasRole"> {
  version: OneRosterVersion;
  sessions: RosterSessions;
  catalog: RosterCatalog;
  courses: RosterCourse[];
  enrollments: RosterEnrollments;
  teachings: RosterTeaching[];
  /** Classes whose row was rejected or skipped, by sourcedId. */
  otherClasses: Unusable;
  /** Whether the set has a courses.csv: without one, a class's courseSourcedId can only name the database's. */
  hasCourses: boolean;
  summaries: Map<string, FileSummary>;
  rejects: RejectList;
}

async function readManifest(reader: SetReader): Promise<Map<string, { value: string; line: number }>> {
  const manifest = new Map<string, { value: string; line: number }>();
  await reader.read("manifest.csv", ["propertyName", "value"], (values, line, columns, summary) => {
    manifest.set(cell(values, columns.propertyName), { value: cell(values, columns.value), line });
    summary.skipped++;
  });
  return manifest;
}

/**
 * Follows the manifest: a file it marks absent is not read even when present; a file it lists as bulk or delta
 * must be there.
 */
function applyManifest(reader: SetReader, manifest: Map<string, { value: string; line: number }>): void {
  for (const [key, { value, line }] of manifest) {
    if (!key.startsWith("file.")) continue;
    const file = `${key.slice("file.".length)}.csv` as OneRosterFile;
    if (value === "absent") reader.ignore(file);
    else if ((value === "bulk" || value === "delta") && !reader.has(file)) {
      reader.rejects.add(
        "manifest.csv",
        line,
        "value",
        `the manifest lists ${file} (${value}), but the set has no such file`,
      );
    }
  }
}

function versionOf(
  reader: SetReader,
  manifest: Map<string, { value: string; line: number }>,
  usersHeaderHasRole: boolean | undefined,
): OneRosterVersion {
  const entry = manifest.get("oneroster.version");
  const declared = entry?.value;
  if (declared === "1.1" || declared === "1.2") return declared;
  if (entry !== undefined && declared !== "") {
    reader.rejects.add(
      "manifest.csv",
      entry.line,
      "value",
      `oneroster.version ${declared} is not supported (1.1 and 1.2 are); read as ${reader.has("roles.csv") ? "1.2" : "1.1"}`,
    );
  }
  return reader.has("roles.csv") || usersHeaderHasRole === false ? "1.2" : "1.1";
}

/** enrollments.csv: student and teacher enrollments; the planner resolves their references. */
async function readEnrollments(reader: SetReader) {
  const enrollments: RosterEnrollments = { users: [], classes: [], lines: [] };
  const teachings: RosterTeaching[] = [];
  const enrollmentIds = new Map<string, number>();
  await reader.read(
    "enrollments.csv",
    ["sourcedId", "classSourcedId", "userSourcedId", "role"],
    (values, line, columns, summary) => {
      const id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "enrollments.csv", id, line, enrollmentIds)) return;
      const role = cell(values, columns.role);
      if (role === "") {
        reader.rejects.add("enrollments.csv", line, "role", "role is required");
        return;
      }
      if ((role !== "student" && role !== "teacher") || isDeleted(values, columns)) {
        summary.skipped++;
        return;
      }
      const user = cell(values, columns.userSourcedId);
      const klass = cell(values, columns.classSourcedId);
      if (user === "") {
        reader.rejects.add("enrollments.csv", line, "userSourcedId", "userSourcedId is required");
        return;
      }
      if (klass === "") {
        reader.rejects.add("enrollments.csv", line, "classSourcedId", "classSourcedId is required");
        return;
      }
      if (role === "teacher") {
        teachings.push({ user, klass, primary: cell(values, columns.primary) === "true", line });
        return;
      }
      enrollments.users.push(user);
      enrollments.classes.push(klass);
      enrollments.lines.push(line);
    },
  );
  return { enrollments, teachings };
}

export async function readRoster(source: ImportSource, onProgress: ProgressListener): Promise<Roster> {
  const reader = new SetReader(source, onProgress);
  const manifest = await readManifest(reader);
  applyManifest(reader, manifest);
  const { usersHeaderHasRole, ...users } = await readUsers(reader);
  const version = versionOf(reader, manifest, usersHeaderHasRole);
  const sessions = await readSessions(reader);
  const catalog = await readCatalog(reader);
  const { courses, otherClasses } = await readClasses(reader, catalog);
  const { enrollments, teachings } = await readEnrollments(reader);
  const modelled = new Set<string>(modelledFiles);
  for (const file of reader.files) {
    if (!modelled.has(file)) await reader.skipAll(file);
  }
  return {
    version,
    ...users,
    sessions,
    catalog,
    courses,
    enrollments,
    teachings,
    otherClasses,
    hasCourses: reader.has("courses.csv"),
    summaries: reader.summaries,
    rejects: reader.rejects,
  };
}
