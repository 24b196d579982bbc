import { useEffect, useRef } from "react";
import { Link, Redirect, Route, Switch, useLocation, useParams, useRoute } from "wouter";
import { NotFound } from "./components/States.tsx";
import { parseId } from "./hooks.ts";
import { CoursePage } from "./pages/CoursePage.tsx";
import { CoursesPage } from "./pages/CoursesPage.tsx";
import { StudentPage } from "./pages/StudentPage.tsx";
import { StudentsPage } from "./pages/StudentsPage.tsx";

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(`${href}/*?`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

/**
 * After a client-side navigation, focus goes to the new page's heading, as a page load would reset it. A page
 * that is still loading gets the focus on <main>, then on its heading when that appears (unless the user has
 * moved on by then).
 */
function useFocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
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
  }, [location]);
}

function StudentRoute() {
  const id = parseId(useParams<{ id: string }>().id);
  return id === null ? <NotFound /> : <StudentPage key={id} id={id} />;
}

function CourseRoute() {
  const id = parseId(useParams<{ id: string }>().id);
  return id === null ? <NotFound /> : <CoursePage key={id} id={id} />;
}

export function App() {
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/students" className="brand">
          Registrar
        </Link>
        <nav aria-label="Main">
          <NavLink href="/students">Students</NavLink>
          <NavLink href="/courses">Courses</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/">
            <Redirect to="/students" replace />
          </Route>
          <Route path="/students" component={StudentsPage} />
          <Route path="/students/:id" component={StudentRoute} />
          <Route path="/courses" component={CoursesPage} />
          <Route path="/courses/:id" component={CourseRoute} />
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </main>
    </>
  );
}
