import { useState } from "react";
import { useSignIn } from "../api/session.ts";
import { Field } from "../components/Field.tsx";
import { FormShell, problemFor } from "../components/forms.tsx";
import { usePageTitle } from "../hooks.ts";

/**
 * Shown in place of any page while nobody is signed in, so the address stays where the user was going and the
 * page appears there once the session exists.
 */
export function SignInPage() {
  usePageTitle("Sign in");
  const signIn = useSignIn();
  const [token, setToken] = useState("");
  const { fieldErrors, summary } = problemFor(signIn.error, ["token"]);
  return (
    <section className="panel sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1}>
        Sign in
      </h1>
      <p>
        Sign in with an API token: an administrator creates one with{" "}
        <code>npm run registrar -- token create --name NAME --role registrar</code> (or <code>viewer</code>,{" "}
        <code>admin</code>), and <code>npm start</code> prints an admin token on its first start.
      </p>
      <FormShell
        label="Sign in"
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        pending={signIn.isPending}
        summary={summary}
        error={signIn.error}
        onSubmit={() => {
          // A token copied from a terminal often brings a line break or spaces along; they are never part of it.
          signIn.mutate(token.trim());
        }}
      >
        <Field
          label="API token"
          name="token"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          required
          value={token}
          onChange={setToken}
          error={fieldErrors.token}
        />
      </FormShell>
    </section>
  );
}
