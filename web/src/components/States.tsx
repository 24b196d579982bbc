import { Link } from "wouter";
import { ApiError } from "../api/client.ts";
import { usePageTitle } from "../hooks.ts";

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ error }: { error: Error }) {
  const message =
    error instanceof ApiError
      ? error.is("forbidden")
        ? error.userMessage
        : `Something went wrong: ${error.userMessage}`
      : "Something went wrong: the server could not be reached.";
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
    </div>
  );
}

/** The 404 page: for an unknown address, or a student or course that does not exist. */
export function NotFound({ title = "Page not found", detail }: { title?: string; detail?: string }) {
  usePageTitle(title);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1}>
        {title}
      </h1>
      <p>{detail ?? "There is nothing at this address."}</p>
      <p>
        Go to <Link href="/students">students</Link> or <Link href="/courses">courses</Link>.
      </p>
    </section>
  );
}
