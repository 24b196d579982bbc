import { Link, useLocation } from "wouter";
import { useCreateStudent, useStudentPage } from "../api/queries.ts";
import { createProps } from "../components/formProps.ts";
import { PersonForm } from "../components/forms.tsx";
import { ListPage, useListSearch } from "../components/ListPage.tsx";
import { usePageTitle } from "../hooks.ts";

export function StudentsPage() {
  usePageTitle("Students");
  const list = useListSearch();
  const page = useStudentPage(list.search, list.paging.cursor);
  const create = useCreateStudent();
  const [, navigate] = useLocation();
  return (
    <ListPage
      id="students"
      title="Students"
      noun="students"
      searchLabel="Search students"
      placeholder="Name or email"
      list={list}
      page={page}
      columns={[
        {
          header: "Name",
          cell: (student) => (
            <Link href={`/students/${student.id}`}>
              {student.last_name}, {student.first_name}
            </Link>
          ),
        },
        { header: "Email", className: "email", cell: (student) => student.email },
      ]}
      newTitle="New student"
      newForm={
        <PersonForm
          label="New student"
          submitLabel="Add student"
          {...createProps(create, "/students", navigate)}
        />
      }
    />
  );
}
