import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client.ts";
import type { paths } from "./schema.d.ts";

export const PAGE_SIZE = 20;

/** The courses of one term, or the sections of one catalog entry. */
export interface CourseFilter {
  term_id?: number;
  catalog_id?: number;
}

/** Query keys: everything about students under "students", about courses under "courses". */
export const keys = {
  students: (q: string, cursor: string | undefined) => ["students", "list", { q, cursor }] as const,
  studentCourses: (id: number) => ["students", id, "courses"] as const,
  courses: (q: string, cursor: string | undefined, limit: number, filter: CourseFilter) =>
    ["courses", "list", { q, cursor, limit, ...filter }] as const,
  courseStudents: (id: number) => ["courses", id, "students"] as const,
};

export const searchTerm = (q: string) => (q.trim() === "" ? undefined : q.trim());

export function useStudentPage(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: keys.students(q, cursor),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/students", {
          params: { query: { limit: PAGE_SIZE, sort: "last_name", q: searchTerm(q), cursor } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCoursePage(
  q: string,
  cursor: string | undefined,
  limit = PAGE_SIZE,
  filter: CourseFilter = {},
) {
  return useQuery({
    queryKey: keys.courses(q, cursor, limit, filter),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/courses", {
          params: { query: { limit, sort: "code", q: searchTerm(q), cursor, ...filter } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** All of a student's enrollments, dropped ones too: the page offers to restore those. */
export function useStudentCourses(id: number) {
  return useQuery({
    queryKey: keys.studentCourses(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/students/{student_id}/courses", {
          params: { path: { student_id: id }, query: { status: "enrolled,waitlisted,completed,dropped" } },
          signal,
        }),
      ),
  });
}

export function useCourseStudents(id: number) {
  return useQuery({
    queryKey: keys.courseStudents(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/courses/{course_id}/students", { params: { path: { course_id: id } }, signal }),
      ),
  });
}

/**
 * A change to one student or course changes counts and rosters shown elsewhere (seats, waitlist positions),
 * so every mutation refreshes whatever is on screen; the lists are small and keyset-paged.
 */
export function useRefreshAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export interface StudentFields {
  first_name: string;
  last_name: string;
  email: string;
}

export function useCreateStudent() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: StudentFields) => unwrap(api.POST("/api/v1/students", { body })),
    onSuccess: refresh,
  });
}

export type StudentPatch = NonNullable<
  paths["/api/v1/students/{student_id}"]["patch"]["requestBody"]
>["content"]["application/json"];

export function useUpdateStudent(id: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: StudentPatch) =>
      unwrap(api.PATCH("/api/v1/students/{student_id}", { params: { path: { student_id: id } }, body })),
    onSuccess: refresh,
  });
}

export type CourseFields = NonNullable<
  paths["/api/v1/courses"]["post"]["requestBody"]
>["content"]["application/json"];

export function useCreateCourse() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: CourseFields) => unwrap(api.POST("/api/v1/courses", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateCourse(id: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: Partial<CourseFields>) =>
      unwrap(api.PATCH("/api/v1/courses/{course_id}", { params: { path: { course_id: id } }, body })),
    onSuccess: refresh,
  });
}

export function useEnroll(studentId: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ course_id, waitlist }: { course_id: number; waitlist: boolean }) =>
      unwrap(
        api.POST("/api/v1/students/{student_id}/courses", {
          params: { path: { student_id: studentId } },
          body: waitlist ? { course_id, waitlist } : { course_id },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDrop(studentId: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (courseId: number) =>
      unwrap(
        api.DELETE("/api/v1/students/{student_id}/courses/{course_id}", {
          params: { path: { student_id: studentId, course_id: courseId } },
        }),
      ),
    onSuccess: refresh,
  });
}
