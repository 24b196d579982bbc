/** The records the benchmark's scenarios set up through the API before they measure. */
import { authorization } from "./servers.ts";

export async function fetchJson<T>(url: string, init: { method?: string; body?: string } = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { ...authorization, "content-type": "application/json" },
  });
  if (!response.ok) throw new Error(`${url}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Courses as v1 made them (no term, catalog entry or meetings, no seat limit), for the scenario the rules'
 * cost is measured against: an enrollment in one checks only holds and seats.
 */
export async function plainCourses(url: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const course = await fetchJson<{ id: number }>(`${url}/api/v1/courses`, {
      method: "POST",
      body: JSON.stringify({ code: `PLAIN-${n}`, title: `Plain course ${n}`, capacity: null }),
    });
    ids.push(course.id);
  }
  return ids;
}

/**
 * Sections a student can be seated in with every rule judged (window, holds, credits, conflicts against the
 * term's schedule): a new term open for registration, one credit each, each meeting at its own hour of the
 * week, no seat limit. The random-sections scenario is mostly refusals; this one is mostly seats.
 */
export async function openSections(url: string, count: number): Promise<number[]> {
  const term = await fetchJson<{ id: number }>(`${url}/api/v1/terms`, {
    method: "POST",
    body: JSON.stringify({
      code: `OPEN-${Date.now()}`,
      name: "Open term",
      // After the seeded terms, so that no meeting of the students' schedules overlaps these.
      starts_on: "2031-01-13",
      ends_on: "2031-05-09",
    }),
  });
  const days = ["mon", "tue", "wed", "thu", "fri"];
  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const hour = String(Math.floor(n / days.length) % 24).padStart(2, "0");
    const course = await fetchJson<{ id: number }>(`${url}/api/v1/courses`, {
      method: "POST",
      body: JSON.stringify({
        code: `OPEN-${n}`,
        title: `Open section ${n}`,
        capacity: null,
        credits: 1,
        term_id: term.id,
        meetings: [{ days: [days[n % days.length]], starts_at: `${hour}:00`, ends_at: `${hour}:50` }],
      }),
    });
    ids.push(course.id);
  }
  return ids;
}

/** The path of the students page at 90 % of the list, walked to by its cursors. */
export async function walkToDeepPage(url: string, students: number): Promise<string> {
  let path = "/api/v1/students?limit=500";
  for (let page = 0; page < Math.floor((students * 0.9) / 500); page++) {
    const body = await fetchJson<{ next_cursor: string | null }>(`${url}${path}`);
    if (body.next_cursor === null) break;
    path = `/api/v1/students?limit=500&cursor=${body.next_cursor}`;
  }
  return path.replace("limit=500", "limit=50");
}

/** A new course with the given number of students enrolled, by 50 concurrent enrollments at a time. */
export async function rosterCourse(url: string, students: number): Promise<number> {
  const post = (path: string, body: unknown) =>
    fetchJson<{ id: number }>(`${url}${path}`, { method: "POST", body: JSON.stringify(body) });
  const course = await post("/api/v1/courses", { code: `BENCH-${Date.now()}`, title: "Roster" });
  for (let student = 1; student <= students; student += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, offset) =>
        post("/api/v1/enroll", { student_id: student + offset, course_id: course.id }),
      ),
    );
  }
  return course.id;
}
