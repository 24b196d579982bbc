import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useSearchParams } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";
import { useCanChange } from "../api/session.ts";
import { useDebounced } from "../hooks.ts";
import { Pager, useCursorStack } from "./Pager.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { ErrorNotice, Loading } from "./States.tsx";

/**
 * A list's search (?q=) and other filters, kept in the address so that a reload, a shared link or the back
 * button shows the same list. Another search or filter starts again at the first page.
 */
export function useListSearch() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const search = useDebounced(q);
  const paging = useCursorStack(`${search}\n${params.get("term_id") ?? ""}`);
  const setParam = (name: string, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === "") next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };
  return { params, setParam, q, search: search.trim(), paging };
}

export type ListSearch = ReturnType<typeof useListSearch>;

/** Where a page that deleted a record sends the user: the list, saying what was deleted. */
export interface ListState {
  done?: string;
}

export interface Column<Item> {
  header: string;
  cell: (item: Item) => ReactNode;
  className?: string;
}

/** A table of records, one row each, with a caption for screen readers. */
export function RecordTable<Item extends { id: number }>({
  caption,
  columns,
  items,
}: {
  caption: string;
  columns: Column<Item>[];
  items: Item[];
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              {columns.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ListPageProps<Item> {
  /** Ids in the page start with it ("terms": terms-title, terms-results). */
  id: string;
  title: string;
  /** What the list holds, in the plural and lower case: "terms". */
  noun: string;
  searchLabel: string;
  placeholder: string;
  list: ListSearch;
  page: UseQueryResult<{ data: Item[]; next_cursor: string | null }>;
  columns: Column<Item>[];
  /** More filters than the search (the term of courses), and what they select for the table's caption. */
  filters?: ReactNode;
  filterCaption?: string;
  /** The panel with the form for a new record; shown only to roles that may change records. */
  newTitle: string;
  newForm: ReactNode;
}

export function ListPage<Item extends { id: number }>(props: ListPageProps<Item>) {
  const { id, title, noun, list, page, columns, filterCaption = "" } = props;
  const canChange = useCanChange();
  const done = useHistoryState<ListState | null>()?.done;
  const filtered = list.search !== "" || filterCaption !== "";
  return (
    <div className={canChange ? "page-grid" : undefined}>
      <section aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h1>
        {done && (
          <p className="status-message" role="status">
            {done}
          </p>
        )}
        <div className="filters">
          <SearchBox
            label={props.searchLabel}
            placeholder={props.placeholder}
            value={list.q}
            controls={`${id}-results`}
            onChange={(value) => {
              list.setParam("q", value);
            }}
          />
          {props.filters}
        </div>
        <div id={`${id}-results`} aria-busy={page.isFetching}>
          {page.isPending ? (
            <Loading what={noun} />
          ) : page.isError ? (
            <ErrorNotice error={page.error} />
          ) : page.data.data.length === 0 ? (
            <p className="empty">
              {filtered
                ? `No ${noun}${list.search && ` match “${list.search}”`}${filterCaption}.`
                : canChange
                  ? `No ${noun} yet: add the first one.`
                  : `No ${noun} yet.`}
            </p>
          ) : (
            <RecordTable
              caption={`${title}${list.search && ` matching “${list.search}”`}${filterCaption}, page ${list.paging.page}`}
              columns={columns}
              items={page.data.data}
            />
          )}
        </div>
        <Pager
          label={`${title.replace(/s$/, "")} pages`}
          page={list.paging.page}
          nextCursor={page.data?.next_cursor}
          onNext={list.paging.next}
          onPrevious={list.paging.previous}
        />
      </section>
      {canChange && (
        <section className="panel" aria-labelledby={`${id}-new-title`}>
          <h2 id={`${id}-new-title`}>{props.newTitle}</h2>
          {props.newForm}
        </section>
      )}
    </div>
  );
}
