import { useId, useState } from "react";
import {
  useCreateOAuthClient,
  useOAuthClients,
  useRevokeOAuthClient,
  type CreatedOAuthClient,
  type OAuthClient,
  type OAuthScope,
} from "../api/admin.ts";
import { AdminOnly } from "../components/AdminOnly.tsx";
import { RevokeCell } from "../components/RevokeCell.tsx";
import { SecretNotice } from "../components/SecretNotice.tsx";
import { Field } from "../components/Field.tsx";
import { FormShell, invalidGroup, problemFor } from "../components/forms.tsx";
import { ErrorNotice, Loading } from "../components/States.tsx";
import { formatDateTime } from "../format.ts";

const SCOPE_PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";

/** The OneRoster scopes, widest first, with what each lets an LMS read (README, "OneRoster 1.2 REST"). */
const scopeChoices: { scope: OAuthScope; label: string }[] = [
  { scope: `${SCOPE_PREFIX}roster.readonly`, label: "roster.readonly: every roster read" },
  {
    scope: `${SCOPE_PREFIX}roster-core.readonly`,
    label: "roster-core.readonly: top-level collections and single records",
  },
  {
    scope: `${SCOPE_PREFIX}roster-demographics.readonly`,
    label: "roster-demographics.readonly: demographics (always empty)",
  },
];

const shortScope = (scope: string) => scope.slice(SCOPE_PREFIX.length);

export function OAuthClientsPage() {
  return (
    <AdminOnly title="OAuth clients">
      <p className="muted">
        An LMS (Canvas, Moodle, Schoology…) pulls rosters over OneRoster 1.2 REST with a client id and secret
        from here; create one per LMS.
      </p>
      <OAuthClients />
    </AdminOnly>
  );
}

function OAuthClients() {
  const clients = useOAuthClients();
  const [created, setCreated] = useState<CreatedOAuthClient | null>(null);
  return (
    <>
      <NewClient onCreated={setCreated} />
      {created && (
        <Secret
          client={created}
          onDone={() => {
            setCreated(null);
          }}
        />
      )}
      <section aria-labelledby="clients-title">
        <h2 id="clients-title">Clients</h2>
        {clients.isPending ? (
          <Loading what="the OAuth clients" />
        ) : clients.isError ? (
          <ErrorNotice error={clients.error} />
        ) : clients.data.data.length === 0 ? (
          <p className="muted">No OAuth clients yet.</p>
        ) : (
          <ClientTable clients={clients.data.data} />
        )}
      </section>
    </>
  );
}

function NewClient({ onCreated }: { onCreated: (client: CreatedOAuthClient) => void }) {
  const create = useCreateOAuthClient();
  const id = useId();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<OAuthScope[]>([`${SCOPE_PREFIX}roster.readonly`]);
  const { fieldErrors, summary } = problemFor(create.error, ["name", "scopes"]);
  return (
    <FormShell
      label="New OAuth client"
      submitLabel="Create client"
      pendingLabel="Creating…"
      pending={create.isPending}
      summary={summary}
      error={create.error}
      onSubmit={() => {
        create.mutate(
          { name, scopes },
          {
            onSuccess: (client) => {
              setName("");
              onCreated(client);
            },
          },
        );
      }}
    >
      <Field
        label="Name"
        name="name"
        autoComplete="off"
        required
        hint="Which LMS this is for, e.g. Canvas. Unique, also among revoked clients."
        value={name}
        onChange={setName}
        error={fieldErrors.name}
      />
      <fieldset className="days" {...invalidGroup(`${id}-scopes`, fieldErrors.scopes)}>
        <legend>Scopes</legend>
        {scopeChoices.map(({ scope, label }) => (
          <label key={scope} className="checkbox">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(event) => {
                setScopes(
                  event.target.checked ? [...scopes, scope] : scopes.filter((kept) => kept !== scope),
                );
              }}
            />
            {label}
          </label>
        ))}
        {fieldErrors.scopes && (
          <p className="field-error" id={`${id}-scopes`}>
            Scopes: {fieldErrors.scopes}
          </p>
        )}
      </fieldset>
    </FormShell>
  );
}

/** The secret of a client just created: shown this once, with its client id and a way to copy it. */
function Secret({ client, onDone }: { client: CreatedOAuthClient; onDone: () => void }) {
  return (
    <SecretNotice
      title={`Client ${client.name} created`}
      secret={client.client_secret}
      owner={client.name}
      onDone={onDone}
      caption="Client secret:"
    >
      <p>
        Client id: <code aria-label={`Client id of ${client.name}`}>{client.client_id}</code>
      </p>
    </SecretNotice>
  );
}

function ClientTable({ clients }: { clients: OAuthClient[] }) {
  const revoke = useRevokeOAuthClient();
  return (
    <>
      {revoke.error && <ErrorNotice error={revoke.error} />}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">OAuth clients</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Client id</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Revoked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {clients.map((client) => (
              <tr key={client.client_id}>
                <td>{client.name}</td>
                <td className="code">{client.client_id}</td>
                <td>{client.scopes.map(shortScope).join(", ")}</td>
                <td>{formatDateTime(client.created_at)}</td>
                <td>{client.revoked_at ? formatDateTime(client.revoked_at) : "–"}</td>
                <td className="row-actions">
                  {client.revoked_at === null && (
                    <RevokeCell
                      name={client.name}
                      pending={revoke.isPending}
                      onAsk={revoke.reset}
                      revoke={(settled) => {
                        revoke.mutate(client.client_id, { onSettled: settled });
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
