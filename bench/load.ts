/**
 * One load run, in its own process so it can be pinned to its own core. Prints autocannon's result as JSON.
 * Usage: node bench/load.ts '<json: { url, scenario, seconds, connections, students, courses, token, path?, rate?,
 * courseIds? }>'
 * `rate` caps the total requests per second (a steady load, for the soak); without it, as fast as possible.
 * `courseIds` are the courses the enroll scenario picks from (default: 1 … courses).
 */
import autocannon, { type Request } from "autocannon";

interface LoadOptions {
  url: string;
  scenario: "student-courses" | "enroll" | "path" | "mixed";
  path?: string;
  seconds: number;
  connections: number;
  students: number;
  courses: number;
  token: string;
  rate?: number;
  courseIds?: number[];
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const randomId = (max: number) => 1 + Math.floor(Math.random() * max);
const { courseIds } = options;
const randomCourse = () =>
  courseIds === undefined ? randomId(options.courses) : (courseIds[randomId(courseIds.length) - 1] ?? 1);
const authorization = `Bearer ${options.token}`;

const studentCourses: Request = {
  setupRequest: (request: Request) => ({
    ...request,
    method: "GET",
    path: `/api/v1/students/${randomId(options.students)}/courses`,
  }),
};
const enroll: Request = {
  setupRequest: (request: Request) => ({
    ...request,
    method: "POST",
    path: "/api/v1/enroll",
    headers: { ...request.headers, "content-type": "application/json" },
    body: JSON.stringify({ student_id: randomId(options.students), course_id: randomCourse() }),
  }),
};
const course: Request = {
  setupRequest: (request: Request) => ({
    ...request,
    method: "GET",
    path: `/api/v1/courses/${randomId(options.courses)}`,
  }),
};
const studentsPage: Request = { method: "GET", path: "/api/v1/students?sort=-created_at&limit=20" };
const fixedPath: Request = { method: "GET", path: options.path ?? "/" };

const requests: Request[] = {
  "student-courses": [studentCourses],
  enroll: [enroll],
  path: [fixedPath],
  mixed: [studentCourses, studentCourses, course, enroll, studentsPage],
}[options.scenario];

const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  headers: { authorization },
  requests,
  ...(options.rate === undefined ? {} : { overallRate: options.rate }),
});
console.log(
  JSON.stringify({
    requests_per_second: result.requests.average,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    statuses: { "2xx": result["2xx"], "4xx": result["4xx"], "5xx": result["5xx"], non2xx: result.non2xx },
  }),
);
