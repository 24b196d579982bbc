import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A secret just created (a token's, an OAuth client's): shown this once, with a way to copy it. The heading takes
 * the focus, so that a screen reader announces it and the keyboard is at the copy button's door.
 */
export function SecretNotice({
  title,
  secret,
  owner,
  onDone,
  caption,
  children,
}: {
  title: string;
  secret: string;
  /** Names whose secret it is, for its label ("Secret of ci-reports"). */
  owner: string;
  onDone: () => void;
  /** Words before the secret, where more than one value is shown ("Client secret:"). */
  caption?: string;
  /** What else to show before the secret (an OAuth client's id). */
  children?: ReactNode;
}) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [secret]);
  return (
    <section className="notice notice-warning secret" aria-labelledby="secret-title">
      <h2 id="secret-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>Copy the secret now: it is shown only this once, and cannot be found again.</p>
      {children}
      <p>
        {caption && `${caption} `}
        <code className="secret-value" aria-label={`Secret of ${owner}`}>
          {secret}
        </code>
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            navigator.clipboard.writeText(secret).then(
              () => {
                setCopied("yes");
              },
              () => {
                setCopied("failed");
              },
            );
          }}
        >
          Copy secret
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
        <span role="status">
          {copied === "yes" && "Copied."}
          {copied === "failed" && "Copying failed: select the secret and copy it by hand."}
        </span>
      </div>
    </section>
  );
}
