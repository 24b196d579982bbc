import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { Instructor } from "../../src/instructors/instructor.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createCourse, createInstructor, createStudent, instructorInput } from "../helpers/factories.ts";
import { allPages } from "../helpers/lists.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

describe("instructors", () => {
  it("creates an instructor with trimmed names and its location, and reads it back", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/instructors", {
      first_name: " Grace ",
      last_name: " Hopper ",
      email: "grace@example.edu",
    });
    expect(response.statusCode, response.body).toBe(201);
    const instructor = response.json<Instructor>();
    expect(response.headers.location).toBe(`/api/v1/instructors/${instructor.id}`);
    expect(instructor).toEqual({
      id: instructor.id,
      first_name: "Grace",
      last_name: "Hopper",
      email: "grace@example.edu",
      sourced_id: null,
      created_at: instructor.created_at,
      updated_at: instructor.created_at,
    });
    expect((await t.get(`/api/v1/instructors/${instructor.id}`)).json()).toEqual(instructor);
  });

  it("keeps emails unique among instructors in any letter case, but not against students", async () => {
    const t = await testApp();
    await createInstructor(t, { email: "ada@example.edu" });
    const problem = expectProblem(
      await t.post("/api/v1/instructors", instructorInput({ email: "ADA@example.edu" })),
      409,
      "email-taken",
    );
    expect(problem.detail).toBe("An instructor with email ADA@example.edu already exists");
    await createStudent(t, { email: "ada@example.edu" });
    const other = await createInstructor(t);
    expectProblem(
      await t.patch(`/api/v1/instructors/${other.id}`, { email: "Ada@Example.edu" }),
      409,
      "email-taken",
    );
  });

  it.each([
    ["email", "not-an-email"],
    ["email", `${"x".repeat(250)}@example.edu`],
    ["first_name", " "],
    ["last_name", "x".repeat(101)],
  ])("refuses %s = %j with 400", async (field, value) => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/instructors", instructorInput({ [field]: value })), field);
  });

  it("changes an instructor and answers 404 instructor-not-found for one that does not exist", async () => {
    const t = await testApp();
    const instructor = await createInstructor(t);
    const response = await t.patch(`/api/v1/instructors/${instructor.id}`, { last_name: "Hopper-Murray" });
    expect(response.json()).toMatchObject({ id: instructor.id, last_name: "Hopper-Murray" });
    const problem = expectProblem(await t.get("/api/v1/instructors/77"), 404, "instructor-not-found");
    expect(problem.detail).toBe("Instructor 77 does not exist");
    expectProblem(await t.patch("/api/v1/instructors/77", { last_name: "X" }), 404, "instructor-not-found");
    expectProblem(await t.delete("/api/v1/instructors/77"), 404, "instructor-not-found");
  });

  it("lists by last name, pages with Link headers and searches names and email", async () => {
    const t = await testApp();
    for (const last_name of ["Turing", "Hopper", "Liskov", "Knuth", "Dijkstra"]) {
      await createInstructor(t, { last_name, email: `${last_name.toLowerCase()}@cs.example.edu` });
    }
    const pages = await allPages<Instructor>(t, "/api/v1/instructors?limit=2");
    expect(pages.flatMap((page) => page.data.map((each) => each.last_name))).toEqual([
      "Dijkstra",
      "Hopper",
      "Knuth",
      "Liskov",
      "Turing",
    ]);
    const found = (await t.get("/api/v1/instructors?q=LISKOV@")).json<{ data: Instructor[] }>().data;
    expect(found.map((each) => each.last_name)).toEqual(["Liskov"]);
  });

  it("takes a deleted instructor off their courses, which count as changed", async () => {
    const t = await testApp();
    const [grace, alan] = [await createInstructor(t), await createInstructor(t)];
    const course = await createCourse(t, { instructor_ids: [grace.id, alan.id] });
    const untouched = await createCourse(t, { instructor_ids: [alan.id] });
    const before = (await t.get(`/api/v1/courses/${course.id}`)).json<Course>();
    const untouchedBefore = (await t.get(`/api/v1/courses/${untouched.id}`)).json<Course>();

    expect((await t.delete(`/api/v1/instructors/${grace.id}`)).statusCode).toBe(204);

    const after = (await t.get(`/api/v1/courses/${course.id}`)).json<Course>();
    expect(after.instructor_ids).toEqual([alan.id]);
    expect(after.updated_at > before.updated_at).toBe(true);
    expect((await t.get(`/api/v1/courses/${untouched.id}`)).json()).toEqual(untouchedBefore);
    expectProblem(await t.get(`/api/v1/instructors/${grace.id}`), 404, "instructor-not-found");
  });
});
