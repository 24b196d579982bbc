import { describe, expect, it } from "vitest";
import { CatalogCreate } from "../../src/catalog/catalog.schema.ts";
import { CourseCreate, type Meeting, weekdays } from "../../src/courses/course.schema.ts";
import { compileValidator } from "../../src/http/validation.ts";
import { InstructorCreate } from "../../src/instructors/instructor.schema.ts";
import { generateDemoData, type DemoData } from "../../src/seed/demo-data.ts";
import { StudentCreate } from "../../src/students/student.schema.ts";
import { TermCreate } from "../../src/terms/term.schema.ts";

/** What `npm run db:seed` makes by default. */
const school = generateDemoData({ students: 200, courses: 40, enrollments: 1600 });

const meetingsOf = (data: DemoData, course_id: number) =>
  JSON.parse(data.courses[course_id - 1]?.meetings ?? "[]") as Meeting[];
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const overlap = (a: Meeting, b: Meeting) =>
  a.days.some((day) => b.days.includes(day)) &&
  minutes(a.starts_at) < minutes(b.ends_at) &&
  minutes(b.starts_at) < minutes(a.ends_at);
const anyOverlap = (meetings: Meeting[]) =>
  meetings.some((a, i) => meetings.slice(i + 1).some((b) => overlap(a, b)));

/** The catalog's rule: P meets any minimum, F and NP none, no minimum means any passing grade. */
const passing = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-"];
const meets = (grade: string | null | undefined, min: string | null) =>
  grade === "P" ||
  (grade != null &&
    passing.includes(grade) &&
    (min === null || passing.indexOf(grade) <= passing.indexOf(min)));

