import { useEffect, useRef, useState } from "react";

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

/**
 * Moves the focus, after the next render, to the element a selector finds in the container: a row just added, or
 * the neighbour of a row just removed, so keyboard users are not sent back to the top of the page.
 */
export function useFocusAfterRender<Container extends HTMLElement>() {
  const container = useRef<Container>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    container.current?.querySelector<HTMLElement>(pending.current)?.focus();
    pending.current = null;
  });
  return {
    container,
    focusLater: (selector: string) => {
      pending.current = selector;
    },
  };
}
