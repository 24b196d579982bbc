import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError } from "./api/client.ts";
import { signedOutOnUnauthorized } from "./api/session.ts";
import { App } from "./App.tsx";
import "./styles.css";

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      signedOutOnUnauthorized(queryClient, error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error) => {
      signedOutOnUnauthorized(queryClient, error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx (a missing student, a bad request) will not change on retry; a network error or 5xx may.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
