/** A command-line count: plain digits, or an error that names the option. */
export function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new Error(`--${name} must be a whole number`);
  return value;
}

/** What a command prints when it fails: the message (and its cause), never a stack trace. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${message}${cause}`;
}
