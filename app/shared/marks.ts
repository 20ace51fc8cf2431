import { useEffect } from 'react';

/**
 * User Timing marks set where a user-visible state is reached, so the benchmark (and the
 * browser's performance panel) time what the user sees without reading the page's text.
 * They are cheap and stay in the production build. A mark's `detail` says which state:
 * the benchmark checks it is the one it caused.
 */
export const MARK = {
  /** The worker's layout started (its progress bar shows). */
  layoutStart: 'age:layout-start',
  /** The worker's layout answered, or was cancelled (its progress bar goes). */
  layoutDone: 'age:layout-done',
  /** The Filters summary shows the counts of a new filter; detail: "<nodes> <edges>" shown. */
  filterShown: 'age:filter-shown',
  /** The Details panel shows a selection; detail: "<kind> <id>". */
  selectionShown: 'age:selection-shown',
  /** The search list shows the results of a query; detail: the options' "<kind> <id>", one a line. */
  searchListed: 'age:search-listed',
} as const;

export type MarkName = (typeof MARK)[keyof typeof MARK];

export function mark(name: MarkName, detail?: unknown): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(name, detail === undefined ? undefined : { detail });
}

/**
 * Marks `name` after each commit that shows a new state; `shown` names the state (the
 * mark's detail), null while nothing is shown.
 */
export function useMarkShown(name: MarkName, shown: string | null): void {
  useEffect(
    function markShown() {
      if (shown !== null) mark(name, shown);
    },
    [name, shown],
  );
}
