/**
 * One load run, in its own process so it can be pinned to its own core. Prints autocannon's result as JSON.
 * Usage: node bench/load.ts '<json: { url, scenario, seconds, connections, students, courses }>'
 */
import autocannon, { type Request } from "autocannon";

interface LoadOptions {
  url: string;
  scenario: "student-courses" | "enroll" | "path";
  path?: string;
  seconds: number;
  connections: number;
  students: number;
  courses: number;
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const randomId = (max: number) => 1 + Math.floor(Math.random() * max);

const requests: Request[] = {
  "student-courses": [
    {
      setupRequest: (request: Request) => ({
        ...request,
        method: "GET",
        path: `/api/v1/students/${randomId(options.students)}/courses`,
      }),
    },
  ],
  enroll: [
    {
      setupRequest: (request: Request) => ({
        ...request,
        method: "POST",
        path: "/api/v1/enroll",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          student_id: randomId(options.students),
          course_id: randomId(options.courses),
        }),
      }),
    },
  ],
  path: [{ method: "GET", path: options.path ?? "/" }],
}[options.scenario] as Request[];

const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  requests,
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
