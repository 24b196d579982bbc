import { useEffect, useState } from "react";

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Registrar`;
  }, [title]);
}

/** The value once it has stopped changing for a moment: a search per pause in typing, not per key. */
export function useDebounced<Value>(value: Value, delayMs = 250): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  return settled;
}

/** A path id (/students/12) as a number, or null when it is not a positive integer. */
export function parseId(text: string | undefined): number | null {
  return text !== undefined && /^[1-9][0-9]{0,9}$/.test(text) && Number(text) <= 2_147_483_647
    ? Number(text)
    : null;
}
