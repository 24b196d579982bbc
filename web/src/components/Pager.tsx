import { useState } from "react";

/**
 * Keyset paging: the cursors of the pages seen so far, so "previous page" goes back without offsets. A new
 * search (another `query`) starts again at the first page.
 */
export function useCursorStack(query: string) {
  const [state, setState] = useState<{ query: string; cursors: (string | undefined)[] }>({
    query,
    cursors: [undefined],
  });
  const cursors = state.query === query ? state.cursors : [undefined];
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    next: (cursor: string) => {
      setState({ query, cursors: [...cursors, cursor] });
    },
    previous: () => {
      setState({ query, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors });
    },
  };
}

interface PagerProps {
  label: string;
  page: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}

export function Pager({ label, page, nextCursor, onNext, onPrevious }: PagerProps) {
  if (page === 1 && !nextCursor) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={onPrevious} disabled={page === 1}>
        Previous page
      </button>
      <span aria-live="polite">Page {page}</span>
      <button
        type="button"
        onClick={() => {
          if (nextCursor) onNext(nextCursor);
        }}
        disabled={!nextCursor}
      >
        Next page
      </button>
    </nav>
  );
}
