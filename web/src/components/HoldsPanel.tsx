import { useState } from "react";
import type { Student } from "../api/client.ts";
import { useHolds, usePlaceHold, useReleaseHold } from "../api/registration.ts";
import { formatDateTime, personName } from "../format.ts";
import { Field } from "./Field.tsx";
import { FormShell, problemFor } from "./forms.tsx";
import { ErrorNotice, Loading } from "./States.tsx";

/** A student's holds, active and released; registrars place and release them (viewers may not read them). */
export function HoldsPanel({ student }: { student: Student }) {
  const holds = useHolds(student.id);
  const place = usePlaceHold(student.id);
  const release = useReleaseHold(student.id);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState("");
  const { fieldErrors, summary } = problemFor(place.error, ["reason"]);

  return (
    <section aria-labelledby="holds-title">
      <h2 id="holds-title">Holds</h2>
      <p className="hint">While a hold is active, every enrollment of the student is refused.</p>
      <p className="status-message" role="status">
        {message}
      </p>
      {release.isError && <ErrorNotice error={release.error} />}
      {holds.isPending ? (
        <Loading what="the holds" />
      ) : holds.isError ? (
        <ErrorNotice error={holds.error} />
      ) : holds.data.data.length === 0 ? (
        <p className="empty">No holds.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Holds on {personName(student)}</caption>
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Placed</th>
                <th scope="col">Released</th>
              </tr>
            </thead>
            <tbody>
              {holds.data.data.map((hold) => (
                <tr key={hold.id}>
                  <td>{hold.reason}</td>
                  <td>
                    by {hold.created_by}, {formatDateTime(hold.created_at)}
                  </td>
                  <td>
                    {hold.released_at === null ? (
                      <span className="row-actions">
                        <span className="status status-waitlisted">Active</span>
                        <button
                          type="button"
                          aria-label={`Release hold: ${hold.reason}`}
                          disabled={release.isPending}
                          onClick={() => {
                            setMessage("");
                            release.mutate(hold.id, {
                              onSuccess: () => {
                                setMessage(`Released the hold “${hold.reason}”.`);
                              },
                            });
                          }}
                        >
                          Release
                        </button>
                      </span>
                    ) : (
                      `by ${hold.released_by ?? "?"}, ${formatDateTime(hold.released_at)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormShell
        label="Place a hold"
        submitLabel="Place hold"
        pending={place.isPending}
        summary={summary}
        error={place.error}
        onSubmit={() => {
          setMessage("");
          place.mutate(reason, {
            onSuccess: (hold) => {
              setReason("");
              setMessage(`Placed a hold: “${hold.reason}”.`);
            },
          });
        }}
      >
        <Field
          label="Reason for a new hold"
          name="reason"
          required
          autoComplete="off"
          hint="The student sees it, e.g. Unpaid fees: contact the bursar."
          value={reason}
          onChange={setReason}
          error={fieldErrors.reason}
        />
      </FormShell>
    </section>
  );
}
