import { Link, useLocation } from "wouter";
import { useCreateInstructor, useInstructorPage } from "../api/calendar.ts";
import { PersonForm } from "../components/forms.tsx";
import { createProps } from "../components/formProps.ts";
import { ListPage, useListSearch } from "../components/ListPage.tsx";
import { usePageTitle } from "../hooks.ts";

export function InstructorsPage() {
  usePageTitle("Instructors");
  const list = useListSearch();
  const page = useInstructorPage(list.search, list.paging.cursor);
  const create = useCreateInstructor();
  const [, navigate] = useLocation();
  return (
    <ListPage
      id="instructors"
      title="Instructors"
      noun="instructors"
      searchLabel="Search instructors"
      placeholder="Name or email"
      list={list}
      page={page}
      columns={[
        {
          header: "Name",
          cell: (instructor) => (
            <Link href={`/instructors/${instructor.id}`}>
              {instructor.last_name}, {instructor.first_name}
            </Link>
          ),
        },
        { header: "Email", className: "email", cell: (instructor) => instructor.email },
      ]}
      newTitle="New instructor"
      newForm={
        <PersonForm
          label="New instructor"
          submitLabel="Add instructor"
          {...createProps(create, "/instructors", navigate)}
        />
      }
    />
  );
}
