import type { ReactNode } from "react";
import { useIsAdmin } from "../api/session.ts";
import { usePageTitle } from "../hooks.ts";

/** A page for admins: anyone else who opens it directly is told so, and sees none of its controls. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  const admin = useIsAdmin();
  return (
    <section aria-labelledby="admin-page-title">
      <h1 id="admin-page-title" tabIndex={-1}>
        {title}
      </h1>
      {admin ? (
        children
      ) : (
        <div className="notice notice-warning">
          <p>
            {title} are for admins only. Ask an administrator if you need something imported, exported or a
            token created.
          </p>
        </div>
      )}
    </section>
  );
}
