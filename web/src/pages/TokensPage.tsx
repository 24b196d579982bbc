import { useState } from "react";
import {
  useCreateToken,
  useRevokeToken,
  useTokens,
  type CreatedToken,
  type Role,
  type Token,
} from "../api/admin.ts";
import { AdminOnly } from "../components/AdminOnly.tsx";
import { RevokeCell } from "../components/RevokeCell.tsx";
import { SecretNotice } from "../components/SecretNotice.tsx";
import { Field } from "../components/Field.tsx";
import { FormShell, problemFor } from "../components/forms.tsx";
import { ErrorNotice, Loading } from "../components/States.tsx";
import { formatDateTime } from "../format.ts";

const roles: Role[] = ["viewer", "registrar", "admin"];

export function TokensPage() {
  return (
    <AdminOnly title="API tokens">
      <Tokens />
    </AdminOnly>
  );
}

function Tokens() {
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <>
      <NewToken onCreated={setCreated} />
      {created && (
        <Secret
          token={created}
          onDone={() => {
            setCreated(null);
          }}
        />
      )}
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">Tokens</h2>
        {tokens.isPending ? (
          <Loading what="the tokens" />
        ) : tokens.isError ? (
          <ErrorNotice error={tokens.error} />
        ) : (
          <TokenTable tokens={tokens.data.data} />
        )}
      </section>
    </>
  );
}

function NewToken({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const create = useCreateToken();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const { fieldErrors, summary } = problemFor(create.error, ["name", "role"]);
  return (
    <FormShell
      label="New token"
      submitLabel="Create token"
      pendingLabel="Creating…"
      pending={create.isPending}
      summary={summary}
      error={create.error}
      onSubmit={() => {
        create.mutate(
          { name, role },
          {
            onSuccess: (token) => {
              setName("");
              onCreated(token);
            },
          },
        );
      }}
    >
      <div className="field-row">
        <Field
          label="Name"
          name="name"
          autoComplete="off"
          required
          hint="Lower case: a–z, 0–9, '.', '_' and '-'. The history names the token as who made each change."
          value={name}
          onChange={setName}
          error={fieldErrors.name}
        />
        <div className="field">
          <label htmlFor="token-role">Role</label>
          <select
            id="token-role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value as Role);
            }}
          >
            {roles.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </div>
      </div>
    </FormShell>
  );
}

/** The secret of a token just created: shown this once, with a way to copy it. */
function Secret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  return (
    <SecretNotice
      title={`Token ${token.name} created`}
      secret={token.token}
      owner={token.name}
      onDone={onDone}
    />
  );
}

function TokenTable({ tokens }: { tokens: Token[] }) {
  const revoke = useRevokeToken();
  return (
    <>
      {revoke.error && <ErrorNotice error={revoke.error} />}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Revoked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.name}>
                <td className="code">{token.name}</td>
                <td>{token.role}</td>
                <td>{formatDateTime(token.created_at)}</td>
                <td>{token.revoked_at ? formatDateTime(token.revoked_at) : "–"}</td>
                <td className="row-actions">
                  {token.revoked_at === null && (
                    <RevokeCell
                      name={token.name}
                      pending={revoke.isPending}
                      onAsk={revoke.reset}
                      revoke={(settled) => {
                        revoke.mutate(token.name, { onSettled: settled });
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
