import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { createCourse, createStudent, createTerm } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";
import { enrollIn, expectBlocked, meetingAt, rulesOf, school } from "./helpers.ts";

const complete = (
  t: Awaited<ReturnType<typeof testApp>>,
  student_id: number,
  course_id: number,
  grade: string,
) => t.patch(`/api/v1/students/${student_id}/courses/${course_id}`, { status: "completed", grade });

describe("the registration rules on POST /enroll", () => {
  it("refuses a section that meets at the same time as one the student has, naming both", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const first = await section({
      code: "CS201-01",
      meetings: [meetingAt(["mon", "wed"], "09:00", "10:15")],
    });
    const second = await section({ meetings: [meetingAt(["wed"], "10:00", "11:00")] });
    expect((await enrollIn(t, student.id, first.id)).statusCode).toBe(201);

    const violations = expectBlocked(await enrollIn(t, student.id, second.id));
    expect(violations).toEqual([
      {
        rule: "time-conflict",
        course_id: second.id,
        detail: "Meets Wed 10:00–11:00, at the same time as CS201-01 (Wed 09:00–10:15)",
      },
    ]);
    const roster = await t.get(`/api/v1/courses/${second.id}/students`);
    expect(roster.json<{ students: unknown[] }>().students).toEqual([]);
  });

  it("refuses what would pass the term's credit limit, or the student's own", async () => {
    const t = await testApp();
    const { student, section } = await school(t, 6);
    for (const credits of [3, 3])
      expect((await enrollIn(t, student.id, (await section({ credits })).id)).statusCode).toBe(201);
    const third = await section({ credits: 1 });
    expect(rulesOf(expectBlocked(await enrollIn(t, student.id, third.id)))).toEqual([
      "credit-limit-exceeded",
    ]);

    await t.patch(`/api/v1/students/${student.id}`, { max_credits: 7 });
    expect((await enrollIn(t, student.id, third.id)).statusCode).toBe(201);
  });

  it("refuses a student with an active hold, and lets them in once it is released", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const course = await section();
    const hold = (await t.post(`/api/v1/students/${student.id}/holds`, { reason: "Unpaid fees" })).json<{
      id: number;
    }>();
    expect(expectBlocked(await enrollIn(t, student.id, course.id))).toEqual([
      { rule: "hold", course_id: course.id, detail: "Hold: Unpaid fees" },
    ]);
    expect((await t.delete(`/api/v1/students/${student.id}/holds/${hold.id}`)).statusCode).toBe(204);
    expect((await enrollIn(t, student.id, course.id)).statusCode).toBe(201);
  });

  it("refuses a section whose prerequisites are not met, and takes one a completed course meets", async () => {
    const t = await testApp();
    const fall = await createTerm(t, { starts_on: "2026-08-24", ends_on: "2026-12-11" });
    const { student, section, entry } = await school(t);
    const cs101 = await entry({ code: "CS101" });
    const cs201 = await entry({ code: "CS201", prerequisites: [[{ catalog_id: cs101.id, min_grade: "C" }]] });
    const intro = await createCourse(t, { term_id: fall.id, catalog_id: cs101.id });
    const data = await section({ catalog_id: cs201.id });

    expect(expectBlocked(await enrollIn(t, student.id, data.id))).toEqual([
      { rule: "prerequisite-not-met", course_id: data.id, detail: "Requires CS101 (C or better)" },
    ]);
    await enrollIn(t, student.id, intro.id);
    await complete(t, student.id, intro.id, "C-");
    expect(rulesOf(expectBlocked(await enrollIn(t, student.id, data.id)))).toEqual(["prerequisite-not-met"]);
    await complete(t, student.id, intro.id, "B");
    expect((await enrollIn(t, student.id, data.id)).statusCode).toBe(201);
  });

  it("refuses a second section of the same catalog entry in a term", async () => {
    const t = await testApp();
    const { student, section, entry } = await school(t);
    const cs101 = await entry();
    const [one, two] = [await section({ catalog_id: cs101.id }), await section({ catalog_id: cs101.id })];
    await enrollIn(t, student.id, one.id);
    expect(rulesOf(expectBlocked(await enrollIn(t, student.id, two.id)))).toEqual([
      "duplicate-catalog-course",
    ]);
  });

  it("refuses outside the term's registration window", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const later = await createTerm(t, { registration_opens_at: "2999-01-01T00:00:00Z" });
    const over = await createTerm(t, { registration_closes_at: "2001-01-01T00:00:00Z" });
    for (const term of [later, over]) {
      const course = await createCourse(t, { term_id: term.id });
      expect(rulesOf(expectBlocked(await enrollIn(t, student.id, course.id)))).toEqual([
        "registration-closed",
      ]);
    }
  });

  it("reports every rule at once", async () => {
    const t = await testApp();
    const { student, section, entry } = await school(t, 4);
    const other = await section({ credits: 3, meetings: [meetingAt(["fri"], "09:00", "10:00")] });
    await enrollIn(t, student.id, other.id);
    await t.post(`/api/v1/students/${student.id}/holds`, { reason: "Advising" });
    const required = await entry();
    const course = await section({
      credits: 3,
      capacity: 0,
      meetings: [meetingAt(["fri"], "09:30", "10:30")],
      catalog_id: (await entry({ prerequisites: [[{ catalog_id: required.id }]] })).id,
    });
    const problem = expectProblem(await enrollIn(t, student.id, course.id), 409, "registration-blocked");
    expect(problem.violations?.map((violation) => violation.rule)).toEqual([
      "hold",
      "prerequisite-not-met",
      "time-conflict",
      "credit-limit-exceeded",
      "course-full",
    ]);
    expect(problem.detail).toMatch(/^The registration rules do not allow this: Hold: Advising; /);
  });

  it("keeps the v1 answers when a full course or an enrollment already held is the only reason", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const full = await section({ capacity: 0 });
    const problem = expectProblem(await enrollIn(t, student.id, full.id), 409, "course-full");
    expect(problem).toEqual({
      type: "/problems/course-full",
      title: "Course full",
      status: 409,
      detail: `Course ${full.id} is full (capacity 0); send "waitlist": true to join its waitlist`,
      instance: "/api/v1/enroll",
    });
    const open = await section();
    await enrollIn(t, student.id, open.id);
    expectProblem(await enrollIn(t, student.id, open.id), 409, "already-enrolled");
  });

  it("applies the rules when a dropped enrollment is restored", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const first = await section({ meetings: [meetingAt(["tue"], "09:00", "10:00")] });
    const second = await section({ meetings: [meetingAt(["tue"], "09:30", "10:30")] });
    await enrollIn(t, student.id, first.id);
    await t.delete(`/api/v1/students/${student.id}/courses/${first.id}`);
    await enrollIn(t, student.id, second.id);
    const restored = await t.patch(`/api/v1/students/${student.id}/courses/${first.id}`, {
      status: "enrolled",
    });
    expect(rulesOf(expectBlocked(restored))).toEqual(["time-conflict"]);
  });

  it("applies the rules to each item of a batch, with the violations in the item's problem", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    await t.post(`/api/v1/students/${student.id}/holds`, { reason: "Fees" });
    const course = await section();
    const response = await t.post("/api/v1/enrollments/batch", {
      items: [{ student_id: student.id, course_id: course.id }],
    });
    expect(response.json()).toMatchObject({
      results: [
        { status: 409, problem: { type: "/problems/registration-blocked", violations: [{ rule: "hold" }] } },
      ],
    });
  });
});

