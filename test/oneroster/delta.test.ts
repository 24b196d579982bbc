import { describe, expect, it } from "vitest";
import type { ImportJob } from "../../src/imports/import.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { calendarFiles, role, user } from "../imports/calendar-sets.ts";
import { zipOf } from "../imports/helpers.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCatalogEntry, createCourse, createInstructor, createStudent } from "../helpers/factories.ts";
import { asPlain, deltaSync, fullSync } from "./consumer.ts";
import { rosterClient, seedRoster } from "./helpers.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Imports a OneRoster zip over the v1 API and waits for the job to finish. */
async function importZip(t: TestApp, zip: Buffer): Promise<ImportJob> {
  const response = await t.request({
    method: "POST",
    url: "/api/v1/imports",
    payload: zip,
    headers: { "content-type": "application/zip" },
  });
  expect(response.statusCode, response.body).toBe(202);
  for (let attempt = 0; attempt < 500; attempt++) {
    const job = (await t.get(String(response.headers.location))).json<ImportJob>();
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the import did not finish");
}

describe("OneRoster delta sync", () => {
  it("brings a consumer's copy to the provider's state exactly, removals included", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await seedRoster(t);
    const full = await createCourse(t, { capacity: 1 });
    const seated = await createStudent(t);
    const waiting = await createStudent(t);
    const leaving = await createStudent(t);
    const gone = await createCourse(t);
    const teacher = await createInstructor(t);
    const loose = await createCourse(t);
    await enroll(t, seated.id, full.id);
    await enroll(t, waiting.id, full.id, true);
    await enroll(t, leaving.id, loose.id);
    expect((await t.patch(`/api/v1/courses/${loose.id}`, { instructor_ids: [teacher.id] })).statusCode).toBe(
      200,
    );

    const copy = await fullSync(get, 2);
    await tick();
    const since = new Date().toISOString();
    await tick();

    // A rename, a drop that promotes the waitlist, a deleted student with an enrollment, a deleted course, an
    // instructor leaving a class, a placeholder course replaced by a catalog entry, and a new enrollment.
    expect((await t.patch(`/api/v1/students/${seated.id}`, { first_name: "Renamed" })).statusCode).toBe(200);
    expect((await t.delete(`/api/v1/students/${seated.id}/courses/${full.id}`)).statusCode).toBe(204);
    expect((await t.delete(`/api/v1/students/${leaving.id}`)).statusCode).toBe(204);
    expect((await t.delete(`/api/v1/courses/${gone.id}`)).statusCode).toBe(204);
    expect((await t.patch(`/api/v1/courses/${loose.id}`, { instructor_ids: [] })).statusCode).toBe(200);
    const entry = await createCatalogEntry(t);
    expect((await t.patch(`/api/v1/courses/${loose.id}`, { catalog_id: entry.id })).statusCode).toBe(200);
    const newcomer = await createStudent(t);
    await enroll(t, newcomer.id, loose.id);

    const removed = await deltaSync(get, copy, since, 2);
    expect(removed.users).toContain(`registrar-student-${leaving.id}`);
    expect(removed.classes).toEqual([`registrar-course-${gone.id}`]);
    expect(removed.courses?.sort()).toEqual(
      [`course-of-registrar-course-${gone.id}`, `course-of-registrar-course-${loose.id}`].sort(),
    );
    expect(removed.enrollments?.sort()).toEqual(
      [
        `enr-${seated.id}-${full.id}`,
        `enr-${leaving.id}-${loose.id}`,
        `enr-t${teacher.id}-${loose.id}`,
      ].sort(),
    );
    const provider = await fullSync(get, 100);
    expect(asPlain(copy)).toEqual(asPlain(provider));
    expect(provider.enrollments?.get(`enr-${waiting.id}-${full.id}`)?.status).toBe("active");
    expect(provider.users?.get(`registrar-student-${seated.id}`)?.givenName).toBe("Renamed");
  });

  it("keeps one tombstone per record, and none for a record that is back", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const course = await createCourse(t);
    const teacher = await createInstructor(t);
    for (const instructor_ids of [[teacher.id], [], [teacher.id], []]) {
      expect((await t.patch(`/api/v1/courses/${course.id}`, { instructor_ids })).statusCode).toBe(200);
    }
    const id = `enr-t${teacher.id}-${course.id}`;
    const all = await get(
      `/ims/oneroster/rostering/v1p2/enrollments?filter=${encodeURIComponent(`sourcedId='${id}'`)}`,
    );
    expect(all.json<{ enrollments: { status: string }[] }>().enrollments).toEqual([
      expect.objectContaining({ status: "tobedeleted" }),
    ]);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { instructor_ids: [teacher.id] })).statusCode).toBe(
      200,
    );
    const back = await get(`/ims/oneroster/rostering/v1p2/enrollments/${id}`);
    expect(back.json<{ enrollment: { status: string } }>().enrollment.status).toBe("active");
  });

  it("re-sends a student who gets a sourcedId: the old user tobedeleted, the new one and its enrollments active", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const course = await createCourse(t);
    const other = await createCourse(t);
    const student = await createStudent(t);
    await enroll(t, student.id, course.id);
    await enroll(t, student.id, other.id);
    const copy = await fullSync(get, 2);
    await tick();
    const since = new Date().toISOString();
    await tick();

    // The v1 API sets a sourced_id only by import: a new sourcedId claims the hand-made record by its email.
    const set = calendarFiles({
      users: [{ ...user("stu-new", student.first_name, student.email), familyName: student.last_name }],
      roles: [role("stu-new", "student")],
    });
    const job = await importZip(t, zipOf(set));
    expect(job.report?.rejects).toEqual([]);

    const removed = await deltaSync(get, copy, since, 2);
    expect(removed.users).toEqual([`registrar-student-${student.id}`]);
    expect(removed.enrollments).toBeUndefined();
    const provider = await fullSync(get, 100);
    expect(asPlain(copy)).toEqual(asPlain(provider));
    expect(copy.users?.get("stu-new")?.status).toBe("active");
    const enrollments = [...(copy.enrollments?.values() ?? [])];
    expect(enrollments.map((e) => (e.user as { sourcedId: string }).sourcedId)).toEqual([
      "stu-new",
      "stu-new",
    ]);
  });

  it("shows an instructor taken off a class as that teacher enrollment tobedeleted, the teacher still a user", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const course = await createCourse(t);
    const kept = await createInstructor(t);
    const leaving = await createInstructor(t);
    const patch = (instructor_ids: number[]) => t.patch(`/api/v1/courses/${course.id}`, { instructor_ids });
    expect((await patch([leaving.id, kept.id])).statusCode).toBe(200);
    const copy = await fullSync(get, 2);
    expect(copy.enrollments?.get(`enr-t${leaving.id}-${course.id}`)?.primary).toBe("true");
    await tick();
    const since = new Date().toISOString();
    await tick();

    expect((await patch([kept.id])).statusCode).toBe(200);

    const removed = await deltaSync(get, copy, since, 2);
    expect(removed.enrollments).toEqual([`enr-t${leaving.id}-${course.id}`]);
    expect(removed.users).toBeUndefined();
    const provider = await fullSync(get, 100);
    expect(asPlain(copy)).toEqual(asPlain(provider));
    // The one left is now the class's primary teacher.
    expect(copy.enrollments?.get(`enr-t${kept.id}-${course.id}`)?.primary).toBe("true");
    expect(copy.users?.get(`registrar-instructor-${leaving.id}`)?.status).toBe("active");
  });

  it("shows a course deleted with force as its class, its placeholder course and every enrollment tobedeleted", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const course = await createCourse(t, { capacity: 1 });
    const stays = await createCourse(t);
    const teacher = await createInstructor(t);
    const seated = await createStudent(t);
    const waiting = await createStudent(t);
    await enroll(t, seated.id, course.id);
    await enroll(t, seated.id, stays.id);
    await enroll(t, waiting.id, course.id, true);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { instructor_ids: [teacher.id] })).statusCode).toBe(
      200,
    );
    const copy = await fullSync(get, 2);
    await tick();
    const since = new Date().toISOString();
    await tick();

    expect((await t.delete(`/api/v1/courses/${course.id}?force=true`)).statusCode).toBe(204);

    const removed = await deltaSync(get, copy, since, 2);
    expect(removed.classes).toEqual([`registrar-course-${course.id}`]);
    expect(removed.courses).toEqual([`course-of-registrar-course-${course.id}`]);
    // The waitlisted student was never enrolled in OneRoster's sense, so has nothing to remove.
    expect(removed.enrollments?.sort()).toEqual(
      [`enr-${seated.id}-${course.id}`, `enr-t${teacher.id}-${course.id}`].sort(),
    );
    expect(removed.users).toBeUndefined();
    const provider = await fullSync(get, 100);
    expect(asPlain(copy)).toEqual(asPlain(provider));
    expect(copy.enrollments?.has(`enr-${seated.id}-${stays.id}`)).toBe(true);
  });
});
