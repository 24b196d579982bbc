import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type CatalogEntry, type Instructor } from "./client.ts";
import { PAGE_SIZE, searchTerm, useRefreshAll } from "./queries.ts";

const FINDER_SIZE = 8;
import type { paths } from "./schema.d.ts";

type JsonBody<Operation> = Operation extends { requestBody: { content: { "application/json": infer Body } } }
  ? Body
  : never;

export type TermFields = JsonBody<paths["/api/v1/terms"]["post"]>;
export type CatalogFields = JsonBody<paths["/api/v1/catalog"]["post"]>;
export type InstructorFields = JsonBody<paths["/api/v1/instructors"]["post"]>;

/** Terms newest first: the current and coming terms are the ones a registrar works with. */
const termPageQuery = (q: string, cursor?: string, limit = PAGE_SIZE) =>
  queryOptions({
    queryKey: ["terms", "list", { q, cursor, limit }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/terms", {
          params: { query: { limit, sort: "-starts_on", q: searchTerm(q), cursor } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useTermPage = (q: string, cursor: string | undefined) => useQuery(termPageQuery(q, cursor));

/** Every term a select offers (the API's largest page; a registry has a few terms a year). */
export const useAllTerms = () => useQuery(termPageQuery("", undefined, 500));

export const useTerm = (id: number, enabled = true) =>
  useQuery({
    queryKey: ["terms", id],
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/terms/{term_id}", { params: { path: { term_id: id } }, signal })),
    enabled,
  });

const catalogPageQuery = (q: string, cursor?: string, limit = PAGE_SIZE) =>
  queryOptions({
    queryKey: ["catalog", "list", { q, cursor, limit }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/catalog", {
          params: { query: { limit, sort: "code", q: searchTerm(q), cursor } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useCatalogPage = (q: string, cursor: string | undefined) =>
  useQuery(catalogPageQuery(q, cursor));

export const useCatalogEntry = (id: number, enabled = true) =>
  useQuery({
    queryKey: ["catalog", id],
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/catalog/{catalog_id}", { params: { path: { catalog_id: id } }, signal })),
    enabled,
  });

const instructorPageQuery = (q: string, cursor?: string, limit = PAGE_SIZE) =>
  queryOptions({
    queryKey: ["instructors", "list", { q, cursor, limit }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/instructors", {
          params: { query: { limit, sort: "last_name", q: searchTerm(q), cursor } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useInstructorPage = (q: string, cursor: string | undefined) =>
  useQuery(instructorPageQuery(q, cursor));

/** An instructor; a course answers only their ids, so each is fetched (and cached) on its own. */
export const useInstructor = (id: number, enabled = true) =>
  useQuery({
    queryKey: ["instructors", id],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/instructors/{instructor_id}", { params: { path: { instructor_id: id } }, signal }),
      ),
    enabled,
  });

/** A few catalog entries whose code or title contains the text, for picking one. */
export const findCatalogEntries = (q: string, signal: AbortSignal) =>
  unwrap(api.GET("/api/v1/catalog", { params: { query: { limit: FINDER_SIZE, sort: "code", q } }, signal }));

/** A few instructors whose name or email contains the text, for picking one. */
export const findInstructors = (q: string, signal: AbortSignal) =>
  unwrap(
    api.GET("/api/v1/instructors", {
      params: { query: { limit: FINDER_SIZE, sort: "last_name", q } },
      signal,
    }),
  );

/** A record picked from search results is already known: its page and labels need not fetch it again. */
export function useRemember() {
  const client = useQueryClient();
  return (kind: "catalog" | "instructors", record: CatalogEntry | Instructor) => {
    client.setQueryData([kind, record.id], record);
  };
}

export function useCreateTerm() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: TermFields) => unwrap(api.POST("/api/v1/terms", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateTerm(id: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: Partial<TermFields>) =>
      unwrap(api.PATCH("/api/v1/terms/{term_id}", { params: { path: { term_id: id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateCatalogEntry() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: CatalogFields) => unwrap(api.POST("/api/v1/catalog", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateCatalogEntry(id: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: Partial<CatalogFields>) =>
      unwrap(api.PATCH("/api/v1/catalog/{catalog_id}", { params: { path: { catalog_id: id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateInstructor() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: InstructorFields) => unwrap(api.POST("/api/v1/instructors", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateInstructor(id: number) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: Partial<InstructorFields>) =>
      unwrap(
        api.PATCH("/api/v1/instructors/{instructor_id}", { params: { path: { instructor_id: id } }, body }),
      ),
    onSuccess: refresh,
  });
}

const deletions = {
  terms: (id: number) => api.DELETE("/api/v1/terms/{term_id}", { params: { path: { term_id: id } } }),
  catalog: (id: number) =>
    api.DELETE("/api/v1/catalog/{catalog_id}", { params: { path: { catalog_id: id } } }),
  instructors: (id: number) =>
    api.DELETE("/api/v1/instructors/{instructor_id}", { params: { path: { instructor_id: id } } }),
};

/**
 * Deletes a term, catalog entry or instructor. Its own cached answer is dropped rather than refetched (that
 * would be a 404 while its page is still open); everything else is refreshed, without waiting, as the caller
 * leaves the page.
 */
export function useDeleteRecord(kind: keyof typeof deletions, id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(deletions[kind](id)),
    onSuccess: () => {
      client.removeQueries({ queryKey: [kind, id] });
      void client.invalidateQueries();
    },
  });
}