describe("overrides", () => {
  it("let the named rules through for one course, recorded in the enrollment's history", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    await t.post(`/api/v1/students/${student.id}/holds`, { reason: "Fees" });
    const course = await section();
    const other = await section();
    const granted = await t.post(`/api/v1/students/${student.id}/overrides`, {
      course_id: course.id,
      rules: ["hold"],
      reason: "Dean approved",
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({
      course_id: course.id,
      rules: ["hold"],
      created_by: "test-admin",
      revoked_at: null,
    });

    expect((await enrollIn(t, student.id, course.id)).statusCode).toBe(201);
    expect(rulesOf(expectBlocked(await enrollIn(t, student.id, other.id)))).toEqual(["hold"]);
    const history = await t.get(`/api/v1/students/${student.id}/courses/${course.id}/history`);
    expect(history.json<{ events: { detail: unknown }[] }>().events[0]?.detail).toEqual({
      overrides: [
        {
          id: granted.json<{ id: number }>().id,
          rules: ["hold"],
          reason: "Dean approved",
          granted_by: "test-admin",
        },
      ],
    });
  });

  it("never let a full course through, and stop working once revoked", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    expectProblem(
      await t.post(`/api/v1/students/${student.id}/overrides`, {
        course_id: 1,
        rules: ["course-full"],
        reason: "x",
      }),
      400,
      "validation",
    );
    const course = await section({ meetings: [meetingAt(["mon"], "09:00", "10:00")] });
    const clash = await section({ meetings: [meetingAt(["mon"], "09:00", "10:00")] });
    await enrollIn(t, student.id, course.id);
    const override = (
      await t.post(`/api/v1/students/${student.id}/overrides`, {
        course_id: clash.id,
        rules: ["time-conflict"],
        reason: "Lab only",
      })
    ).json<{ id: number }>();
    expect((await t.delete(`/api/v1/students/${student.id}/overrides/${override.id}`)).statusCode).toBe(204);
    expect(rulesOf(expectBlocked(await enrollIn(t, student.id, clash.id)))).toEqual(["time-conflict"]);
    const listed = (await t.get(`/api/v1/students/${student.id}/overrides`)).json<{
      data: { revoked_by: string }[];
    }>();
    expect(listed.data[0]?.revoked_by).toBe("test-admin");
  });
});

describe("waitlist promotion under the rules", () => {
  it("passes over a waitlisted student who now fails a rule, and seats the next one", async () => {
    const t = await testApp();
    const { section } = await school(t);
    const [seated, held, next] = [await createStudent(t), await createStudent(t), await createStudent(t)];
    const course = await section({ capacity: 1 });
    await enrollIn(t, seated.id, course.id);
    await enrollIn(t, held.id, course.id, true);
    await enrollIn(t, next.id, course.id, true);
    await t.post(`/api/v1/students/${held.id}/holds`, { reason: "Library fines" });

    expect((await t.delete(`/api/v1/students/${seated.id}/courses/${course.id}`)).statusCode).toBe(204);

    const roster = await t.get(`/api/v1/courses/${course.id}/students?status=enrolled,waitlisted`);
    const students = roster.json<{
      students: { id: number; enrollment: { status: string; waitlist_position: number | null } }[];
    }>().students;
    expect(
      students.map((each) => [each.id, each.enrollment.status, each.enrollment.waitlist_position]),
    ).toEqual([
      [next.id, "enrolled", null],
      [held.id, "waitlisted", 1],
    ]);
    const history = (await t.get(`/api/v1/students/${held.id}/courses/${course.id}/history`)).json<{
      events: { event: string; detail: unknown }[];
    }>();
    expect(history.events.at(-1)).toMatchObject({ event: "promotion-skipped", detail: { rules: ["hold"] } });
  });
});
