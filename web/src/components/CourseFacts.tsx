import { Link } from "wouter";
import { useCatalogEntry, useInstructor, useTerm } from "../api/calendar.ts";
import type { Course } from "../api/client.ts";
import { meetingText, personName } from "../format.ts";
import { Seats } from "./Seats.tsx";

/**
 * What a course is: its term, catalog entry, credits, seats, meetings and instructors. The API answers ids for
 * the term, entry and instructors; each is fetched (and cached) to show its name.
 */
export function CourseFacts({ course }: { course: Course }) {
  const term = useTerm(course.term_id ?? 0, course.term_id !== null).data;
  const entry = useCatalogEntry(course.catalog_id ?? 0, course.catalog_id !== null).data;
  // A course without credits of its own answers its entry's; equal credits may be either, and mean the same.
  const credits =
    course.credits === null
      ? "–"
      : entry && entry.credits === course.credits
        ? `${course.credits} (same as ${entry.code})`
        : course.credits;
  return (
    <dl className="facts">
      <div>
        <dt>Term</dt>
        <dd>
          {course.term_id === null ? (
            "No term"
          ) : (
            <Link href={`/terms/${course.term_id}`}>{term ? `${term.name} (${term.code})` : "Term…"}</Link>
          )}
        </dd>
      </div>
      <div>
        <dt>Catalog entry</dt>
        <dd>
          {course.catalog_id === null ? (
            "None"
          ) : (
            <Link href={`/catalog/${course.catalog_id}`}>
              {entry ? `${entry.code} ${entry.title}` : "Catalog entry…"}
            </Link>
          )}
        </dd>
      </div>
      <div>
        <dt>Credits</dt>
        <dd>{credits}</dd>
      </div>
      <div>
        <dt>Capacity</dt>
        <dd>{course.capacity ?? "No limit"}</dd>
      </div>
      <div className="facts-wide">
        <dt>Seats</dt>
        <dd>
          <Seats course={course} showWaitlist={false} />
        </dd>
      </div>
      <div>
        <dt>Waitlist</dt>
        <dd>{course.waitlist_count === 0 ? "Nobody waiting" : `${course.waitlist_count} waiting`}</dd>
      </div>
      <div className="facts-wide">
        <dt>Meetings</dt>
        <dd>
          {course.meetings.length === 0 ? (
            "No weekly meetings"
          ) : (
            <ul className="plain-list">
              {course.meetings.map((meeting, index) => (
                <li key={index}>{meetingText(meeting)}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="facts-wide">
        <dt>Instructors</dt>
        <dd>
          {course.instructor_ids.length === 0 ? (
            "None yet"
          ) : (
            <ol className="plain-list">
              {course.instructor_ids.map((id) => (
                <li key={id}>
                  <InstructorLink id={id} />
                </li>
              ))}
            </ol>
          )}
        </dd>
      </div>
    </dl>
  );
}

function InstructorLink({ id }: { id: number }) {
  const instructor = useInstructor(id).data;
  return <Link href={`/instructors/${id}`}>{instructor ? personName(instructor) : `Instructor ${id}`}</Link>;
}
