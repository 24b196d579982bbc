import { Link } from "wouter";
import { ApiError } from "../api/client.ts";
import { useStudentCourses } from "../api/queries.ts";
import { useCanChange } from "../api/session.ts";
import { EnrollPanel } from "../components/EnrollPanel.tsx";
import { HoldsPanel } from "../components/HoldsPanel.tsx";
import { OverridesPanel } from "../components/OverridesPanel.tsx";
import { ErrorNotice, Loading, NotFound } from "../components/States.tsx";
import { StudentCourses } from "../components/StudentCourses.tsx";
import { StudentDetails } from "../components/StudentDetails.tsx";
import { usePageTitle } from "../hooks.ts";

export function StudentPage({ id }: { id: number }) {
  const query = useStudentCourses(id);
  const name = query.data ? `${query.data.student.first_name} ${query.data.student.last_name}` : "Student";
  usePageTitle(name);
  // Holds and overrides are for registrars and admins only, reading them too: a viewer's page never asks.
  const canChange = useCanChange();

  if (query.isPending) return <Loading what="the student" />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFound title="Student not found" detail={query.error.problem.detail} />;
    }
    return <ErrorNotice error={query.error} />;
  }
  const { student, courses } = query.data;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/students">Students</Link>
      </p>
      <div className={canChange ? "page-grid" : undefined}>
        <div>
          <StudentDetails student={student} canChange={canChange} />
          <StudentCourses student={student} courses={courses} canChange={canChange} />
          {canChange && (
            <>
              <HoldsPanel student={student} />
              <OverridesPanel student={student} />
            </>
          )}
        </div>
        {canChange && <EnrollPanel student={student} courses={courses} />}
      </div>
    </>
  );
}
