/**
 * The machine's limit for "a student's courses": bare node:http and the raw driver (better-sqlite3 prepared
 * statements, or a `pg` pool of Registrar's default size), answering GET /api/v1/students/{id}/courses with
 * the same SQL and the same JSON as Registrar, and nothing else.
 * Usage: node bench/baseline-server.ts <sqlite file | postgres:// url> <port>
 */
import { createServer, type ServerResponse } from "node:http";
import SQLite from "better-sqlite3";
import pg from "pg";

const [database = "", port = "3900"] = process.argv.slice(2);

const studentSql =
  "select id, first_name, last_name, email, sourced_id, max_credits, created_at, updated_at from students where id = $1";
/**
 * Registrar's courseColumns (src/courses/course.repository.ts): credits fall back to the catalog entry's, and
 * the instructors come as a JSON list in the same statement, aggregated as each engine does it.
 */
const coursesSql = (instructorIds: string) => `
  select c.id, c.code, c.title, c.description,
    coalesce(c.credits, (select credits from catalog where catalog.id = c.catalog_id)) as credits,
    c.capacity, c.enrolled_count, c.waitlist_count, c.sourced_id, c.term_id, c.catalog_id, c.meetings,
    (select ${instructorIds} from course_instructors as ci where ci.course_id = c.id) as instructor_ids,
    c.created_at, c.updated_at,
    sc.student_id, sc.course_id, sc.status, sc.grade, sc.enrolled_at, sc.updated_at as enrollment_updated_at,
    case when sc.status = 'waitlisted' then (
      select cast(count(*) as integer) from student_courses as ahead
      where ahead.course_id = sc.course_id and ahead.status = 'waitlisted'
        and ahead.waitlist_order <= sc.waitlist_order) end as waitlist_position
  from student_courses as sc inner join courses as c on c.id = sc.course_id
  where sc.student_id = $1 and sc.status in ('enrolled', 'waitlisted', 'completed')
  order by c.code, c.id`;
const sqliteInstructorIds = "json_group_array(ci.instructor_id order by ci.position)";
const postgresInstructorIds = "coalesce(json_agg(ci.instructor_id order by ci.position), '[]'::json)::text";

type Row = Record<string, unknown>;

function studentCoursesJson(student: Row | undefined, rows: Row[]): string | undefined {
  if (!student) return undefined;
  const courses = rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    credits: row.credits,
    capacity: row.capacity,
    enrolled_count: row.enrolled_count,
    waitlist_count: row.waitlist_count,
    sourced_id: row.sourced_id,
    term_id: row.term_id,
    catalog_id: row.catalog_id,
    // Stored JSON text, parsed as Registrar's toCourse does; meetings are stored in the answer's key order.
    meetings: JSON.parse(row.meetings as string) as unknown,
    instructor_ids: JSON.parse(row.instructor_ids as string) as unknown,
    created_at: row.created_at,
    updated_at: row.updated_at,
    enrollment: {
      student_id: row.student_id,
      course_id: row.course_id,
      status: row.status,
      grade: row.grade,
      enrolled_at: row.enrolled_at,
      updated_at: row.enrollment_updated_at,
      waitlist_position: row.waitlist_position,
    },
  }));
  return JSON.stringify({ student, courses });
}

/** better-sqlite3 answers synchronously, so the SQLite baseline has no promise in its path at all. */
function sqliteStudentCourses(file: string): (id: number) => string | undefined {
  const handle = new SQLite(file, { readonly: true });
  const student = handle.prepare(studentSql.replace("$1", "?"));
  const courses = handle.prepare(coursesSql(sqliteInstructorIds).replace("$1", "?"));
  return (id) => studentCoursesJson(student.get(id) as Row | undefined, courses.all(id) as Row[]);
}

function postgresStudentCourses(url: string): (id: number) => Promise<string | undefined> {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (text) => new Date(text).toISOString());
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  const courses = coursesSql(postgresInstructorIds);
  return async (id) => {
    const [student] = (await pool.query<Row>(studentSql, [id])).rows;
    return studentCoursesJson(student, student ? (await pool.query<Row>(courses, [id])).rows : []);
  };
}

function respond(response: ServerResponse, body: string | undefined): void {
  if (body === undefined) {
    response.writeHead(404, { "content-type": "application/problem+json; charset=utf-8" });
    response.end('{"status":404}');
    return;
  }
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  response.end(body);
}

const studentCourses = /^postgres(ql)?:\/\//.test(database)
  ? postgresStudentCourses(database)
  : sqliteStudentCourses(database);
const path = /^\/api\/v1\/students\/([1-9][0-9]*)\/courses$/;

createServer((request, response) => {
  const id = path.exec(request.url ?? "")?.[1];
  const body = id === undefined ? undefined : studentCourses(Number(id));
  if (body instanceof Promise)
    void body.then((json) => {
      respond(response, json);
    });
  else respond(response, body);
}).listen(Number(port), "127.0.0.1");
