/**
 * The machine's limit for "a student's courses": bare node:http and raw better-sqlite3 prepared statements,
 * answering GET /api/v1/students/{id}/courses with the same JSON as Registrar, and nothing else.
 * Usage: node bench/baseline-server.ts <sqlite file> <port>
 */
import { createServer } from "node:http";
import SQLite from "better-sqlite3";

const [file = "", port = "3900"] = process.argv.slice(2);
const database = new SQLite(file, { readonly: true });

const studentById = database.prepare(
  "select id, first_name, last_name, email, sourced_id, created_at, updated_at from students where id = ?",
);
const coursesOfStudent = database.prepare(`
  select c.id, c.code, c.title, c.description, c.credits, c.capacity, c.enrolled_count, c.waitlist_count,
    c.sourced_id, c.created_at, c.updated_at,
    sc.student_id, sc.course_id, sc.status, sc.grade, sc.enrolled_at, sc.updated_at as enrollment_updated_at,
    case when sc.status = 'waitlisted' then (
      select cast(count(*) as integer) from student_courses as ahead
      where ahead.course_id = sc.course_id and ahead.status = 'waitlisted'
        and ahead.waitlist_order <= sc.waitlist_order) end as waitlist_position
  from student_courses as sc inner join courses as c on c.id = sc.course_id
  where sc.student_id = ? and sc.status in ('enrolled', 'waitlisted', 'completed')
  order by c.code, c.id`);

type Row = Record<string, unknown>;
const path = /^\/api\/v1\/students\/([1-9][0-9]*)\/courses$/;

createServer((request, response) => {
  const id = path.exec(request.url ?? "")?.[1];
  const student = id === undefined ? undefined : (studentById.get(Number(id)) as Row | undefined);
  if (!student) {
    response.writeHead(404, { "content-type": "application/problem+json; charset=utf-8" });
    response.end('{"status":404}');
    return;
  }
  const courses = (coursesOfStudent.all(Number(id)) as Row[]).map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    credits: row.credits,
    capacity: row.capacity,
    enrolled_count: row.enrolled_count,
    waitlist_count: row.waitlist_count,
    sourced_id: row.sourced_id,
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
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify({ student, courses }));
}).listen(Number(port), "127.0.0.1");
