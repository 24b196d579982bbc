import { useLocation } from "wouter";
import { useCatalogEntry, useDeleteRecord, useUpdateCatalogEntry } from "../api/calendar.ts";
import type { CatalogEntry } from "../api/client.ts";
import { CatalogForm } from "../components/CatalogForm.tsx";
import { CourseSection } from "../components/CourseSection.tsx";
import { DeleteRecord } from "../components/DeleteRecord.tsx";
import type { ListState } from "../components/ListPage.tsx";
import { PrerequisiteList } from "../components/PrerequisiteList.tsx";
import { editProps } from "../components/formProps.ts";
import { Details, RecordPage } from "../components/RecordPage.tsx";
import { usePageTitle } from "../hooks.ts";

export function CatalogEntryPage({ id }: { id: number }) {
  const remove = useDeleteRecord("catalog", id);
  const query = useCatalogEntry(id, remove.isIdle || remove.isError);
  usePageTitle(query.data ? `${query.data.code} ${query.data.title}` : "Catalog entry");
  return (
    <RecordPage query={query} noun="catalog entry" list={{ href: "/catalog", label: "Catalog" }}>
      {(entry) => (
        <>
          <EntryDetails entry={entry} remove={remove} />
          <CourseSection
            title="Sections"
            filter={{ catalog_id: entry.id }}
            caption={`Sections of ${entry.code}`}
          />
        </>
      )}
    </RecordPage>
  );
}

function EntryDetails({
  entry,
  remove,
}: {
  entry: CatalogEntry;
  remove: ReturnType<typeof useDeleteRecord>;
}) {
  const update = useUpdateCatalogEntry(entry.id);
  const [, navigate] = useLocation();
  return (
    <Details
      id="catalog-title"
      heading={
        <>
          <span className="code">{entry.code}</span> {entry.title}
        </>
      }
      editLabel="Edit entry"
      form={(close) => (
        <CatalogForm label="Edit catalog entry" initial={entry} {...editProps(update, entry, close)} />
      )}
      facts={
        <>
          {entry.description && <p className="description">{entry.description}</p>}
          <dl className="facts">
            <div>
              <dt>Credits</dt>
              <dd>{entry.credits ?? "–"}</dd>
            </div>
            <div className="facts-wide">
              <dt>Prerequisites</dt>
              <dd>
                <PrerequisiteList groups={entry.prerequisites} />
              </dd>
            </div>
          </dl>
        </>
      }
      actions={
        <DeleteRecord
          noun="Catalog entry"
          id={entry.id}
          label={entry.code}
          mutation={remove}
          onDeleted={() => {
            const state: ListState = { done: `Deleted catalog entry ${entry.code}.` };
            navigate("/catalog", { replace: true, state });
          }}
        />
      }
    />
  );
}
