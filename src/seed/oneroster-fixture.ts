/**
 * A reproducible OneRoster CSV set of any size, for tests and benchmarks: a district and its school, a school
 * year and a term, students and teachers, courses with one or two sections (classes) each, and enrollments of
 * students (in one section of each of their courses) and of each class's teacher. One class in eight carries a capacity (the `metadata.registrar.capacity`
 * extension column) small enough to fill up, so an import also fills waitlists; `plain` leaves extensions out.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writeCsvFile } from "../imports/csv.ts";
import { courseExtensionColumns, headers, manifestKey, type OneRosterVersion } from "../imports/oneroster.ts";
import { demoEmail, firstNames, lastNames, random } from "./people.ts";

const subjects = [
  ["CS", "Computer Science"],
  ["MATH", "Mathematics"],
  ["PHYS", "Physics"],
  ["CHEM", "Chemistry"],
  ["BIO", "Biology"],
  ["HIST", "History"],
  ["LIT", "Literature"],
  ["ECON", "Economics"],
  ["PHIL", "Philosophy"],
  ["ART", "Art"],
  ["MUS", "Music"],
  ["LING", "Linguistics"],
] as const;
const topics = ["Foundations", "Methods", "Seminar", "Laboratory", "Topics", "Studio", "Workshop", "Theory"];

export interface FixtureOptions {
  students: number;
  courses: number;
  enrollments: number;
  version: OneRosterVersion;
  plain?: boolean;
  seed?: number;
}

export interface FixtureSummary {
  files: Record<string, number>;
  students: number;
  courses: number;
  enrollments: number;
}

const pad = (n: number) => String(n).padStart(6, "0");
export const studentSourcedId = (n: number) => `stu-${pad(n)}`;
export const classSourcedId = (n: number) => `cls-${pad(n)}`;
const teacherSourcedId = (n: number) => `tch-${pad(n)}`;
const courseSourcedId = (n: number) => `crs-${pad(n)}`;

const DISTRICT = "org-district";
const SCHOOL = "org-school";
const YEAR = "as-2026";
const TERM = "as-2026-fall";

/** One row per header column, from a record of the columns that have values. */
const rowOf = (header: readonly string[], values: Record<string, unknown>) =>
  header.map((name) => values[name] ?? "");

