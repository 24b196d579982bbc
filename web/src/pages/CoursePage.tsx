import { useLocation } from "wouter";
import type { Course } from "../api/client.ts";
import { useUpdateCourse } from "../api/queries.ts";
import { useCourse, useDeleteCourse } from "../api/roster.ts";
import { useCanChange } from "../api/session.ts";
import { BatchEnroll } from "../components/BatchEnroll.tsx";
import { CourseFacts } from "../components/CourseFacts.tsx";
import { CourseForm } from "../components/CourseForm.tsx";
import { CourseRoster } from "../components/CourseRoster.tsx";
import { DeleteRecord } from "../components/DeleteRecord.tsx";
import { editProps } from "../components/formProps.ts";
import type { ListState } from "../components/ListPage.tsx";
import { Details, RecordPage } from "../components/RecordPage.tsx";
import { usePageTitle } from "../hooks.ts";

/** What deleting a course with students does to them, for the question before it is deleted. */
function deletionConsequence({ enrolled_count, waitlist_count }: Course): string | undefined {
  if (enrolled_count + waitlist_count === 0) return undefined;
  const counts = [
    enrolled_count > 0 && `${enrolled_count} enrolled student${enrolled_count === 1 ? "" : "s"}`,
    waitlist_count > 0 && `${waitlist_count} waitlisted student${waitlist_count === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return (
    `Its ${counts.join(" and ")} lose their places: their enrollments in it are removed with it ` +
    "(their enrollment histories are kept)."
  );
}

export function CoursePage({ id }: { id: number }) {
  // The delete lives here, so that the course is not asked for again (a 404) once it is gone.
  const remove = useDeleteCourse(id);
  const query = useCourse(id, remove.isIdle || remove.isError);
  const canChange = useCanChange();
  usePageTitle(query.data ? `${query.data.code} ${query.data.title}` : "Course");
  return (
    <RecordPage query={query} noun="course" list={{ href: "/courses", label: "Courses" }}>
      {(course) => (
        <>
          <CourseDetails course={course} remove={remove} />
          <CourseRoster course={course} />
          {canChange && <BatchEnroll course={course} />}
        </>
      )}
    </RecordPage>
  );
}

function CourseDetails({ course, remove }: { course: Course; remove: ReturnType<typeof useDeleteCourse> }) {
  const update = useUpdateCourse(course.id);
  const [, navigate] = useLocation();
  return (
    <Details
      id="course-title"
      heading={
        <>
          <span className="code">{course.code}</span> {course.title}
        </>
      }
      editLabel="Edit course"
      form={(close) => (
        <CourseForm label="Edit course" initial={course} {...editProps(update, course, close)} />
      )}
      facts={
        <>
          {course.description && <p className="description">{course.description}</p>}
          <CourseFacts course={course} />
        </>
      }
      actions={
        <DeleteRecord
          noun="Course"
          id={course.id}
          label={course.code}
          consequence={deletionConsequence(course)}
          mutation={remove}
          onDeleted={() => {
            const state: ListState = { done: `Deleted course ${course.code}.` };
            navigate("/courses", { replace: true, state });
          }}
        />
      }
    />
  );
}
