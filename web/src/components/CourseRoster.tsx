import { Fragment, useState } from "react";
import { Link } from "wouter";
import type { Course, RosterEntry } from "../api/client.ts";
import { useRosterPage } from "../api/roster.ts";
import { useCanChange } from "../api/session.ts";
import { personName } from "../format.ts";
import { useDebounced } from "../hooks.ts";
import { EnrollmentHistory } from "./EnrollmentHistory.tsx";
import { GradeEntry, useGradeEntry } from "./GradeEntry.tsx";
import { Pager, useCursorStack } from "./Pager.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { ErrorNotice, Loading } from "./States.tsx";
import { Status } from "./Status.tsx";

/** The course's students: enrolled and completed ones by name, a page at a time, then the waitlist in order. */
export function CourseRoster({ course }: { course: Course }) {
  return (
    <>
      <Roster course={course} />
      <Waitlist course={course} />
    </>
  );
}

function Roster({ course }: { course: Course }) {
  const [q, setQ] = useState("");
  const search = useDebounced(q).trim();
  const paging = useCursorStack(search);
  const page = useRosterPage(course.id, "enrolled,completed", search, paging.cursor);
  const canChange = useCanChange();
  const [open, setOpen] = useState<number | null>(null);
  const students = page.data?.students ?? [];
  const grading = useGradeEntry(course.id);
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">Roster</h2>
      <div className="filters">
        <SearchBox
          label="Search the roster"
          placeholder="Name or email"
          value={q}
          onChange={setQ}
          controls={students.length > 0 ? "roster-table" : undefined}
        />
        {canChange && !grading.active && course.enrolled_count > 0 && (
          <button type="button" onClick={grading.start}>
            Enter grades
          </button>
        )}
      </div>
      {page.isPending ? (
        <Loading what="the roster" />
      ) : page.isError ? (
        <ErrorNotice error={page.error} />
      ) : students.length === 0 ? (
        <p className="empty">
          {search
            ? `No student on the roster matches “${search}”.`
            : "No students enrolled yet. Enroll students from their own page."}
        </p>
      ) : (
        <GradeEntry grading={grading}>
          <div className="table-wrap">
            <table id="roster-table">
              <caption className="visually-hidden">Students in {course.code}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="hide-narrow">
                    Email
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Grade</th>
                  <th scope="col">
                    <span className="visually-hidden">History</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {students.map((student) => (
                  <Fragment key={student.id}>
                    <RosterRow
                      student={student}
                      grade={grading.cell(student)}
                      open={open === student.id}
                      onToggle={() => {
                        setOpen(open === student.id ? null : student.id);
                      }}
                    />
                    {open === student.id && (
                      <tr>
                        <td colSpan={5} id={`history-${student.id}`}>
                          <EnrollmentHistory
                            studentId={student.id}
                            courseId={course.id}
                            label={personName(student)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </GradeEntry>
      )}
      <Pager
        label="Roster pages"
        page={paging.page}
        nextCursor={page.data?.next_cursor}
        onNext={paging.next}
        onPrevious={paging.previous}
      />
    </section>
  );
}

interface RosterRowProps {
  student: RosterEntry;
  grade: React.ReactNode;
  open: boolean;
  onToggle: () => void;
}

function RosterRow({ student, grade, open, onToggle }: RosterRowProps) {
  return (
    <tr>
      <td>
        <Link href={`/students/${student.id}`}>
          {student.last_name}, {student.first_name}
        </Link>
      </td>
      <td className="email hide-narrow">{student.email}</td>
      <td>
        <Status enrollment={student.enrollment} />
      </td>
      <td>{grade}</td>
      <td className="row-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? `history-${student.id}` : undefined}
          onClick={onToggle}
        >
          History<span className="visually-hidden"> of {personName(student)}</span>
        </button>
      </td>
    </tr>
  );
}

function Waitlist({ course }: { course: Course }) {
  const paging = useCursorStack("");
  const page = useRosterPage(course.id, "waitlisted", "", paging.cursor);
  const waitlist = page.data?.students ?? [];
  return (
    <section aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">Waitlist</h2>
      {page.isPending ? (
        <Loading what="the waitlist" />
      ) : page.isError ? (
        <ErrorNotice error={page.error} />
      ) : waitlist.length === 0 ? (
        <p className="empty">Nobody is waiting for a seat.</p>
      ) : (
        <ol
          className="waitlist"
          start={waitlist[0]?.enrollment.waitlist_position ?? 1}
          aria-label={`Waitlist for ${course.code}, next in line first`}
        >
          {waitlist.map((student) => (
            <li key={student.id}>
              <Link href={`/students/${student.id}`}>
                {student.first_name} {student.last_name}
              </Link>{" "}
              <span className="muted">
                {student.email} · waiting since{" "}
                {new Date(student.enrollment.enrolled_at).toLocaleDateString()}
              </span>
            </li>
          ))}
        </ol>
      )}
      <Pager
        label="Waitlist pages"
        page={paging.page}
        nextCursor={page.data?.next_cursor}
        onNext={paging.next}
        onPrevious={paging.previous}
      />
    </section>
  );
}
