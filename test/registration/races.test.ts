/**
 * Concurrent requests for one student that each keep the rules alone but could break them together. On
 * PostgreSQL they run in parallel transactions (the app's pool of connections); the student's lock makes them
 * take turns, so the outcome is one a serial order gives.
 */
import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { enrollIn, meetingAt, school } from "./helpers.ts";

const countBy = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );

describe("one student's enrollments at the same time", { timeout: 120_000 }, () => {
  it("seats exactly 1 of 50 requests for 50 sections that all meet at once", async () => {
    const t = await testApp();
    const { student, section } = await school(t);
    const sections = [];
    for (let n = 0; n < 50; n++)
      sections.push(await section({ meetings: [meetingAt(["mon"], "09:00", "10:00")] }));

    const responses = await Promise.all(sections.map((course) => enrollIn(t, student.id, course.id)));

    expect(countBy(responses.map((response) => response.statusCode))).toEqual({ 201: 1, 409: 49 });
    const enrolled = await t.db
      .selectFrom("student_courses")
      .select("course_id")
      .where("student_id", "=", student.id)
      .execute();
    expect(enrolled).toHaveLength(1);
  });

  it("seats exactly 6 of 40 requests for 3-credit sections under an 18-credit limit", async () => {
    const t = await testApp();
    const { student, section } = await school(t, 18);
    const sections = [];
    for (let n = 0; n < 40; n++) sections.push(await section({ credits: 3 }));

    const responses = await Promise.all(sections.map((course) => enrollIn(t, student.id, course.id)));

    expect(countBy(responses.map((response) => response.statusCode))).toEqual({ 201: 6, 409: 34 });
    for (const refused of responses.filter((response) => response.statusCode === 409)) {
      expect(refused.json()).toMatchObject({ violations: [{ rule: "credit-limit-exceeded" }] });
    }
  });

  it("orders a hold placed during an enrollment before it (refused) or after it, never half-way", async () => {
    const t = await testApp();
    const { section } = await school(t);
    for (let round = 0; round < 10; round++) {
      const { student } = await school(t);
      const course = await section();
      const [held, enrolled] = await Promise.all([
        t.post(`/api/v1/students/${student.id}/holds`, { reason: `Round ${round}` }),
        enrollIn(t, student.id, course.id),
      ]);
      expect(held.statusCode).toBe(201);
      const { created_at } = held.json<{ created_at: string }>();
      if (enrolled.statusCode === 201) {
        expect(enrolled.json<{ enrolled_at: string }>().enrolled_at <= created_at).toBe(true);
      } else {
        expect(enrolled.json()).toMatchObject({ status: 409, violations: [{ rule: "hold" }] });
      }
    }
  });
});
