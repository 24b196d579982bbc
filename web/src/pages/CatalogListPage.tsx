import { Link, useLocation } from "wouter";
import { useCatalogPage, useCreateCatalogEntry } from "../api/calendar.ts";
import { CatalogForm } from "../components/CatalogForm.tsx";
import { createProps } from "../components/formProps.ts";
import { ListPage, useListSearch } from "../components/ListPage.tsx";
import { usePageTitle } from "../hooks.ts";

export function CatalogListPage() {
  usePageTitle("Catalog");
  const list = useListSearch();
  const page = useCatalogPage(list.search, list.paging.cursor);
  const create = useCreateCatalogEntry();
  const [, navigate] = useLocation();
  return (
    <ListPage
      id="catalog"
      title="Catalog"
      noun="catalog entries"
      searchLabel="Search the catalog"
      placeholder="Code or title"
      list={list}
      page={page}
      columns={[
        {
          header: "Entry",
          cell: (entry) => (
            <Link href={`/catalog/${entry.id}`}>
              <span className="code">{entry.code}</span> {entry.title}
            </Link>
          ),
        },
        { header: "Credits", className: "numeric", cell: (entry) => entry.credits ?? "–" },
        {
          header: "Prerequisites",
          className: "numeric hide-narrow",
          cell: (entry) => (entry.prerequisites.length === 0 ? "None" : entry.prerequisites.length),
        },
      ]}
      newTitle="New catalog entry"
      newForm={
        <CatalogForm
          label="New catalog entry"
          submitLabel="Add entry"
          {...createProps(create, "/catalog", navigate)}
        />
      }
    />
  );
}
