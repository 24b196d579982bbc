import { Link, useLocation } from "wouter";
import { useCreateTerm, useTermPage } from "../api/calendar.ts";
import { createProps } from "../components/formProps.ts";
import { ListPage, useListSearch } from "../components/ListPage.tsx";
import { TermForm } from "../components/TermForm.tsx";
import { formatDate } from "../format.ts";
import { usePageTitle } from "../hooks.ts";

export function TermsPage() {
  usePageTitle("Terms");
  const list = useListSearch();
  const page = useTermPage(list.search, list.paging.cursor);
  const create = useCreateTerm();
  const [, navigate] = useLocation();
  return (
    <ListPage
      id="terms"
      title="Terms"
      noun="terms"
      searchLabel="Search terms"
      placeholder="Code or name"
      list={list}
      page={page}
      columns={[
        {
          header: "Term",
          cell: (term) => (
            <Link href={`/terms/${term.id}`}>
              <span className="code">{term.code}</span> {term.name}
            </Link>
          ),
        },
        { header: "Starts", cell: (term) => formatDate(term.starts_on) },
        { header: "Ends", cell: (term) => formatDate(term.ends_on) },
      ]}
      newTitle="New term"
      newForm={
        <TermForm label="New term" submitLabel="Add term" {...createProps(create, "/terms", navigate)} />
      }
    />
  );
}
