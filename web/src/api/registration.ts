import { useMutation, useQuery } from "@tanstack/react-query";
import { api, unwrap, type OverridableRule } from "./client.ts";
import { useRefreshAll } from "./queries.ts";
import type { paths } from "./schema.d.ts";

/** Holds, overrides, grades and history of one student's enrollments: the registrar's tools on the student page. */

const student = (id: number) => ({ path: { student_id: id } });

/** A change that refreshes whatever is on screen once it is made, like every mutation of the app's. */
function useChange<Body, Result>(mutationFn: (body: Body) => Promise<Result>) {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn, onSuccess: refresh });
}
const enrollment = (studentId: number, courseId: number) => ({
  path: { student_id: studentId, course_id: courseId },
});

export function useHolds(studentId: number) {
  return useQuery({
    queryKey: ["students", studentId, "holds"],
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/students/{student_id}/holds", { params: student(studentId), signal })),
  });
}

export function usePlaceHold(studentId: number) {
  return useChange((reason: string) =>
    unwrap(api.POST("/api/v1/students/{student_id}/holds", { params: student(studentId), body: { reason } })),
  );
}

export function useReleaseHold(studentId: number) {
  return useChange((holdId: number) =>
    unwrap(
      api.DELETE("/api/v1/students/{student_id}/holds/{hold_id}", {
        params: { path: { student_id: studentId, hold_id: holdId } },
      }),
    ),
  );
}

export function useOverrides(studentId: number) {
  return useQuery({
    queryKey: ["students", studentId, "overrides"],
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/students/{student_id}/overrides", { params: student(studentId), signal })),
  });
}

export interface OverrideFields {
  course_id: number;
  rules: OverridableRule[];
  reason: string;
}

export function useGrantOverride(studentId: number) {
  return useChange((body: OverrideFields) =>
    unwrap(api.POST("/api/v1/students/{student_id}/overrides", { params: student(studentId), body })),
  );
}

export function useRevokeOverride(studentId: number) {
  return useChange((overrideId: number) =>
    unwrap(
      api.DELETE("/api/v1/students/{student_id}/overrides/{override_id}", {
        params: { path: { student_id: studentId, override_id: overrideId } },
      }),
    ),
  );
}

export type EnrollmentPatch = NonNullable<
  paths["/api/v1/students/{student_id}/courses/{course_id}"]["patch"]["requestBody"]
>["content"]["application/json"];

/** Completes, grades or restores one enrollment. */
export function useUpdateEnrollment(studentId: number, courseId: number) {
  return useChange((body: EnrollmentPatch) =>
    unwrap(
      api.PATCH("/api/v1/students/{student_id}/courses/{course_id}", {
        params: enrollment(studentId, courseId),
        body,
      }),
    ),
  );
}

/** A few courses whose code or title contains the text, for picking the course of an override. */
export const findCourses = (q: string, signal: AbortSignal) =>
  unwrap(api.GET("/api/v1/courses", { params: { query: { limit: 8, sort: "code", q } }, signal }));
