import type { Course } from "../api/client.ts";
import { useCourseStudents, useUpdateCourse } from "../api/queries.ts";
import { CourseFacts } from "../components/CourseFacts.tsx";
import { CourseForm } from "../components/CourseForm.tsx";
import { CourseRoster } from "../components/CourseRoster.tsx";
import { editProps } from "../components/formProps.ts";
import { Details, RecordPage } from "../components/RecordPage.tsx";
import { usePageTitle } from "../hooks.ts";

export function CoursePage({ id }: { id: number }) {
  const query = useCourseStudents(id);
  usePageTitle(query.data ? `${query.data.course.code} ${query.data.course.title}` : "Course");
  return (
    <RecordPage query={query} noun="course" list={{ href: "/courses", label: "Courses" }}>
      {({ course, students }) => (
        <>
          <CourseDetails course={course} />
          <CourseRoster course={course} students={students} />
        </>
      )}
    </RecordPage>
  );
}

function CourseDetails({ course }: { course: Course }) {
  const update = useUpdateCourse(course.id);
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
    />
  );
}
