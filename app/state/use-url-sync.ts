import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { parseUrl, sourceQuery, toHash } from './url-state';
import { useAppStore, VIEW_KEYS, type ViewState } from './store';

function currentViewState(): ViewState {
  const s = useAppStore.getState();
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}

/** Read the URL into the store before the first render. */
export function hydrateFromUrl(): void {
  useAppStore.getState().applyViewState(parseUrl(window.location.search, window.location.hash));
}

/**
 * Keep the URL in step with the view: each user step (selection, filters, focus,
 * sentence, path, view) is a history entry, so Back and Forward walk through them;
 * typing in search only replaces the current entry.
 */
export function useUrlSync(): void {
  // Every part of the view but the search text, which replaces rather than pushes.
  const steps = useAppStore(useShallow((s) => VIEW_KEYS.filter((k) => k !== 'search').map((k) => s[k])));
  const search = useAppStore((s) => s.search);
  const first = useRef(true);

  useEffect(
    function pushStep() {
      const state = currentViewState();
      const url = `${window.location.pathname}${sourceQuery(state.source)}${toHash(state)}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      // The state read from the URL on load is not a step of its own.
      if (first.current) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      first.current = false;
    },
    [steps],
  );

  useEffect(
    function replaceSearch() {
      const state = currentViewState();
      const url = `${window.location.pathname}${sourceQuery(state.source)}${toHash(state)}`;
      window.history.replaceState(null, '', url);
    },
    [search],
  );

  useEffect(function listenForHistory() {
    const onPop = () => useAppStore.getState().applyViewState(parseUrl(window.location.search, window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}
