import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { testApp } from "../helpers/app.ts";
import { courseInput, createCourse } from "../helpers/factories.ts";
import { expectFieldError } from "../helpers/problem.ts";

describe("POST /api/v1/courses validation", () => {
  it("rejects a number for title with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ title: 101 })), "title");
  });

  it('rejects capacity "5" given as a string with 400', async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ capacity: "5" })), "capacity");
  });

  it("rejects a fractional capacity 5.5 with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ capacity: 5.5 })), "capacity");
  });

  it("rejects capacity -1 with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ capacity: -1 })), "capacity");
  });

  it("rejects negative credits with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ credits: -0.5 })), "credits");
  });

  it('rejects credits "3" given as a string with 400', async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ credits: "3" })), "credits");
  });

  it("rejects a number for description with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ description: 7 })), "description");
  });

  // PostgreSQL text cannot hold NUL: it was a 500 there (and stored on SQLite), now a 400 on both.
  it.each(["code", "title", "description"])("rejects a NUL character in %s with 400", async (field) => {
    const t = await testApp();
    const problem = expectFieldError(
      await t.post("/api/v1/courses", courseInput({ [field]: "CS\u00001" })),
      field,
    );
    expect(problem.errors).toContainEqual({ field, message: "must not contain NUL characters" });
  });

  it("rejects a missing code with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", { title: "Intro" }), "code");
  });

  it("rejects a missing title with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", { code: "CS1" }), "title");
  });

  it("rejects an unknown body field with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ seats: 10 })), "seats");
  });

  it("rejects a whitespace-only code with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ code: "   " })), "code");
  });

  it("rejects an empty title with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ title: "" })), "title");
  });

  it("rejects a code of 33 characters with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ code: "C".repeat(33) })), "code");
  });

  it("rejects a title of 201 characters with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ title: "t".repeat(201) })), "title");
  });

  it("accepts a code of 32 characters and a title of 200 padded with spaces, stored trimmed", async () => {
    const t = await testApp();
    const code = "C".repeat(32);
    const title = `${"t".repeat(100)} ${"u".repeat(99)}`;
    const response = await t.post("/api/v1/courses", { code: `  ${code} `, title: ` ${title}   ` });
    expect(response.statusCode).toBe(201);
    expect(response.json<Course>()).toMatchObject({ code, title });
  });
});

describe("PATCH /api/v1/courses/{id} validation", () => {
  it("rejects an empty body {} with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, {}), "body");
  });

  it("rejects setting title to null with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { title: null }), "title");
  });

  it("rejects setting code to null with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { code: null }), "code");
  });

  it('rejects capacity "5" given as a string with 400', async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { capacity: "5" }), "capacity");
  });

  it("rejects capacity -1 with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { capacity: -1 }), "capacity");
  });

  it("rejects negative credits with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { credits: -1 }), "credits");
  });

  it("rejects an unknown field with 400 and changes nothing", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const response = await t.patch(`/api/v1/courses/${course.id}`, { title: "Changed", titel: "typo" });
    expectFieldError(response, "titel");
    expect((await t.get(`/api/v1/courses/${course.id}`)).json<Course>().title).toBe(course.title);
  });

  it("rejects changing updated_at with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const response = await t.patch(`/api/v1/courses/${course.id}`, {
      updated_at: "2020-01-01T00:00:00.000Z",
    });
    expectFieldError(response, "updated_at");
  });

  it("rejects a NUL character in the description with 400 and changes nothing", async () => {
    const t = await testApp();
    const course = await createCourse(t, { description: "Before" });
    const response = await t.patch(`/api/v1/courses/${course.id}`, { description: "After\u0000" });
    expectFieldError(response, "description");
    expect((await t.get(`/api/v1/courses/${course.id}`)).json<Course>().description).toBe("Before");
  });

  it("rejects a whitespace-only title with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.patch(`/api/v1/courses/${course.id}`, { title: "\t " }), "title");
  });
});
