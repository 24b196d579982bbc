import { Link } from "wouter";
import { useCoursePage, type CourseFilter } from "../api/queries.ts";
import { courseColumns } from "./courseColumns.tsx";
import { RecordTable } from "./ListPage.tsx";
import { ErrorNotice, Loading } from "./States.tsx";

interface CourseSectionProps {
  title: string;
  /** The courses of a term or the sections of a catalog entry. */
  filter: CourseFilter;
  /** "Courses in 2027SP", for the table's caption and the empty state. */
  caption: string;
  /** Where all of them are listed, when there are more than one page. */
  moreHref?: string;
}

/** The first page of the courses that belong to a record (its term or its catalog entry). */
export function CourseSection({ title, filter, caption, moreHref }: CourseSectionProps) {
  const page = useCoursePage("", undefined, undefined, filter);
  return (
    <section aria-labelledby="record-courses-title">
      <h2 id="record-courses-title">{title}</h2>
      {page.isPending ? (
        <Loading what="courses" />
      ) : page.isError ? (
        <ErrorNotice error={page.error} />
      ) : page.data.data.length === 0 ? (
        <p className="empty">No {caption.replace(/^./, (first) => first.toLowerCase())} yet.</p>
      ) : (
        <>
          <RecordTable caption={caption} columns={courseColumns()} items={page.data.data} />
          {page.data.next_cursor && moreHref && (
            <p>
              <Link href={moreHref}>All {caption.replace(/^./, (first) => first.toLowerCase())}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