export async function writeOneRosterFixture(
  directory: string,
  options: FixtureOptions,
): Promise<FixtureSummary> {
  const { version } = options;
  const next = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  await mkdir(directory, { recursive: true });
  const files: Record<string, number> = {};
  const write = async (file: string, header: readonly string[], rows: Iterable<readonly unknown[]>) => {
    files[file] = await writeCsvFile(join(directory, file), header, rows);
  };
  const teachers = Math.max(1, Math.ceil(options.courses / 5));
  const oneRosterCourses = Math.ceil(options.courses / 2);

  await write("orgs.csv", headers.both["orgs.csv"], [
    rowOf(headers.both["orgs.csv"], { sourcedId: DISTRICT, name: "Registrar District", type: "district" }),
    rowOf(headers.both["orgs.csv"], {
      sourcedId: SCHOOL,
      name: "Registrar High School",
      type: "school",
      parentSourcedId: DISTRICT,
    }),
  ]);
  const sessions = headers.both["academicSessions.csv"];
  await write("academicSessions.csv", sessions, [
    rowOf(sessions, {
      sourcedId: YEAR,
      title: "2026–2027",
      type: "schoolYear",
      startDate: "2026-08-15",
      endDate: "2027-06-15",
      schoolYear: "2027",
    }),
    rowOf(sessions, {
      sourcedId: TERM,
      title: "Fall 2026",
      type: "term",
      startDate: "2026-08-15",
      endDate: "2026-12-20",
      parentSourcedId: YEAR,
      schoolYear: "2027",
    }),
  ]);

  const userHeader = version === "1.1" ? headers["1.1"]["users.csv"] : headers["1.2"]["users.csv"];
  const user = (sourcedId: string, role: string, first: string, last: string, email: string) =>
    rowOf(userHeader, {
      sourcedId,
      enabledUser: "true",
      orgSourcedIds: SCHOOL,
      primaryOrgSourcedId: SCHOOL,
      role,
      username: email.split("@")[0],
      givenName: first,
      familyName: last,
      email,
      grades: role === "student" ? pick(["09", "10", "11", "12"]) : "",
    });
  function* users() {
    for (let n = 1; n <= options.students; n++) {
      const first = pick(firstNames);
      const last = pick(lastNames);
      yield user(studentSourcedId(n), "student", first, last, demoEmail(first, last, n));
    }
    for (let n = 1; n <= teachers; n++) {
      const first = pick(firstNames);
      const last = pick(lastNames);
      yield user(teacherSourcedId(n), "teacher", first, last, `teacher.${n}@example.edu`);
    }
  }
  await write("users.csv", userHeader, users());

  if (version === "1.2") {
    const roles = headers["1.2"]["roles.csv"];
    function* roleRows() {
      for (let n = 1; n <= options.students; n++) {
        const sourcedId = studentSourcedId(n);
        yield rowOf(roles, {
          sourcedId: `role-${sourcedId}`,
          userSourcedId: sourcedId,
          roleType: "primary",
          role: "student",
          orgSourcedId: SCHOOL,
        });
      }
      for (let n = 1; n <= teachers; n++) {
        const sourcedId = teacherSourcedId(n);
        yield rowOf(roles, {
          sourcedId: `role-${sourcedId}`,
          userSourcedId: sourcedId,
          roleType: "primary",
          role: "teacher",
          orgSourcedId: SCHOOL,
        });
      }
    }
    await write("roles.csv", roles, roleRows());
  }

  const courseCodes: string[] = [];
  const courseTitles: string[] = [];
  const courseHeader = headers.both["courses.csv"];
  await write(
    "courses.csv",
    courseHeader,
    Array.from({ length: oneRosterCourses }, (_, index) => {
      const [prefix, subject] = subjects[index % subjects.length] as (typeof subjects)[number];
      const level = 100 + Math.floor(index / subjects.length) * 10;
      courseCodes.push(`${prefix}${level}`);
      courseTitles.push(`${subject} ${pick(topics)} ${Math.floor(index / subjects.length) + 1}`);
      return rowOf(courseHeader, {
        sourcedId: courseSourcedId(index + 1),
        schoolYearSourcedId: YEAR,
        title: courseTitles[index],
        courseCode: courseCodes[index],
        orgSourcedId: SCHOOL,
        subjects: subject,
      });
    }),
  );

  const perStudent =
    options.students === 0
      ? 0
      : Math.min(oneRosterCourses, Math.ceil(options.enrollments / options.students));
  const averageDemand = options.courses === 0 ? 0 : options.enrollments / options.courses;
  const classHeader = options.plain
    ? headers.both["classes.csv"]
    : [...headers.both["classes.csv"], courseExtensionColumns.capacity];
  await write(
    "classes.csv",
    classHeader,
    Array.from({ length: options.courses }, (_, index) => {
      const course = index % oneRosterCourses;
      const section = Math.floor(index / oneRosterCourses) + 1;
      return rowOf(classHeader, {
        sourcedId: classSourcedId(index + 1),
        title: `${courseTitles[course] ?? ""} (section ${section})`,
        courseSourcedId: courseSourcedId(course + 1),
        classCode: `${courseCodes[course] ?? ""}-${section}`,
        classType: "scheduled",
        schoolSourcedId: SCHOOL,
        termSourcedIds: TERM,
        periods: String((index % 8) + 1),
        [courseExtensionColumns.capacity]:
          index % 8 === 0 ? String(Math.max(1, Math.floor(averageDemand * 0.6))) : "",
      });
    }),
  );

  const enrollmentHeader = headers.both["enrollments.csv"];
  let enrollments = 0;
  function* enrollmentRows() {
    let id = 0;
    for (let n = 1; n <= options.students && enrollments < options.enrollments; n++) {
      // One section of each chosen course: the registration rules refuse a second section of a course.
      const chosen = new Set<number>();
      while (chosen.size < perStudent) chosen.add(Math.floor(next() * oneRosterCourses));
      for (const course of chosen) {
        const sections = Math.floor((options.courses - 1 - course) / oneRosterCourses) + 1;
        const index = course + Math.floor(next() * sections) * oneRosterCourses;
        if (enrollments >= options.enrollments) break;
        enrollments++;
        yield rowOf(enrollmentHeader, {
          sourcedId: `enr-${++id}`,
          classSourcedId: classSourcedId(index + 1),
          schoolSourcedId: SCHOOL,
          userSourcedId: studentSourcedId(n),
          role: "student",
          primary: "false",
        });
      }
    }
    for (let index = 0; index < options.courses; index++) {
      yield rowOf(enrollmentHeader, {
        sourcedId: `enr-${++id}`,
        classSourcedId: classSourcedId(index + 1),
        schoolSourcedId: SCHOOL,
        userSourcedId: teacherSourcedId((index % teachers) + 1),
        role: "teacher",
        primary: "true",
      });
    }
  }
  await write("enrollments.csv", enrollmentHeader, enrollmentRows());

  const present = new Set([...Object.keys(files)]);
  const manifestFiles = [
    "academicSessions",
    "categories",
    "classes",
    "classResources",
    "courses",
    "courseResources",
    "demographics",
    "enrollments",
    "lineItems",
    "orgs",
    "resources",
    "results",
    ...(version === "1.2" ? ["roles", "userProfiles", "userResources"] : []),
    "users",
  ];
  await write(
    "manifest.csv",
    ["propertyName", "value"],
    [
      ["manifest.version", "1.0"],
      ["oneroster.version", version],
      ...manifestFiles.map((file) => [
        manifestKey(`${file}.csv`),
        present.has(`${file}.csv`) ? "bulk" : "absent",
      ]),
      ["source.systemName", "Registrar fixture generator"],
      ["source.systemCode", "registrar-fixtures"],
    ],
  );
  return { files, students: options.students, courses: options.courses, enrollments };
}
