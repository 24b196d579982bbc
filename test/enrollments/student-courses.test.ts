import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { dropCourse, enroll, setStatus, studentCourses } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

async function getStudent(t: TestApp, id: number): Promise<Student> {
  return (await t.get(`/api/v1/students/${id}`)).json<Student>();
}

async function getCourse(t: TestApp, id: number): Promise<Course> {
  return (await t.get(`/api/v1/courses/${id}`)).json<Course>();
}

/** A student enrolled in MA201, waitlisted in CS101, completed BI050 and dropped PH110. */
async function studentWithEveryStatus(t: TestApp) {
  const student = await createStudent(t);
  const ma201 = await createCourse(t, { code: "MA201", title: "Linear Algebra", credits: 3.5, capacity: 30 });
  const cs101 = await createCourse(t, { code: "CS101", title: "Intro", capacity: 0 });
  const bi050 = await createCourse(t, { code: "BI050", title: "Biology" });
  const ph110 = await createCourse(t, { code: "PH110", title: "Physics" });
  await enroll(t, student.id, ma201.id);
  await enroll(t, student.id, cs101.id, true);
  await enroll(t, student.id, bi050.id);
  await setStatus(t, student.id, bi050.id, "completed");
  await enroll(t, student.id, ph110.id);
  await dropCourse(t, student.id, ph110.id);
  return { student, ma201, cs101, bi050, ph110 };
}

/** What a course made without the calendar's fields answers for them (they are additive). */
const noCalendar = { term_id: null, catalog_id: null, meetings: [], instructor_ids: [] };

