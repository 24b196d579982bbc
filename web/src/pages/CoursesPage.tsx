import { useLocation } from "wouter";
import { useAllTerms } from "../api/calendar.ts";
import { useCoursePage, useCreateCourse, PAGE_SIZE } from "../api/queries.ts";
import { courseColumns } from "../components/courseColumns.tsx";
import { CourseForm } from "../components/CourseForm.tsx";
import { TermSelect } from "../components/TermSelect.tsx";
import { createProps } from "../components/formProps.ts";
import { ListPage, useListSearch } from "../components/ListPage.tsx";
import { parseId, usePageTitle } from "../hooks.ts";

export function CoursesPage() {
  usePageTitle("Courses");
  const list = useListSearch();
  const termId = parseId(list.params.get("term_id") ?? undefined) ?? undefined;
  const page = useCoursePage(list.search, list.paging.cursor, PAGE_SIZE, { term_id: termId });
  const terms = useAllTerms();
  const term = terms.data?.data.find((each) => each.id === termId);
  const create = useCreateCourse();
  const [, navigate] = useLocation();
  return (
    <ListPage
      id="courses"
      title="Courses"
      noun="courses"
      searchLabel="Search courses"
      placeholder="Code or title"
      list={list}
      page={page}
      columns={courseColumns(terms.data?.data ?? [])}
      filters={
        <TermSelect
          label="Filter by term"
          noneLabel="All terms"
          value={termId === undefined ? "" : String(termId)}
          onChange={(value) => {
            list.setParam("term_id", value);
          }}
        />
      }
      filterCaption={termId === undefined ? "" : ` in ${term?.code ?? `term ${termId}`}`}
      newTitle="New course"
      newForm={
        <CourseForm
          label="New course"
          submitLabel="Add course"
          {...createProps(create, "/courses", navigate)}
        />
      }
    />
  );
}
