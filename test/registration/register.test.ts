import { describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.ts";
import { testApp } from "../helpers/app.ts";
import { createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";
import { enrollIn, expectBlocked, meetingAt, rulesOf, school } from "./helpers.ts";

const register = (t: TestApp, student_id: number, body: object) =>
  t.post(`/api/v1/students/${student_id}/registration`, body);

const statusesOf = async (t: TestApp, student_id: number) => {
  const response = await t.get(`/api/v1/students/${student_id}/courses?status=enrolled,waitlisted,dropped`);
  const { courses } = response.json<{ courses: { id: number; enrollment: { status: string } }[] }>();
  return Object.fromEntries(courses.map((course) => [course.id, course.enrollment.status]));
};

describe("POST /api/v1/students/{id}/registration", () => {
  it("adds and drops in one step, judging the adds without the drops", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const old = await section({ meetings: [meetingAt(["mon"], "09:00", "10:00")] });
    const replacement = await section({ meetings: [meetingAt(["mon"], "09:00", "10:00")] });
    const extra = await section();
    await enrollIn(t, student.id, old.id);

    const response = await register(t, student.id, { add: [replacement.id, extra.id], drop: [old.id] });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ enrollments: { course_id: number; status: string }[]; dropped: number[] }>();
    expect(body.enrollments.map((each) => [each.course_id, each.status])).toEqual([
      [replacement.id, "enrolled"],
      [extra.id, "enrolled"],
    ]);
    expect(body.dropped).toEqual([old.id]);
    expect(await statusesOf(t, student.id)).toEqual({
      [old.id]: "dropped",
      [replacement.id]: "enrolled",
      [extra.id]: "enrolled",
    });
  });

  it("changes nothing when any add breaks a rule, and lists every violation of every add", async () => {
    const t = await testApp();
    const { student, section } = await school(t, 6);
    const kept = await section({ credits: 3 });
    await enrollIn(t, student.id, kept.id);
    const a = await section({ credits: 3, meetings: [meetingAt(["tue"], "10:00", "11:00")] });
    const b = await section({ credits: 3, meetings: [meetingAt(["tue"], "10:30", "11:30")] });

    const violations = expectBlocked(await register(t, student.id, { add: [a.id, b.id], drop: [kept.id] }));
    expect(violations.map((violation) => [violation.rule, violation.course_id])).toEqual([
      ["time-conflict", b.id],
    ]);
    expect(await statusesOf(t, student.id)).toEqual({ [kept.id]: "enrolled" });

    const both = expectBlocked(await register(t, student.id, { add: [a.id, b.id] }));
    expect(rulesOf(both)).toEqual(["time-conflict", "credit-limit-exceeded"]);
  });

  it("answers a dry run with what would happen, and writes nothing", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const full = await section({ capacity: 0 });
    const open = await section();
    const would = await register(t, student.id, { add: [open.id, full.id], waitlist: true, dry_run: true });
    expect(would.json()).toEqual({
      would_succeed: true,
      violations: [],
      outcome: [
        { course_id: open.id, status: "enrolled" },
        { course_id: full.id, status: "waitlisted" },
      ],
      dropped: [],
    });
    const wouldNot = (await register(t, student.id, { add: [full.id], dry_run: true })).json<{
      would_succeed: boolean;
      violations: { rule: string }[];
    }>();
    expect(wouldNot.would_succeed).toBe(false);
    expect(wouldNot.violations.map((violation) => violation.rule)).toEqual(["course-full"]);
    expect(await statusesOf(t, student.id)).toEqual({});
  });

  it("swaps through the waitlist: the dropped section is kept until the seat comes, then released with it", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const holder = await createStudent(t);
    const mine = await section({ code: "MINE", meetings: [meetingAt(["thu"], "13:00", "14:00")] });
    const wanted = await section({
      code: "WANTED",
      capacity: 1,
      meetings: [meetingAt(["thu"], "13:00", "14:00")],
    });
    await enrollIn(t, student.id, mine.id);
    await enrollIn(t, holder.id, wanted.id);

    const swap = await register(t, student.id, { add: [wanted.id], drop: [mine.id], waitlist: true });
    expect(swap.statusCode, swap.body).toBe(200);
    expect(swap.json()).toMatchObject({
      enrollments: [{ course_id: wanted.id, status: "waitlisted" }],
      dropped: [],
    });
    expect(await statusesOf(t, student.id)).toEqual({ [mine.id]: "enrolled", [wanted.id]: "waitlisted" });

    expect((await t.delete(`/api/v1/students/${holder.id}/courses/${wanted.id}`)).statusCode).toBe(204);
    expect(await statusesOf(t, student.id)).toEqual({ [mine.id]: "dropped", [wanted.id]: "enrolled" });
    const historyOf = async (course_id: number) =>
      (await t.get(`/api/v1/students/${student.id}/courses/${course_id}/history`)).json<{
        events: { event: string; detail: unknown }[];
      }>().events;
    expect((await historyOf(wanted.id)).map((each) => [each.event, each.detail])).toEqual([
      ["waitlisted", { swap_for: [mine.id] }],
      ["promoted", { swapped_out: [mine.id] }],
    ]);
    expect((await historyOf(mine.id)).at(-1)).toMatchObject({
      event: "dropped",
      detail: { swapped_for: wanted.id },
    });
  });

  it("refuses bad requests with 400, 404 and 409 and changes nothing", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const course = await section();
    expectFieldError(await register(t, student.id, { add: [] }), "add");
    expectFieldError(await register(t, student.id, { add: [course.id], drop: [course.id] }), "drop");
    expectFieldError(await register(t, student.id, { add: [course.id, course.id] }), "add");
    expectFieldError(
      await register(t, student.id, { add: Array.from({ length: 21 }, (_, i) => i + 1) }),
      "add",
    );
    expectProblem(await register(t, student.id, { add: [9999] }), 404, "course-not-found");
    expectProblem(await register(t, 9999, { add: [course.id] }), 404, "student-not-found");
    expectProblem(await register(t, student.id, { drop: [course.id] }), 404, "enrollment-not-found");
    expect(await statusesOf(t, student.id)).toEqual({});
  });
});
