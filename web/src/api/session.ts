import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { api, ApiError, unwrap, type Principal } from "./client.ts";

/** Who is signed in: a Principal, or null when nobody is. */
export const sessionKey = ["session"] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    // The probe answers 200 either way, so that opening the app signed out logs no failed request.
    queryFn: async ({ signal }): Promise<Principal | null> =>
      (await unwrap(api.GET("/api/v1/session/state", { signal }))).principal,
  });
}

/** Any 401 means the session has ended (expired, signed out elsewhere, token revoked): back to signing in. */
export function signedOutOnUnauthorized(client: QueryClient, error: Error): void {
  if (error instanceof ApiError && error.status === 401) client.setQueryData(sessionKey, null);
}

/**
 * Removes every cached answer but the session itself, so that no records of the previous user stay in memory or
 * reappear for the next one. Pages are unmounted by then: the app shows the sign-in page while signed out.
 */
export function forgetRecords(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  client.getMutationCache().clear();
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST("/api/v1/session", { body: { token } })),
    onSuccess: (principal) => {
      client.setQueryData(sessionKey, principal);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/session")),
    onSuccess: () => {
      client.setQueryData(sessionKey, null);
    },
  });
}

/** The signed-in principal, for the pages under the sign-in gate. */
export const PrincipalContext = createContext<Principal | null>(null);

/** Whether the signed-in role may change records; viewers only read, and see no controls for changes. */
export function useCanChange(): boolean {
  const principal = useContext(PrincipalContext);
  return principal !== null && principal.role !== "viewer";
}

/** Whether the signed-in role is admin: imports, exports and tokens are for admins only. */
export function useIsAdmin(): boolean {
  return useContext(PrincipalContext)?.role === "admin";
}
