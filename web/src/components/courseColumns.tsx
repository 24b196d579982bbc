import { Link } from "wouter";
import type { Course, Term } from "../api/client.ts";
import type { Column } from "./ListPage.tsx";
import { Seats } from "./Seats.tsx";

/** The columns of a table of courses; with the terms known, also each course's term. */
export function courseColumns(terms?: Term[]): Column<Course>[] {
  const codes = new Map(terms?.map((term) => [term.id, term.code]));
  return [
    {
      header: "Course",
      cell: (course) => (
        <Link href={`/courses/${course.id}`}>
          <span className="code">{course.code}</span> {course.title}
        </Link>
      ),
    },
    ...(terms
      ? [
          {
            header: "Term",
            className: "hide-narrow",
            cell: (course: Course) => (course.term_id === null ? "–" : (codes.get(course.term_id) ?? "…")),
          },
        ]
      : []),
    { header: "Credits", className: "numeric", cell: (course) => course.credits ?? "–" },
    { header: "Seats", cell: (course) => <Seats course={course} /> },
  ];
}
