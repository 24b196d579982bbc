import { Link, useLocation, useSearchParams } from "wouter";
import { useCreateStudent, useStudentPage } from "../api/queries.ts";
import { useCanChange } from "../api/session.ts";
import { StudentForm } from "../components/forms.tsx";
import { Pager, useCursorStack } from "../components/Pager.tsx";
import { SearchBox } from "../components/SearchBox.tsx";
import { ErrorNotice, Loading } from "../components/States.tsx";
import { useDebounced, usePageTitle } from "../hooks.ts";

export function StudentsPage() {
  usePageTitle("Students");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const search = useDebounced(q);
  const paging = useCursorStack(search);
  const page = useStudentPage(search, paging.cursor);
  const create = useCreateStudent();
  const [, navigate] = useLocation();
  const canChange = useCanChange();

  return (
    <div className={canChange ? "page-grid" : undefined}>
      <section aria-labelledby="students-title">
        <h1 id="students-title" tabIndex={-1}>
          Students
        </h1>
        <SearchBox
          label="Search students"
          placeholder="Name or email"
          value={q}
          controls="student-results"
          onChange={(value) => {
            setParams(value === "" ? {} : { q: value }, { replace: true });
          }}
        />
        <div id="student-results" aria-busy={page.isFetching}>
          {page.isPending ? (
            <Loading what="students" />
          ) : page.isError ? (
            <ErrorNotice error={page.error} />
          ) : page.data.data.length === 0 ? (
            <p className="empty">
              {search.trim()
                ? `No students match “${search.trim()}”.`
                : canChange
                  ? "No students yet: add the first one."
                  : "No students yet."}
            </p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">
                  Students{search.trim() && ` matching “${search.trim()}”`}, page {paging.page}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.data.map((student) => (
                    <tr key={student.id}>
                      <td>
                        <Link href={`/students/${student.id}`}>
                          {student.last_name}, {student.first_name}
                        </Link>
                      </td>
                      <td className="email">{student.email}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <Pager
          label="Student pages"
          page={paging.page}
          nextCursor={page.data?.next_cursor}
          onNext={paging.next}
          onPrevious={paging.previous}
        />
      </section>
      {canChange && (
        <section className="panel" aria-labelledby="new-student-title">
          <h2 id="new-student-title">New student</h2>
          <StudentForm
            label="New student"
            submitLabel="Add student"
            pending={create.isPending}
            error={create.error}
            onSubmit={(fields) => {
              create.mutate(fields, {
                onSuccess: (student) => {
                  navigate(`/students/${student.id}`);
                },
              });
            }}
          />
        </section>
      )}
    </div>
  );
}
