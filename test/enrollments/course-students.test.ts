import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents, dropCourse, enroll, setStatus } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const student = (t: TestApp, first_name: string, last_name: string) =>
  createStudent(t, { first_name, last_name });

/**
 * A 3-seat course: Bob Adams, two Amy Browns and Zed Adams (completed) in it; then three waitlisted students
 * whose names sort the other way round from the order in which they joined the waitlist.
 */
async function rosterCourse(t: TestApp) {
  const course = await createCourse(t, { capacity: 3 });
  const amyBrown = await student(t, "Amy", "Brown");
  const bobAdams = await student(t, "Bob", "Adams");
  const zedAdams = await student(t, "Zed", "Adams");
  const amyBrown2 = await student(t, "Amy", "Brown");
  const zoeZulu = await student(t, "Zoe", "Zulu");
  const mia = await student(t, "Mia", "Moss");
  const aaron = await student(t, "Aaron", "Aardvark");
  await enroll(t, amyBrown2.id, course.id);
  await enroll(t, zedAdams.id, course.id);
  await enroll(t, bobAdams.id, course.id);
  await setStatus(t, zedAdams.id, course.id, "completed");
  await enroll(t, amyBrown.id, course.id);
  await enroll(t, zoeZulu.id, course.id, true);
  await enroll(t, mia.id, course.id, true);
  await enroll(t, aaron.id, course.id, true);
  return { course, amyBrown, bobAdams, zedAdams, amyBrown2, zoeZulu, mia, aaron };
}

describe("GET /api/v1/courses/{course_id}/students", () => {
  it("lists enrolled and completed students by last name, first name and id, then the waitlist in order", async () => {
    const t = await testApp();
    const { course, amyBrown, bobAdams, zedAdams, amyBrown2, zoeZulu, mia, aaron } = await rosterCourse(t);

    const { students } = await courseStudents(t, course.id);

    expect(
      students.map((each) => [each.id, each.enrollment.status, each.enrollment.waitlist_position]),
    ).toEqual([
      [bobAdams.id, "enrolled", null],
      [zedAdams.id, "completed", null],
      [amyBrown.id, "enrolled", null],
      [amyBrown2.id, "enrolled", null],
      [zoeZulu.id, "waitlisted", 1],
      [mia.id, "waitlisted", 2],
      [aaron.id, "waitlisted", 3],
    ]);
    expect(amyBrown.id).toBeLessThan(amyBrown2.id);
  });

  it("returns the course and each student with their enrollment, field for field", async () => {
    const t = await testApp();
    const course = await createCourse(t, {
      code: "CS101",
      title: "Intro",
      description: "Loops",
      credits: 4,
      capacity: 1,
    });
    const seated = await createStudent(t, { first_name: "Ada", last_name: "Lovelace", email: "ada@x.edu" });
    const waiting = await createStudent(t, { first_name: "Alan", last_name: "Turing", email: "alan@x.edu" });
    const seatedEnrollment = await enroll(t, seated.id, course.id);
    const waitingEnrollment = await enroll(t, waiting.id, course.id, true);

    const response = await t.get(`/api/v1/courses/${course.id}/students`);

    expect(response.statusCode).toBe(200);
    const studentRecord = async (id: number) => (await t.get(`/api/v1/students/${id}`)).json<Student>();
    expect(response.json()).toEqual({
      course: (await t.get(`/api/v1/courses/${course.id}`)).json<Course>(),
      students: [
        { ...(await studentRecord(seated.id)), enrollment: seatedEnrollment },
        { ...(await studentRecord(waiting.id)), enrollment: waitingEnrollment },
      ],
      next_cursor: null,
    });
    expect(waitingEnrollment).toMatchObject({ status: "waitlisted", waitlist_position: 1 });
    expect(response.json<{ course: Course }>().course).toMatchObject({
      id: course.id,
      code: "CS101",
      title: "Intro",
      description: "Loops",
      credits: 4,
      capacity: 1,
    });
  });

  it("answers 200 with an empty list for a course without students", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const result = await courseStudents(t, course.id);
    expect(result.course.id).toBe(course.id);
    expect(result.students).toEqual([]);
  });

  it("leaves dropped students out by default", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const [stays, leaves] = [await createStudent(t), await createStudent(t)];
    await enroll(t, stays.id, course.id);
    await enroll(t, leaves.id, course.id);
    await dropCourse(t, leaves.id, course.id);
    const { students } = await courseStudents(t, course.id);
    expect(students.map((each) => each.id)).toEqual([stays.id]);
  });

  it("lists only the waitlist, in order, with ?status=waitlisted", async () => {
    const t = await testApp();
    const { course, zoeZulu, mia, aaron } = await rosterCourse(t);
    const { students } = await courseStudents(t, course.id, "?status=waitlisted");
    expect(students.map((each) => [each.id, each.enrollment.waitlist_position])).toEqual([
      [zoeZulu.id, 1],
      [mia.id, 2],
      [aaron.id, 3],
    ]);
  });

  it("filters by a comma-separated list with ?status=completed,dropped", async () => {
    const t = await testApp();
    const { course, zedAdams, bobAdams } = await rosterCourse(t);
    await dropCourse(t, bobAdams.id, course.id);
    const { students } = await courseStudents(t, course.id, "?status=completed,dropped");
    expect(students.map((each) => [each.id, each.enrollment.status])).toEqual([
      [bobAdams.id, "dropped"],
      [zedAdams.id, "completed"],
    ]);
  });

  it("renumbers the waitlist from 1 when a waiting student leaves it", async () => {
    const t = await testApp();
    const { course, zoeZulu, mia, aaron } = await rosterCourse(t);
    await dropCourse(t, zoeZulu.id, course.id);
    const { students } = await courseStudents(t, course.id, "?status=waitlisted");
    expect(students.map((each) => [each.id, each.enrollment.waitlist_position])).toEqual([
      [mia.id, 1],
      [aaron.id, 2],
    ]);
  });

  it("rejects an unknown ?status with 400", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(await t.get(`/api/v1/courses/${course.id}/students?status=pending`), "status");
  });

  it("answers 404 course-not-found, naming the course, for an unknown course", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/courses/777/students"), 404, "course-not-found");
    expect(problem.detail).toBe("Course 777 does not exist");
  });

  it.each(["abc", "0", "-3", "1e3", "07", "2147483648"])(
    "rejects the invalid course id %s with 400",
    async (id) => {
      const t = await testApp();
      await createCourse(t);
      expectFieldError(await t.get(`/api/v1/courses/${id}/students`), "course_id");
    },
  );
});
