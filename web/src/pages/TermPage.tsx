import { Link, useLocation } from "wouter";
import { useDeleteRecord, useTerm, useUpdateTerm } from "../api/calendar.ts";
import type { Term } from "../api/client.ts";
import { CourseSection } from "../components/CourseSection.tsx";
import { DeleteRecord } from "../components/DeleteRecord.tsx";
import type { ListState } from "../components/ListPage.tsx";
import { editProps } from "../components/formProps.ts";
import { Details, RecordPage } from "../components/RecordPage.tsx";
import { TermForm } from "../components/TermForm.tsx";
import { formatDate, formatDateTime } from "../format.ts";
import { usePageTitle } from "../hooks.ts";

export function TermPage({ id }: { id: number }) {
  const remove = useDeleteRecord("terms", id);
  // Once deleted, the term is not fetched again (a 404) while the page makes way for the list.
  const query = useTerm(id, remove.isIdle || remove.isError);
  usePageTitle(query.data ? `${query.data.code} ${query.data.name}` : "Term");
  return (
    <RecordPage query={query} noun="term" list={{ href: "/terms", label: "Terms" }}>
      {(term) => (
        <>
          <TermDetails term={term} remove={remove} />
          <CourseSection
            title="Courses"
            filter={{ term_id: term.id }}
            caption={`Courses in ${term.code}`}
            moreHref={`/courses?term_id=${term.id}`}
          />
        </>
      )}
    </RecordPage>
  );
}

const orNone = (value: string | null, format: (value: string) => string, none: string) =>
  value === null ? none : format(value);

function TermDetails({ term, remove }: { term: Term; remove: ReturnType<typeof useDeleteRecord> }) {
  const update = useUpdateTerm(term.id);
  const [, navigate] = useLocation();
  return (
    <Details
      id="term-title"
      heading={
        <>
          <span className="code">{term.code}</span> {term.name}
        </>
      }
      editLabel="Edit term"
      form={(close) => <TermForm label="Edit term" initial={term} {...editProps(update, term, close)} />}
      facts={
        <dl className="facts">
          <div>
            <dt>Dates</dt>
            <dd>
              {formatDate(term.starts_on)} – {formatDate(term.ends_on)}
            </dd>
          </div>
          <div>
            <dt>Registration opens</dt>
            <dd>{orNone(term.registration_opens_at, formatDateTime, "Any time")}</dd>
          </div>
          <div>
            <dt>Registration closes</dt>
            <dd>{orNone(term.registration_closes_at, formatDateTime, "No deadline")}</dd>
          </div>
          <div>
            <dt>Add/drop ends</dt>
            <dd>{orNone(term.add_drop_ends_on, formatDate, "No deadline")}</dd>
          </div>
          <div>
            <dt>Maximum credits</dt>
            <dd>{term.max_credits ?? "No limit"}</dd>
          </div>
        </dl>
      }
      actions={
        <DeleteRecord
          noun="Term"
          id={term.id}
          label={term.code}
          mutation={remove}
          hint={<Link href={`/courses?term_id=${term.id}`}>See the courses in {term.code}</Link>}
          onDeleted={() => {
            const state: ListState = { done: `Deleted term ${term.code}.` };
            navigate("/terms", { replace: true, state });
          }}
        />
      }
    />
  );
}
