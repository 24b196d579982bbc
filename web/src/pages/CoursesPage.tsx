import { Link, useLocation, useSearchParams } from "wouter";
import { useCoursePage, useCreateCourse } from "../api/queries.ts";
import { useCanChange } from "../api/session.ts";
import { CourseForm } from "../components/forms.tsx";
import { Pager, useCursorStack } from "../components/Pager.tsx";
import { SearchBox } from "../components/SearchBox.tsx";
import { Seats } from "../components/Seats.tsx";
import { ErrorNotice, Loading } from "../components/States.tsx";
import { useDebounced, usePageTitle } from "../hooks.ts";

export function CoursesPage() {
  usePageTitle("Courses");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const search = useDebounced(q);
  const paging = useCursorStack(search);
  const page = useCoursePage(search, paging.cursor);
  const create = useCreateCourse();
  const [, navigate] = useLocation();
  const canChange = useCanChange();

  return (
    <div className={canChange ? "page-grid" : undefined}>
      <section aria-labelledby="courses-title">
        <h1 id="courses-title" tabIndex={-1}>
          Courses
        </h1>
        <SearchBox
          label="Search courses"
          placeholder="Code or title"
          value={q}
          controls="course-results"
          onChange={(value) => {
            setParams(value === "" ? {} : { q: value }, { replace: true });
          }}
        />
        <div id="course-results" aria-busy={page.isFetching}>
          {page.isPending ? (
            <Loading what="courses" />
          ) : page.isError ? (
            <ErrorNotice error={page.error} />
          ) : page.data.data.length === 0 ? (
            <p className="empty">
              {search.trim()
                ? `No courses match “${search.trim()}”.`
                : canChange
                  ? "No courses yet: add the first one."
                  : "No courses yet."}
            </p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">
                  Courses{search.trim() && ` matching “${search.trim()}”`}, page {paging.page}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Course</th>
                    <th scope="col" className="numeric">
                      Credits
                    </th>
                    <th scope="col">Seats</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.data.map((course) => (
                    <tr key={course.id}>
                      <td>
                        <Link href={`/courses/${course.id}`}>
                          <span className="code">{course.code}</span> {course.title}
                        </Link>
                      </td>
                      <td className="numeric">{course.credits ?? "–"}</td>
                      <td>
                        <Seats course={course} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <Pager
          label="Course pages"
          page={paging.page}
          nextCursor={page.data?.next_cursor}
          onNext={paging.next}
          onPrevious={paging.previous}
        />
      </section>
      {canChange && (
        <section className="panel" aria-labelledby="new-course-title">
          <h2 id="new-course-title">New course</h2>
          <CourseForm
            label="New course"
            submitLabel="Add course"
            pending={create.isPending}
            error={create.error}
            onSubmit={(fields) => {
              create.mutate(fields, {
                onSuccess: (course) => {
                  navigate(`/courses/${course.id}`);
                },
              });
            }}
          />
        </section>
      )}
    </div>
  );
}
