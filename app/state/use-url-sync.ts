import { useEffect } from 'react';
import { parseUrl, sourceQuery, toHash } from './url-state';
import { useAppStore, VIEW_KEYS, type ViewState } from './store';

function currentViewState(): ViewState {
  const s = useAppStore.getState();
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}

/**
 * Read the URL into the store before the first render. Its language is taken at once:
 * main.tsx downloads that language's dictionary before anything is drawn.
 */
export function hydrateFromUrl(): void {
  const view = parseUrl(window.location.search, window.location.hash);
  if (view.lang) useAppStore.setState({ lang: view.lang });
  useAppStore.getState().applyViewState(view);
}

/** Every part of the view but the search text, which replaces rather than pushes. */
const STEP_KEYS = VIEW_KEYS.filter((k) => k !== 'search');

/**
 * Keep the URL in step with the view: each user step (selection, filters, focus,
 * sentence, path, view) is a history entry, so Back and Forward walk through them;
 * typing in search only replaces the current entry. It listens to the store rather than
 * rendering from it: a selection or a keystroke must not re-render the component that
 * calls it (the app's root). Changes made in one task are one step.
 */
export function useUrlSync(): void {
  useEffect(function keepUrlInStep() {
    let first = true;
    let step = false;
    let typed = false;
    let scheduled = false;
    const target = () => {
      const state = currentViewState();
      return `${window.location.pathname}${sourceQuery(state.source)}${toHash(state)}`;
    };
    const pushStep = () => {
      const url = target();
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      // The state read from the URL on load is not a step of its own.
      if (first) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      first = false;
    };
    const replaceSearch = () => window.history.replaceState(null, '', target());
    const flush = () => {
      scheduled = false;
      if (step) pushStep();
      if (typed) replaceSearch();
      step = typed = false;
    };
    pushStep();
    replaceSearch();
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      step ||= STEP_KEYS.some((k) => state[k] !== previous[k]);
      typed ||= state.search !== previous.search;
      if ((step || typed) && !scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    });
    const onPop = () => useAppStore.getState().applyViewState(parseUrl(window.location.search, window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
