/** What admins alone do: API tokens, OneRoster OAuth clients and OneRoster imports. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client.ts";
import type { components } from "./schema.d.ts";

type Schemas = components["schemas"];
export type Token = Schemas["Token"];
export type CreatedToken = Schemas["CreatedToken"];
export type Role = Token["role"];
export type ImportJob = Schemas["ImportJob"];
export type ImportReport = Schemas["ImportReport"];
export type Reject = Schemas["Reject"];
export type OAuthClient = Schemas["OAuthClient"];
export type CreatedOAuthClient = Schemas["CreatedOAuthClient"];
export type OAuthScope = OAuthClient["scopes"][number];

const tokensKey = ["tokens"] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/tokens", { signal })),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: Role }) => unwrap(api.POST("/api/v1/tokens", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.DELETE("/api/v1/tokens/{name}", { params: { path: { name } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

const oauthClientsKey = ["oauth-clients"] as const;

export function useOAuthClients() {
  return useQuery({
    queryKey: oauthClientsKey,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/oauth-clients", { signal })),
  });
}

export function useCreateOAuthClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: OAuthScope[] }) =>
      unwrap(api.POST("/api/v1/oauth-clients", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: oauthClientsKey }),
  });
}

export function useRevokeOAuthClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (client_id: string) =>
      unwrap(api.DELETE("/api/v1/oauth-clients/{client_id}", { params: { path: { client_id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: oauthClientsKey }),
  });
}

export interface ImportChoice {
  file: File;
  dry_run: boolean;
  skip_invalid: boolean;
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, dry_run, skip_invalid }: ImportChoice) =>
      unwrap(
        api.POST("/api/v1/imports", {
          params: { query: { dry_run, skip_invalid } },
          // The zip goes as it is: the route takes the raw bytes, not JSON.
          body: file as unknown as Record<string, never>,
          bodySerializer: (body) => body as BodyInit,
          headers: { "content-type": "application/zip" },
        }),
      ),
  });
}

const finished = (job: ImportJob | undefined) => job?.status === "succeeded" || job?.status === "failed";

/** An import job, asked again every half second until it has succeeded or failed. */
export function useImportJob(id: number | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ["imports", id],
    enabled: id !== null,
    queryFn: async ({ signal }) => {
      const job = await unwrap(
        api.GET("/api/v1/imports/{import_id}", { params: { path: { import_id: id ?? 0 } }, signal }),
      );
      // A written import changes every list on screen.
      if (job.report?.written && finished(job)) void client.invalidateQueries({ predicate: notImports });
      return job;
    },
    refetchInterval: (query) => (finished(query.state.data) ? false : 500),
  });
}

const notImports = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== "imports";