describe("the demo school", () => {
  it("has two terms, Fall 2026 then Spring 2027, with registration windows, add/drop dates and 18 credits", () => {
    expect(school.terms.map((term) => [term.code, term.name])).toEqual([
      ["2026FA", "Fall 2026"],
      ["2027SP", "Spring 2027"],
    ]);
    for (const term of school.terms) {
      expect(term.starts_on < term.ends_on).toBe(true);
      const {
        registration_opens_at: opens,
        registration_closes_at: closes,
        add_drop_ends_on: addDrop,
      } = term;
      expect(opens && closes && opens < closes && opens < term.starts_on).toBeTruthy();
      expect(addDrop && addDrop > term.starts_on && addDrop < term.ends_on).toBeTruthy();
      expect(term.max_credits).toBe(18);
    }
    const [fall, spring] = school.terms;
    expect(fall && spring && fall.ends_on < spring.starts_on).toBe(true);
  });

  it("has a catalog of about twenty entries in several departments, with credits", () => {
    expect(school.catalog.length).toBeGreaterThanOrEqual(18);
    expect(school.catalog.length).toBeLessThanOrEqual(24);
    const departments = new Set(school.catalog.map((entry) => entry.code.replace(/\d.*$/, "")));
    expect(departments.size).toBeGreaterThanOrEqual(4);
    for (const entry of school.catalog) expect(entry.credits).toBeGreaterThan(0);
  });

  it("has prerequisites that name existing entries and never lead back to where they start", () => {
    const { catalog, catalog_prerequisites: items } = school;
    for (const item of items) {
      expect(item.required_id).toBeGreaterThanOrEqual(1);
      expect(item.required_id).toBeLessThanOrEqual(catalog.length);
      expect(item.required_id).not.toBe(item.catalog_id);
    }
    const requires = (id: number) =>
      items.filter((item) => item.catalog_id === id).map((item) => item.required_id);
    const reaches = (from: number, target: number, seen = new Set<number>()): boolean =>
      requires(from).some(
        (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
      );
    for (const id of catalog.keys()) expect(reaches(id + 1, id + 1), catalog[id]?.code).toBe(false);
  });

  it("has prerequisite chains with an OR-group, a minimum grade and a corequisite", () => {
    const items = school.catalog_prerequisites;
    const group = (id: number, number: number) =>
      items.filter((item) => item.catalog_id === id && item.group_number === number);
    const orGroups = items.filter((item) => group(item.catalog_id, item.group_number).length > 1);
    expect(orGroups.length).toBeGreaterThan(0);
    expect(items.some((item) => item.min_grade !== null)).toBe(true);
    expect(items.some((item) => item.concurrent === 1)).toBe(true);
    // A chain: an entry that requires one that itself requires another.
    const requiring = new Set(items.map((item) => item.catalog_id));
    expect(items.some((item) => requiring.has(item.required_id))).toBe(true);
  });

  it("offers sections of the catalog in both terms, some twice, with codes unique in any letter case", () => {
    const { courses, catalog } = school;
    expect(courses).toHaveLength(40);
    expect(new Set(courses.map((course) => course.code.toLowerCase())).size).toBe(courses.length);
    expect(new Set(courses.map((course) => course.term_id))).toEqual(new Set([1, 2]));
    for (const course of courses) {
      const entry = catalog[(course.catalog_id ?? 0) - 1];
      expect(course.code).toMatch(new RegExp(`^${entry?.code ?? "?"}-\\d{2}-(FA26|SP27)$`));
      expect(course.code.endsWith(course.term_id === 1 ? "FA26" : "SP27")).toBe(true);
      expect(course.title).toBe(entry?.title);
      // A section's credits are its catalog entry's (the API falls back to them).
      expect(course.credits).toBeNull();
    }
    const sectionsPerOffering = new Map<string, number>();
    for (const { catalog_id, term_id } of courses) {
      const key = `${catalog_id}:${term_id}`;
      sectionsPerOffering.set(key, (sectionsPerOffering.get(key) ?? 0) + 1);
    }
    expect([...sectionsPerOffering.values()].some((count) => count === 2)).toBe(true);
  });

  it("gives every section weekly meetings that end after they start, with days in week order and a room", () => {
    for (const [index, course] of school.courses.entries()) {
      const meetings = meetingsOf(school, index + 1);
      expect(meetings.length, course.code).toBeGreaterThan(0);
      for (const { days, starts_at, ends_at, room } of meetings) {
        expect(days.length).toBeGreaterThan(0);
        const order = days.map((day) => weekdays.indexOf(day));
        expect(
          order.every((position, i) => position >= 0 && (i === 0 || position > (order[i - 1] ?? 7))),
        ).toBe(true);
        expect(starts_at).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(ends_at).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(minutes(ends_at)).toBeGreaterThan(minutes(starts_at));
        expect(room).toMatch(/^[A-Z]+ \d+$/);
      }
    }
  });

  it("meets in the usual patterns: Monday, Wednesday and Friday for 50 minutes, Tuesday and Thursday for 75", () => {
    const all = school.courses.flatMap((_, index) => meetingsOf(school, index + 1));
    const pattern = (meeting: Meeting) =>
      `${meeting.days.join(",")} ${minutes(meeting.ends_at) - minutes(meeting.starts_at)}`;
    const patterns = new Set(all.map(pattern));
    expect(patterns).toContain("mon,wed,fri 50");
    expect(patterns).toContain("tue,thu 75");
  });

  it("never books a room twice at the same time in a term", () => {
    for (const term_id of [1, 2]) {
      const inRoom = new Map<string, Meeting[]>();
      school.courses.forEach((course, index) => {
        if (course.term_id !== term_id) return;
        for (const meeting of meetingsOf(school, index + 1)) {
          const booked = inRoom.get(meeting.room ?? "") ?? [];
          expect(
            booked.some((other) => overlap(other, meeting)),
            `${meeting.room} ${course.code}`,
          ).toBe(false);
          inRoom.set(meeting.room ?? "", [...booked, meeting]);
        }
      });
    }
  });

  it("has about twelve instructors, one or two on every section, none in two places at once", () => {
    const { instructors, course_instructors, courses } = school;
    expect(instructors.length).toBeGreaterThanOrEqual(8);
    expect(instructors.length).toBeLessThanOrEqual(16);
    for (const course_id of courses.keys()) {
      const teaching = course_instructors.filter((row) => row.course_id === course_id + 1);
      expect(teaching.length).toBeGreaterThanOrEqual(1);
      expect(teaching.length).toBeLessThanOrEqual(2);
      expect(new Set(teaching.map((row) => row.instructor_id)).size).toBe(teaching.length);
      expect(teaching.map((row) => row.position)).toEqual(teaching.map((_, position) => position));
    }
    expect(course_instructors.some((row) => row.position === 1)).toBe(true);
    instructors.forEach((_, index) => {
      const taught = course_instructors.filter((row) => row.instructor_id === index + 1);
      expect(taught.length).toBeGreaterThan(0);
      for (const term_id of [1, 2]) {
        const meetings = taught
          .filter((row) => courses[row.course_id - 1]?.term_id === term_id)
          .flatMap((row) => meetingsOf(school, row.course_id));
        expect(anyOverlap(meetings)).toBe(false);
      }
    });
    expect(new Set(instructors.map((instructor) => instructor.email)).size).toBe(instructors.length);
  });

  it("ends Fall with grades (and a few drops), and has Spring registration under way", () => {
    const fall = school.enrollments.filter((row) => school.courses[row.course_id - 1]?.term_id === 1);
    const spring = school.enrollments.filter((row) => school.courses[row.course_id - 1]?.term_id === 2);
    expect(fall.length).toBeGreaterThan(0);
    expect(spring.length).toBeGreaterThan(0);
    for (const row of fall) {
      expect(["completed", "dropped"]).toContain(row.status);
      if (row.status === "completed") expect(row.grade).toMatch(/^([A-D][+-]?|F|P|NP)$/);
      else expect(row.grade).toBeNull();
    }
    expect(fall.filter((row) => row.status === "dropped").length).toBeGreaterThan(0);
    for (const row of spring) {
      expect(["enrolled", "waitlisted"]).toContain(row.status);
      expect(row.grade).toBeNull();
    }
  });

  it("fills some Spring sections and puts the rest of their students on a waitlist, never over capacity", () => {
    const { courses, enrollments } = school;
    expect(enrollments.some((row) => row.status === "waitlisted")).toBe(true);
    courses.forEach((course, index) => {
      const rows = enrollments.filter((row) => row.course_id === index + 1);
      const seated = rows.filter((row) => row.status === "enrolled").length;
      const queue = rows.filter((row) => row.status === "waitlisted");
      expect(seated).toBeLessThanOrEqual(course.capacity ?? Infinity);
      if (queue.length > 0) expect(seated).toBe(course.capacity);
      expect(queue.map((row) => row.waitlist_order)).toEqual(queue.map((_, position) => position + 1));
    });
  });

  it("keeps the registration rules for every student: one section per entry and term, no overlapping meetings, at most the term's credits, prerequisites met", () => {
    const { courses, catalog, catalog_prerequisites: items, enrollments, terms } = school;
    const byStudent = Map.groupBy(enrollments, (row) => row.student_id);
    for (const [student_id, rows] of byStudent) {
      const courseOf = (row: (typeof rows)[number]) =>
        courses[row.course_id - 1] ?? { code: "?", term_id: 0, catalog_id: 0 };
      for (const [term_index, term] of terms.entries()) {
        const inTerm = rows.filter((row) => courseOf(row).term_id === term_index + 1);
        const entries = inTerm.map((row) => courseOf(row).catalog_id);
        expect(new Set(entries).size, `student ${student_id}`).toBe(entries.length);
        const credits = entries.reduce((sum: number, id) => sum + (catalog[(id ?? 0) - 1]?.credits ?? 0), 0);
        expect(credits).toBeLessThanOrEqual(term.max_credits ?? Infinity);
        expect(anyOverlap(inTerm.flatMap((row) => meetingsOf(school, row.course_id)))).toBe(false);
      }
      for (const row of rows) {
        const { catalog_id, term_id } = courseOf(row);
        const groups = Map.groupBy(
          items.filter((item) => item.catalog_id === catalog_id),
          (item) => item.group_number,
        );
        for (const group of groups.values()) {
          const met = group.some((item) =>
            rows.some((other) => {
              const course = courseOf(other);
              if (course.catalog_id !== item.required_id) return false;
              if (item.concurrent === 1 && course.term_id === term_id) return true;
              return (
                (course.term_id ?? 0) < (term_id ?? 0) &&
                other.status === "completed" &&
                meets(other.grade, item.min_grade ?? null)
              );
            }),
          );
          expect(met, `student ${student_id} in ${courseOf(row).code}`).toBe(true);
        }
      }
    }
    // The follow-on courses are taken: the prerequisites are not just met by nobody taking them.
    const followOn = new Set(items.map((item) => item.catalog_id));
    expect(
      enrollments.filter((row) => followOn.has(courses[row.course_id - 1]?.catalog_id ?? 0)).length,
    ).toBeGreaterThan(100);
  });

  it("is made only of records the API itself would accept", () => {
    const check = (schema: Parameters<typeof compileValidator>[0], records: unknown[]) => {
      const validate = compileValidator(schema);
      return records.flatMap((record) => validate(record).map((error) => ({ record, error })));
    };
    expect(
      check(
        StudentCreate,
        school.students.map(({ first_name, last_name, email }) => ({ first_name, last_name, email })),
      ),
    ).toEqual([]);
    expect(
      check(
        InstructorCreate,
        school.instructors.map(({ first_name, last_name, email }) => ({ first_name, last_name, email })),
      ),
    ).toEqual([]);
    expect(
      check(
        TermCreate,
        school.terms.map(({ created_at, updated_at, ...term }) => term),
      ),
    ).toEqual([]);
    const prerequisitesOf = (id: number) =>
      Object.values(
        Object.groupBy(
          school.catalog_prerequisites.filter((item) => item.catalog_id === id),
          (item) => item.group_number,
        ),
      ).map((group) =>
        (group ?? []).map(({ required_id, min_grade, concurrent }) => ({
          catalog_id: required_id,
          ...(min_grade != null && { min_grade }),
          ...(concurrent === 1 && { concurrent: true }),
        })),
      );
    expect(
      check(
        CatalogCreate,
        school.catalog.map(({ created_at, updated_at, ...entry }, index) => ({
          ...entry,
          prerequisites: prerequisitesOf(index + 1),
        })),
      ),
    ).toEqual([]);
    expect(
      check(
        CourseCreate,
        school.courses.map(({ created_at, updated_at, meetings, ...course }, index) => ({
          ...course,
          meetings: JSON.parse(meetings ?? "[]") as unknown,
          instructor_ids: school.course_instructors
            .filter((row) => row.course_id === index + 1)
            .map((row) => row.instructor_id),
        })),
      ),
    ).toEqual([]);
  });
});

describe("demo data at other sizes (the benchmarks')", () => {
  const size = { students: 1000, courses: 100, enrollments: 10_000 };

  it("generates the requested numbers of students, sections and enrollments", () => {
    const data = generateDemoData(size);
    expect(data.students).toHaveLength(1000);
    expect(data.courses).toHaveLength(100);
    expect(data.enrollments).toHaveLength(10_000);
    expect(data.catalog).toHaveLength(school.catalog.length);
    expect(data.terms).toHaveLength(2);
  });

  it("is the same data every time for the same size", () => {
    const strip = (data: DemoData) => JSON.stringify(data).replace(/"\d{4}-[^"]+Z"/g, "");
    expect(strip(generateDemoData(size))).toBe(strip(generateDemoData(size)));
  });

  it("gives every student about the same number of courses and never the same course twice", () => {
    const { students, enrollments } = generateDemoData(size);
    const pairs = new Set(enrollments.map((row) => `${row.student_id}:${row.course_id}`));
    expect(pairs.size).toBe(enrollments.length);
    const counts = Map.groupBy(enrollments, (row) => row.student_id);
    expect(counts.size).toBe(students.length);
    for (const rows of counts.values()) expect(Math.abs(rows.length - 10)).toBeLessThanOrEqual(2);
    expect(new Set(students.map((student) => student.email)).size).toBe(students.length);
  });

  it("writes nothing but terms and the catalog when asked for no sections, students or enrollments", () => {
    const data = generateDemoData({ students: 0, courses: 0, enrollments: 0 });
    expect([data.courses, data.students, data.instructors, data.enrollments]).toEqual([[], [], [], []]);
    expect(data.terms).toHaveLength(2);
  });
});
