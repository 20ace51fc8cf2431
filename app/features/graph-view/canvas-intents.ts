import type { Core, EventObject } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../state/store';
import { HOVER_CLASS, META_CLASS } from './canvas-classes';

/**
 * The canvas's intents, each turned into one store action read through getState().
 * Only intents are listened to, never `select` or `data` events: the canvas draws the
 * store and never writes back what it drew. Returns the unsubscribe.
 */
export function listenToIntents(cy: Core, container?: HTMLElement): () => void {
  const actions = () => useAppStore.getState();
  const onNode = (event: EventObject) => {
    // A community drawn as one node opens; an entity is selected.
    if (event.target.hasClass(META_CLASS)) actions().openCommunity(Number(event.target.data('community')));
    else actions().select({ kind: 'node', id: event.target.id() });
  };
  const onEdge = (event: EventObject) => actions().select({ kind: 'edge', id: event.target.id() });
  const onBackground = (event: EventObject) => {
    if (event.target === cy) actions().clearSelection();
  };
  const onDoubleTap = (event: EventObject) => {
    if (!event.target.hasClass(META_CLASS)) actions().setFocus({ nodeId: event.target.id(), depth: 1 });
  };
  // Pointing at an entity or a relation shows the relation labels there (the canvas's own
  // feedback, like the pointer cursor; nothing the store needs to know).
  const pointed = (event: EventObject) => (event.target.isNode() ? event.target.union(event.target.connectedEdges()) : event.target);
  const onOver = (event: EventObject) => {
    container?.classList.add('is-pointing');
    pointed(event).addClass(HOVER_CLASS);
  };
  const onOut = (event: EventObject) => {
    container?.classList.remove('is-pointing');
    pointed(event).removeClass(HOVER_CLASS);
  };
  const listeners: [event: string, selector: string | null, handler: (event: EventObject) => void][] = [
    ['tap', 'node', onNode],
    ['tap', 'edge', onEdge],
    ['tap', null, onBackground],
    ['dbltap', 'node', onDoubleTap],
    ['mouseover', 'node, edge', onOver],
    ['mouseout', 'node, edge', onOut],
  ];
  for (const [event, selector, handler] of listeners) {
    if (selector) cy.on(event, selector, handler);
    else cy.on(event, handler);
  }
  return () => {
    for (const [event, selector, handler] of listeners) {
      if (selector) cy.off(event, selector, handler);
      else cy.off(event, handler);
    }
  };
}

export function useCanvasIntents(cy: Core | null, containerRef: RefObject<HTMLDivElement | null>): void {
  useEffect(
    function listenToCanvasIntents() {
      if (!cy) return;
      return listenToIntents(cy, containerRef.current ?? undefined);
    },
    [cy, containerRef],
  );
}
