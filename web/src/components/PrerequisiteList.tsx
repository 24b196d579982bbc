import { Fragment } from "react";
import { Link } from "wouter";
import type { PrerequisiteItem } from "../api/client.ts";
import { useCatalogEntry } from "../api/calendar.ts";

/** Prerequisites in words: a numbered list of groups, all needed, each met by any one of its entries. */
export function PrerequisiteList({ groups }: { groups: PrerequisiteItem[][] }) {
  if (groups.length === 0) return <p className="muted">None.</p>;
  return (
    <>
      <p className="hint">{groups.length === 1 ? "Needs:" : "Needs all of these:"}</p>
      <ol className="prerequisite-list" aria-label="Prerequisites">
        {groups.map((group, g) => (
          <li key={g}>
            {group.length > 1 && "One of "}
            {group.map((item, i) => (
              <Fragment key={item.catalog_id}>
                {i > 0 && (i === group.length - 1 ? " or " : ", ")}
                <CatalogLink id={item.catalog_id} />
                {item.min_grade && ` (${item.min_grade} or better)`}
                {item.concurrent && " (may be taken concurrently)"}
              </Fragment>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A link to a catalog entry, by its code once it is known. */
function CatalogLink({ id }: { id: number }) {
  const entry = useCatalogEntry(id).data;
  return <Link href={`/catalog/${id}`}>{entry?.code ?? `Entry ${id}`}</Link>;
}
