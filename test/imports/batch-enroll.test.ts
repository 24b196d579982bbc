import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { enroll } from "../helpers/enrollments.ts";
import { expectFieldError } from "../helpers/problem.ts";

interface BatchResult {
  status: number;
  enrollment?: { student_id: number; course_id: number; status: string };
  problem?: { type: string; status: number; detail: string; instance: string };
}

describe("POST /api/v1/enrollments/batch", () => {
  it("answers one result per item: 201 with the enrollment, or 404 / 409 with the problem", async () => {
    const t = await testApp();
    const [ada, alan, grace] = [await createStudent(t), await createStudent(t), await createStudent(t)];
    const course = await createCourse(t, { capacity: 2 });
    await enroll(t, grace.id, course.id);

    const response = await t.post("/api/v1/enrollments/batch", {
      items: [
        { student_id: ada.id, course_id: course.id },
        { student_id: 9999, course_id: course.id },
        { student_id: ada.id, course_id: 9999 },
        { student_id: grace.id, course_id: course.id },
        { student_id: alan.id, course_id: course.id },
        { student_id: alan.id, course_id: course.id, waitlist: true },
      ],
    });

    expect(response.statusCode, response.body).toBe(200);
    const { results } = response.json<{ results: BatchResult[] }>();
    expect(
      results.map((result) => [result.status, result.problem?.type ?? result.enrollment?.status]),
    ).toEqual([
      [201, "enrolled"],
      [404, "/problems/student-not-found"],
      [404, "/problems/course-not-found"],
      [409, "/problems/already-enrolled"],
      [409, "/problems/course-full"],
      [201, "waitlisted"],
    ]);
    expect(results[1]?.problem).toMatchObject({
      status: 404,
      instance: "/api/v1/enrollments/batch#/items/1",
    });
  });

  it("never seats more than the capacity, whatever the batch asks", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 3 });
    const students = await Promise.all(Array.from({ length: 10 }, () => createStudent(t)));

    const response = await t.post("/api/v1/enrollments/batch", {
      items: students.map((student) => ({ student_id: student.id, course_id: course.id })),
    });

    const { results } = response.json<{ results: BatchResult[] }>();
    expect(results.filter((result) => result.status === 201)).toHaveLength(3);
    expect(results.filter((result) => result.problem?.type === "/problems/course-full")).toHaveLength(7);
    const stored = (await t.get(`/api/v1/courses/${course.id}`)).json<{ enrolled_count: number }>();
    expect(stored.enrolled_count).toBe(3);
  });

  it("refuses more than 1,000 items, or none, with 400", async () => {
    const t = await testApp();
    const item = { student_id: 1, course_id: 1 };
    expectFieldError(await t.post("/api/v1/enrollments/batch", { items: Array(1001).fill(item) }), "items");
    expectFieldError(await t.post("/api/v1/enrollments/batch", { items: [] }), "items");
    expectFieldError(
      await t.post("/api/v1/enrollments/batch", { items: [{ student_id: "1", course_id: 1 }] }),
      "items.0.student_id",
    );
  });
});
