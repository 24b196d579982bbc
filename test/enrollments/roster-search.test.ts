import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents, enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError } from "../helpers/problem.ts";

/**
 * A 2-seat course: Ada Lovelace and Alan Turing in it, Grace Hopper and Adam Ada (ada_x@…) waiting, in that
 * order; Mia Moss in another course.
 */
async function searchCourse(t: TestApp) {
  const course = await createCourse(t, { capacity: 2 });
  const other = await createCourse(t);
  const person = (first_name: string, last_name: string, email: string) =>
    createStudent(t, { first_name, last_name, email });
  const ada = await person("Ada", "Lovelace", "ada@example.edu");
  const alan = await person("Alan", "Turing", "alan@example.edu");
  const grace = await person("Grace", "Hopper", "grace@example.edu");
  const adam = await person("Adam", "Smith", "ada_x@example.edu");
  const mia = await person("Mia", "Ada", "mia@example.edu");
  await enroll(t, ada.id, course.id);
  await enroll(t, alan.id, course.id);
  await enroll(t, grace.id, course.id, true);
  await enroll(t, adam.id, course.id, true);
  await enroll(t, mia.id, other.id);
  return { course, ada, alan, grace, adam };
}

const ids = (roster: { students: { id: number }[] }) => roster.students.map((student) => student.id);

describe("GET /api/v1/courses/{course_id}/students?q=", () => {
  it("finds students of the course by first name, last name or email, ignoring case, in roster order", async () => {
    const t = await testApp();
    const { course, ada, grace, adam } = await searchCourse(t);
    expect(ids(await courseStudents(t, course.id, "?q=ADA"))).toEqual([ada.id, adam.id]);
    expect(ids(await courseStudents(t, course.id, "?q=hopp"))).toEqual([grace.id]);
    expect(ids(await courseStudents(t, course.id, "?q=grace%40example"))).toEqual([grace.id]);
    expect(ids(await courseStudents(t, course.id, "?q=nobody"))).toEqual([]);
  });

  it("treats % and _ in the search literally", async () => {
    const t = await testApp();
    const { course, adam } = await searchCourse(t);
    expect(ids(await courseStudents(t, course.id, "?q=ada_"))).toEqual([adam.id]);
    expect(ids(await courseStudents(t, course.id, "?q=%25"))).toEqual([]);
  });

  it("combines with ?status= and pages the matches by keyset with the same search", async () => {
    const t = await testApp();
    const { course, ada, alan, grace, adam } = await searchCourse(t);
    expect(ids(await courseStudents(t, course.id, "?q=a&status=waitlisted"))).toEqual([grace.id, adam.id]);

    const first = await courseStudents(t, course.id, "?q=a&limit=3");
    expect(ids(first)).toEqual([ada.id, alan.id, grace.id]);
    expect(first.next_cursor).not.toBeNull();
    const cursor = encodeURIComponent(first.next_cursor ?? "");
    const second = await courseStudents(t, course.id, `?q=a&limit=3&cursor=${cursor}`);
    expect(ids(second)).toEqual([adam.id]);
    expect(second.next_cursor).toBeNull();
  });

  it("rejects a cursor from another search with 400", async () => {
    const t = await testApp();
    const { course } = await searchCourse(t);
    const first = await courseStudents(t, course.id, "?q=a&limit=1");
    const cursor = encodeURIComponent(first.next_cursor ?? "");
    expectFieldError(
      await t.get(`/api/v1/courses/${course.id}/students?q=ad&limit=1&cursor=${cursor}`),
      "cursor",
    );
    expectFieldError(await t.get(`/api/v1/courses/${course.id}/students?limit=1&cursor=${cursor}`), "cursor");
  });

  it("rejects a search over 200 characters with 400", async () => {
    const t = await testApp();
    const { course } = await searchCourse(t);
    expectFieldError(await t.get(`/api/v1/courses/${course.id}/students?q=${"a".repeat(201)}`), "q");
  });
});
