/** A course's page: the course, its roster a page at a time, enrollment histories, grades and deletion. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Course } from "./client.ts";
import { searchTerm, useRefreshAll } from "./queries.ts";
import type { components } from "./schema.d.ts";

export type EnrollmentHistory = components["schemas"]["EnrollmentHistory"];
export type HistoryEvent = EnrollmentHistory["events"][number];

export const ROSTER_PAGE_SIZE = 50;

/** One course by id; shared by the course page, the override panel and the histories that name courses. */
export const courseQuery = (id: number) => ({
  queryKey: ["courses", id],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    unwrap(api.GET("/api/v1/courses/{course_id}", { params: { path: { course_id: id } }, signal })),
});

export const useCourse = (id: number, enabled = true) => useQuery({ ...courseQuery(id), enabled });

/** One page of a course's roster: the students with these statuses whose names or email match the search. */
export function useRosterPage(id: number, status: string, q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: ["courses", id, "students", { status, q, cursor }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/courses/{course_id}/students", {
          params: {
            path: { course_id: id },
            query: { status, q: searchTerm(q), cursor, limit: ROSTER_PAGE_SIZE },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useEnrollmentHistory(student_id: number, course_id: number) {
  return useQuery({
    queryKey: ["students", student_id, "courses", course_id, "history"],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/students/{student_id}/courses/{course_id}/history", {
          params: { path: { student_id, course_id } },
          signal,
        }),
      ),
  });
}

/** Completes one enrollment with a grade (or changes the grade of a completed one). */
export const completeEnrollment = (student_id: number, course_id: number, grade: string) =>
  unwrap(
    api.PATCH("/api/v1/students/{student_id}/courses/{course_id}", {
      params: { path: { student_id, course_id } },
      body: { status: "completed", grade },
    }),
  );

/**
 * Deletes the course. When the course on screen has enrolled or waitlisted students, the question before this
 * said that their enrollments go with it, so it is deleted with force; if students came since, the API's 409
 * says so.
 */
export function useDeleteCourse(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: () => {
      const shown = client.getQueryData<Course>(["courses", id]);
      const force = shown !== undefined && shown.enrolled_count + shown.waitlist_count > 0;
      return unwrap(
        api.DELETE("/api/v1/courses/{course_id}", { params: { path: { course_id: id }, query: { force } } }),
      );
    },
    onSuccess: () => {
      client.removeQueries({ queryKey: ["courses", id] });
      void refresh();
    },
  });
}
