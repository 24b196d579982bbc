import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCatalogEntry, createCourse, createInstructor, createStudent } from "../helpers/factories.ts";
import { asPlain, deltaSync, fullSync } from "./consumer.ts";
import { rosterClient, seedRoster } from "./helpers.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

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
});
