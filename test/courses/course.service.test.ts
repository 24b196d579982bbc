import { describe, expect, it } from "vitest";
import type { CourseCreate } from "../../src/courses/course.schema.ts";
import {
  createCourse,
  deleteCourse,
  getCourse,
  listCourses,
  updateCourse,
} from "../../src/courses/course.service.ts";
import { DomainError, type ErrorKind } from "../../src/errors.ts";
import { freshDb } from "../helpers/database.ts";
import { courseInput } from "../helpers/factories.ts";

const input = (overrides: Partial<CourseCreate> = {}): CourseCreate => {
  const { code, title } = courseInput();
  return { code, title, ...overrides };
};

async function expectDomainError(work: Promise<unknown>, kind: ErrorKind): Promise<DomainError> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  return error as DomainError;
}

describe("course service", () => {
  it("creates a course with a trimmed code and title and null defaults", async () => {
    const db = await freshDb();
    const course = await createCourse(db, { code: " CS101 ", title: " Intro " });
    expect(course).toMatchObject({
      code: "CS101",
      title: "Intro",
      description: null,
      credits: null,
      capacity: null,
    });
    expect(await getCourse(db, course.id)).toEqual(course);
  });

  it("throws course-not-found from getCourse for an unknown id", async () => {
    const db = await freshDb();
    const error = await expectDomainError(getCourse(db, 42), "course-not-found");
    expect(error.message).toBe("Course 42 does not exist");
  });

  it("throws code-taken from createCourse for a duplicate code in another case", async () => {
    const db = await freshDb();
    await createCourse(db, input({ code: "CS101" }));
    const error = await expectDomainError(createCourse(db, input({ code: "cs101" })), "code-taken");
    expect(error.errors).toEqual([{ field: "code", message: "is already taken" }]);
  });

  it("updates only the given fields", async () => {
    const db = await freshDb();
    const course = await createCourse(db, input({ credits: 3 }));
    const updated = await updateCourse(db, course.id, { capacity: 20 }, "tester");
    expect(updated).toMatchObject({ code: course.code, title: course.title, credits: 3, capacity: 20 });
  });

  it("throws course-not-found from updateCourse for an unknown id", async () => {
    const db = await freshDb();
    await expectDomainError(updateCourse(db, 42, { title: "X" }, "tester"), "course-not-found");
  });

  it("throws code-taken from updateCourse for another course's code", async () => {
    const db = await freshDb();
    await createCourse(db, input({ code: "MA201" }));
    const course = await createCourse(db, input());
    await expectDomainError(updateCourse(db, course.id, { code: "ma201" }, "tester"), "code-taken");
    expect((await getCourse(db, course.id)).code).toBe(course.code);
  });

  it("deletes a course, after which getCourse throws course-not-found", async () => {
    const db = await freshDb();
    const course = await createCourse(db, input());
    await deleteCourse(db, course.id, false, "tester");
    await expectDomainError(getCourse(db, course.id), "course-not-found");
  });

  it("throws course-not-found from deleteCourse for an unknown id", async () => {
    const db = await freshDb();
    await expectDomainError(deleteCourse(db, 42, false, "tester"), "course-not-found");
  });

  it("lists courses by code by default", async () => {
    const db = await freshDb();
    for (const code of ["ZZ1", "AA1", "MM1"]) await createCourse(db, input({ code }));
    const page = await listCourses(db, { limit: 50, sort: "code" });
    expect(page.data.map((course) => course.code)).toEqual(["AA1", "MM1", "ZZ1"]);
    expect(page.next_cursor).toBeNull();
  });
});
