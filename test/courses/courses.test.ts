import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { testApp } from "../helpers/app.ts";
import { courseInput, createCourse } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

describe("POST /api/v1/courses", () => {
  it("creates a course with trimmed code and title and null defaults, answering 201 with its location", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/courses", { code: " CS101 ", title: "  Intro to Programming\t" });
    expect(response.statusCode).toBe(201);
    const course = response.json<Course>();
    expect(response.headers.location).toBe(`/api/v1/courses/${course.id}`);
    expect(course).toEqual({
      id: course.id,
      code: "CS101",
      title: "Intro to Programming",
      description: null,
      credits: null,
      capacity: null,
      enrolled_count: 0,
      waitlist_count: 0,
      sourced_id: null,
      // Additions of v1.1: a v1 client's course has no term, catalog entry, meetings or instructors.
      term_id: null,
      catalog_id: null,
      meetings: [],
      instructor_ids: [],
      created_at: course.created_at,
      updated_at: course.created_at,
    });
    expect(course.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("stores description, credits and capacity when given", async () => {
    const t = await testApp();
    const response = await t.post(
      "/api/v1/courses",
      courseInput({ description: "Loops and lists", credits: 3.5, capacity: 0 }),
    );
    expect(response.statusCode).toBe(201);
    const course = response.json<Course>();
    expect(course).toMatchObject({ description: "Loops and lists", credits: 3.5, capacity: 0 });
    expect((await t.get(`/api/v1/courses/${course.id}`)).json()).toEqual(course);
  });

  it("rejects a duplicate course code in any letter case with 409", async () => {
    const t = await testApp();
    await createCourse(t, { code: "CS101" });
    const problem = expectProblem(
      await t.post("/api/v1/courses", courseInput({ code: " cs101 " })),
      409,
      "code-taken",
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(["code"]);
  });
});

describe("GET /api/v1/courses/{id}", () => {
  it("answers 200 with the course", async () => {
    const t = await testApp();
    const course = await createCourse(t, { code: "MA201", title: "Linear Algebra" });
    const response = await t.get(`/api/v1/courses/${course.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: course.id, code: "MA201", title: "Linear Algebra" });
  });

  it("answers 404 for an unknown course, naming it in the detail", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/courses/42"), 404, "course-not-found");
    expect(problem.detail).toBe("Course 42 does not exist");
  });
});

describe("PATCH /api/v1/courses/{id}", () => {
  it("changes only the given field and answers 200 with a newer-or-equal updated_at", async () => {
    const t = await testApp();
    const created = (await t.post("/api/v1/courses", courseInput({ credits: 4 }))).json<Course>();
    const response = await t.patch(`/api/v1/courses/${created.id}`, { title: " Advanced Topics " });
    expect(response.statusCode).toBe(200);
    const course = response.json<Course>();
    expect(course).toMatchObject({
      id: created.id,
      code: created.code,
      title: "Advanced Topics",
      credits: 4,
      created_at: created.created_at,
    });
    expect(Date.parse(course.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));
    expect((await t.get(`/api/v1/courses/${created.id}`)).json()).toEqual(course);
  });

  it("sets description, credits and capacity back to null", async () => {
    const t = await testApp();
    const created = (
      await t.post("/api/v1/courses", courseInput({ description: "x", credits: 2, capacity: 10 }))
    ).json<Course>();
    const response = await t.patch(`/api/v1/courses/${created.id}`, {
      description: null,
      credits: null,
      capacity: null,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ description: null, credits: null, capacity: null });
  });

  it("answers 404 for an unknown course", async () => {
    const t = await testApp();
    const problem = expectProblem(
      await t.patch("/api/v1/courses/42", { title: "X" }),
      404,
      "course-not-found",
    );
    expect(problem.detail).toBe("Course 42 does not exist");
  });

  it("rejects another course's code in a different letter case with 409", async () => {
    const t = await testApp();
    await createCourse(t, { code: "CS101" });
    const course = await createCourse(t);
    expectProblem(await t.patch(`/api/v1/courses/${course.id}`, { code: "Cs101" }), 409, "code-taken");
    expect((await t.get(`/api/v1/courses/${course.id}`)).json<Course>().code).toBe(course.code);
  });

  it("accepts the course's own code in another letter case", async () => {
    const t = await testApp();
    const course = await createCourse(t, { code: "CS101" });
    const response = await t.patch(`/api/v1/courses/${course.id}`, { code: "cs101" });
    expect(response.statusCode).toBe(200);
    expect(response.json<Course>().code).toBe("cs101");
  });
});

describe("DELETE /api/v1/courses/{id}", () => {
  it("answers 204 with no body, after which the course is 404", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const response = await t.delete(`/api/v1/courses/${course.id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    expectProblem(await t.get(`/api/v1/courses/${course.id}`), 404, "course-not-found");
  });

  it("answers 404 for an unknown course", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.delete("/api/v1/courses/42"), 404, "course-not-found");
    expect(problem.detail).toBe("Course 42 does not exist");
  });

  it("frees a deleted course's code for a new course", async () => {
    const t = await testApp();
    const course = await createCourse(t, { code: "PH100" });
    await t.delete(`/api/v1/courses/${course.id}`);
    expect((await t.post("/api/v1/courses", courseInput({ code: "ph100" }))).statusCode).toBe(201);
  });
});
