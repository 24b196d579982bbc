import { useState } from "react";

/**
 * A list row's revoke button, which asks before it revokes ("Yes, revoke ci-reports" or "Keep it"). `revoke`
 * gets a callback to call once the request has settled, success or not, to close the question.
 */
export function RevokeCell({
  name,
  pending,
  onAsk,
  revoke,
}: {
  name: string;
  pending: boolean;
  /** Called when the question opens (to clear an earlier refusal). */
  onAsk: () => void;
  revoke: (settled: () => void) => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => {
          onAsk();
          setAsking(true);
        }}
      >
        Revoke {name}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Revoke ${name}?`}>
      <button
        type="button"
        className="danger"
        disabled={pending}
        onClick={() => {
          revoke(() => {
            setAsking(false);
          });
        }}
      >
        Yes, revoke {name}
      </button>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
        }}
      >
        Keep it
      </button>
    </span>
  );
}
