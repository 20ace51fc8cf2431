import type { MouseEvent } from 'react';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { GRAPH_CANVAS_ID, MAIN_ID, SIDE_PANEL_ID } from '../../shared/ids';
import { targetElement } from '../../shared/focus-targets';

/**
 * The first stops of the Tab order: the canvas, the first entity of the list view and the
 * details panel, each one Tab and Enter away, so a keyboard user needs no shortcut and no
 * walk through the header and the filters to reach an entity. Each link also brings its
 * target into view (the list view, the phone's details sheet) before moving focus there.
 * Each href names an element that is always in the page (the list may not be), so the
 * link still leads somewhere without script.
 */
export function SkipLinks() {
  const t = useT();
  const go = (target: 'graph' | 'entities' | 'details') => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const state = useAppStore.getState();
    if (target === 'graph') {
      state.setView('graph');
      state.setSheet(null);
      focusWhenReady(() => targetElement('graph-canvas'));
    } else if (target === 'entities') {
      state.setView('list');
      state.setSheet(null);
      focusWhenReady(() => targetElement('entity-list'));
    } else {
      state.setPanel('details');
      if (isHidden(targetElement('side-panel'))) state.setSheet('side');
      focusWhenReady(() => targetElement('side-panel'));
    }
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <a className="skip-link" href={`#${GRAPH_CANVAS_ID}`} onClick={go('graph')}>
        {t('app.skipToGraph')}
      </a>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={go('entities')}>
        {t('app.skipToEntities')}
      </a>
      <a className="skip-link" href={`#${SIDE_PANEL_ID}`} onClick={go('details')}>
        {t('app.skipToDetails')}
      </a>
    </nav>
  );
}

function isHidden(element: HTMLElement | null): boolean {
  return !element || element.getClientRects().length === 0;
}

/** The target may render a frame later (a view switch, a panel loaded on demand). */
function focusWhenReady(find: () => HTMLElement | null, deadline = performance.now() + 3000) {
  const element = find();
  if (element && !isHidden(element)) {
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (performance.now() < deadline) requestAnimationFrame(() => focusWhenReady(find, deadline));
}