describe("GET /api/v1/students/{student_id}/courses", () => {
  it("returns the student and their courses with the correct data", async () => {
    const t = await testApp();
    const student = await createStudent(t, {
      first_name: "Grace",
      last_name: "Hopper",
      email: "grace@example.edu",
    });
    const other = await createStudent(t);
    const algebra = await createCourse(t, {
      code: "MA201",
      title: "Linear Algebra",
      description: "Vectors, matrices and maps",
      credits: 3.5,
      capacity: 30,
    });
    const intro = await createCourse(t, { code: "CS101", title: "Intro to Programming", credits: 4 });
    const unrelated = await createCourse(t, { code: "AA001", title: "Not hers" });
    const algebraEnrollment = await enroll(t, student.id, algebra.id);
    const introEnrollment = await enroll(t, student.id, intro.id);
    await enroll(t, other.id, unrelated.id);

    const response = await t.get(`/api/v1/students/${student.id}/courses`);

    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const storedStudent = await getStudent(t, student.id);
    expect(response.json()).toEqual({
      student: {
        id: student.id,
        first_name: "Grace",
        last_name: "Hopper",
        email: "grace@example.edu",
        sourced_id: null,
        max_credits: null,
        created_at: storedStudent.created_at,
        updated_at: storedStudent.updated_at,
      },
      courses: [
        {
          id: intro.id,
          code: "CS101",
          title: "Intro to Programming",
          description: null,
          credits: 4,
          capacity: null,
          enrolled_count: 1,
          waitlist_count: 0,
          sourced_id: null,
          ...noCalendar,
          created_at: (await getCourse(t, intro.id)).created_at,
          updated_at: (await getCourse(t, intro.id)).updated_at,
          enrollment: {
            student_id: student.id,
            course_id: intro.id,
            status: "enrolled",
            grade: null,
            enrolled_at: introEnrollment.enrolled_at,
            updated_at: introEnrollment.updated_at,
            waitlist_position: null,
          },
        },
        {
          id: algebra.id,
          code: "MA201",
          title: "Linear Algebra",
          description: "Vectors, matrices and maps",
          credits: 3.5,
          capacity: 30,
          enrolled_count: 1,
          waitlist_count: 0,
          sourced_id: null,
          ...noCalendar,
          created_at: (await getCourse(t, algebra.id)).created_at,
          updated_at: (await getCourse(t, algebra.id)).updated_at,
          enrollment: algebraEnrollment,
        },
      ],
    });
  });

  it("lists each course exactly as GET /courses/{id} shows it", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t, { description: "Ünïcödé — 日本語 🎓", credits: 0, capacity: 0 });
    await enroll(t, student.id, course.id, true);

    const { courses } = await studentCourses(t, student.id);

    const { enrollment, ...listed } = courses[0] ?? { enrollment: undefined };
    expect(listed).toEqual(await getCourse(t, course.id));
    expect(enrollment).toMatchObject({ status: "waitlisted", waitlist_position: 1 });
  });

  it("orders the courses by course code", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    for (const code of ["PH110", "BI050", "MA201", "CS101", "CS100"]) {
      await enroll(t, student.id, (await createCourse(t, { code })).id);
    }
    const { courses } = await studentCourses(t, student.id);
    expect(courses.map((course) => course.code)).toEqual(["BI050", "CS100", "CS101", "MA201", "PH110"]);
  });

  it("answers 200 with an empty list, not 404, for a student with no courses", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    await createCourse(t);
    const response = await t.get(`/api/v1/students/${student.id}/courses`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ student: await getStudent(t, student.id), courses: [] });
  });

  it("does not list another student's courses", async () => {
    const t = await testApp();
    const [student, other] = [await createStudent(t), await createStudent(t)];
    await enroll(t, other.id, (await createCourse(t)).id);
    expect((await studentCourses(t, student.id)).courses).toEqual([]);
  });

  it("lists enrolled, waitlisted and completed courses by default, but not dropped ones", async () => {
    const t = await testApp();
    const { student } = await studentWithEveryStatus(t);
    const { courses } = await studentCourses(t, student.id);
    expect(courses.map((course) => [course.code, course.enrollment.status])).toEqual([
      ["BI050", "completed"],
      ["CS101", "waitlisted"],
      ["MA201", "enrolled"],
    ]);
  });

  it("lists only the dropped courses with ?status=dropped", async () => {
    const t = await testApp();
    const { student } = await studentWithEveryStatus(t);
    const { courses } = await studentCourses(t, student.id, "?status=dropped");
    expect(courses.map((course) => [course.code, course.enrollment.status])).toEqual([["PH110", "dropped"]]);
    expect(courses[0]?.enrollment.waitlist_position).toBeNull();
  });

  it("filters by a comma-separated list with ?status=enrolled,waitlisted", async () => {
    const t = await testApp();
    const { student } = await studentWithEveryStatus(t);
    const { courses } = await studentCourses(t, student.id, "?status=enrolled,waitlisted");
    expect(courses.map((course) => [course.code, course.enrollment.status])).toEqual([
      ["CS101", "waitlisted"],
      ["MA201", "enrolled"],
    ]);
  });

  it("lists every course with all four statuses", async () => {
    const t = await testApp();
    const { student } = await studentWithEveryStatus(t);
    const { courses } = await studentCourses(t, student.id, "?status=completed,dropped,enrolled,waitlisted");
    expect(courses.map((course) => course.code)).toEqual(["BI050", "CS101", "MA201", "PH110"]);
  });

  it("answers 200 with the student and an empty list when no course has the asked status", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    await enroll(t, student.id, (await createCourse(t)).id);
    const result = await studentCourses(t, student.id, "?status=completed");
    expect(result.student.id).toBe(student.id);
    expect(result.courses).toEqual([]);
  });

  it.each(["unknown", "Enrolled", "enrolled,", ",enrolled", "enrolled,bogus", "", "enrolled waitlisted"])(
    "rejects ?status=%s with 400 naming the status field",
    async (status) => {
      const t = await testApp();
      const student = await createStudent(t);
      expectFieldError(
        await t.get(`/api/v1/students/${student.id}/courses?status=${encodeURIComponent(status)}`),
        "status",
      );
    },
  );

  it("rejects an unknown query parameter with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.get(`/api/v1/students/${student.id}/courses?state=enrolled`), "state");
  });

  it("answers 404 student-not-found, naming the student, for an unknown student", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/students/4242/courses"), 404, "student-not-found");
    expect(problem.detail).toBe("Student 4242 does not exist");
    expect(problem.instance).toBe("/api/v1/students/4242/courses");
  });

  it("answers 404 for a student that was deleted", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    await enroll(t, student.id, (await createCourse(t)).id);
    await t.delete(`/api/v1/students/${student.id}`);
    expectProblem(await t.get(`/api/v1/students/${student.id}/courses`), 404, "student-not-found");
  });

  it.each(["abc", "0", "-1", "1e3", "05", "1.5", "2147483648"])(
    "rejects the invalid student id %s with 400",
    async (id) => {
      const t = await testApp();
      await createStudent(t);
      expectFieldError(await t.get(`/api/v1/students/${id}/courses`), "student_id");
    },
  );
});
