import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { Link, Redirect, Route, Switch, useLocation, useParams, useRoute } from "wouter";
import type { Principal } from "./api/client.ts";
import { forgetRecords, PrincipalContext, useSession, useSignOut } from "./api/session.ts";
import { ErrorNotice, Loading, NotFound } from "./components/States.tsx";
import { parseId } from "./hooks.ts";
import { CatalogEntryPage } from "./pages/CatalogEntryPage.tsx";
import { CatalogListPage } from "./pages/CatalogListPage.tsx";
import { CoursesPage } from "./pages/CoursesPage.tsx";
import { InstructorPage } from "./pages/InstructorPage.tsx";
import { InstructorsPage } from "./pages/InstructorsPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";
import { StudentsPage } from "./pages/StudentsPage.tsx";
import { TermPage } from "./pages/TermPage.tsx";
import { TermsPage } from "./pages/TermsPage.tsx";

// The admins' pages are loaded when first opened: most users never see them; so are a course's page (its
// roster, grade entry and histories) and a student's (holds, overrides, grades, histories), which keeps a first
// visit's JavaScript within its budget.
const StudentPage = lazy(() =>
  import("./pages/StudentPage.tsx").then((page) => ({ default: page.StudentPage })),
);
const CoursePage = lazy(() =>
  import("./pages/CoursePage.tsx").then((page) => ({ default: page.CoursePage })),
);
const ImportsPage = lazy(() =>
  import("./pages/ImportsPage.tsx").then((page) => ({ default: page.ImportsPage })),
);
const TokensPage = lazy(() =>
  import("./pages/TokensPage.tsx").then((page) => ({ default: page.TokensPage })),
);
const OAuthClientsPage = lazy(() =>
  import("./pages/OAuthClientsPage.tsx").then((page) => ({ default: page.OAuthClientsPage })),
);

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(`${href}/*?`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

/**
 * After a client-side navigation, or signing in or out, focus goes to the new page's heading, as a page load
 * would reset it. A page that is still loading gets the focus on <main>, then on its heading when that appears
 * (unless the user has moved on by then). `screen` is null until the app knows whether anyone is signed in;
 * the first page it then shows keeps the browser's own focus, as after any page load.
 */
function useFocusOnNavigate(screen: string | null) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = screen;
    if (screen === null || before === null || before === screen) return;
    const main = document.getElementById("main");
    if (!main) return;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>("h1");
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    main.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, [screen]);
}

/** A record's page for /kind/:id, or the 404 page when the id is not a positive integer. */
function recordRoute(Page: (props: { id: number }) => ReactNode) {
  return function RecordRoute() {
    const id = parseId(useParams<{ id: string }>().id);
    return id === null ? <NotFound /> : <Page key={id} id={id} />;
  };
}

const StudentRoute = recordRoute(({ id }) => (
  <Suspense fallback={<Loading what="the student" />}>
    <StudentPage id={id} />
  </Suspense>
));
const CourseRoute = recordRoute(({ id }) => (
  <Suspense fallback={<Loading what="the course" />}>
    <CoursePage id={id} />
  </Suspense>
));
const TermRoute = recordRoute(TermPage);
const CatalogRoute = recordRoute(CatalogEntryPage);
const InstructorRoute = recordRoute(InstructorPage);

function Account({ principal }: { principal: Principal }) {
  const signOut = useSignOut();
  return (
    <div className="account">
      <span>
        Signed in as <strong>{principal.name}</strong> ({principal.role})
      </span>
      <button
        type="button"
        disabled={signOut.isPending}
        onClick={() => {
          signOut.mutate();
        }}
      >
        Sign out
      </button>
      {signOut.isError && (
        <span className="account-error" role="alert">
          Signing out failed; try again.
        </span>
      )}
    </div>
  );
}

function Pages() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/students" replace />
      </Route>
      <Route path="/students" component={StudentsPage} />
      <Route path="/students/:id" component={StudentRoute} />
      <Route path="/courses" component={CoursesPage} />
      <Route path="/courses/:id" component={CourseRoute} />
      <Route path="/terms" component={TermsPage} />
      <Route path="/terms/:id" component={TermRoute} />
      <Route path="/catalog" component={CatalogListPage} />
      <Route path="/catalog/:id" component={CatalogRoute} />
      <Route path="/instructors" component={InstructorsPage} />
      <Route path="/instructors/:id" component={InstructorRoute} />
      <Route path="/imports">
        <Suspense fallback={<Loading what="the imports page" />}>
          <ImportsPage />
        </Suspense>
      </Route>
      <Route path="/tokens">
        <Suspense fallback={<Loading what="the tokens page" />}>
          <TokensPage />
        </Suspense>
      </Route>
      <Route path="/oauth-clients">
        <Suspense fallback={<Loading what="the OAuth clients page" />}>
          <OAuthClientsPage />
        </Suspense>
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

export function App() {
  const session = useSession();
  const principal = session.data;
  const [location] = useLocation();
  useFocusOnNavigate(principal === undefined ? null : `${principal?.name ?? ""} ${location}`);
  const client = useQueryClient();
  useEffect(() => {
    if (principal === null) forgetRecords(client);
  }, [principal, client]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/students" className="brand">
          Registrar
        </Link>
        {principal && (
          <>
            <nav aria-label="Main">
              <NavLink href="/students">Students</NavLink>
              <NavLink href="/courses">Courses</NavLink>
              <NavLink href="/terms">Terms</NavLink>
              <NavLink href="/catalog">Catalog</NavLink>
              <NavLink href="/instructors">Instructors</NavLink>
              {principal.role === "admin" && (
                <>
                  <NavLink href="/imports">Imports</NavLink>
                  <NavLink href="/tokens">Tokens</NavLink>
                  <NavLink href="/oauth-clients">OAuth clients</NavLink>
                </>
              )}
            </nav>
            <Account principal={principal} />
          </>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {principal === undefined ? (
          session.isError ? (
            <ErrorNotice error={session.error} />
          ) : (
            <Loading what="Registrar" />
          )
        ) : principal === null ? (
          <SignInPage />
        ) : (
          <PrincipalContext value={principal}>
            <Pages />
          </PrincipalContext>
        )}
      </main>
    </>
  );
}
