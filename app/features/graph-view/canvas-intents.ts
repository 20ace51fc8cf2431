import type { Core, EventObject } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../state/store';

/**
 * The canvas's intents, each turned into one store action read through getState().
 * Only intents are listened to, never `select` or `data` events: the canvas draws the
 * store and never writes back what it drew. Returns the unsubscribe.
 */
export function listenToIntents(cy: Core, container?: HTMLElement): () => void {
  const actions = () => useAppStore.getState();
  const onNode = (event: EventObject) => actions().select({ kind: 'node', id: event.target.id() });
  const onEdge = (event: EventObject) => actions().select({ kind: 'edge', id: event.target.id() });
  const onBackground = (event: EventObject) => {
    if (event.target === cy) actions().clearSelection();
  };
  const onDoubleTap = (event: EventObject) => actions().setFocus({ nodeId: event.target.id(), depth: 1 });
  const onOver = () => container?.classList.add('is-pointing');
  const onOut = () => container?.classList.remove('is-pointing');
  cy.on('tap', 'node', onNode);
  cy.on('tap', 'edge', onEdge);
  cy.on('tap', onBackground);
  cy.on('dbltap', 'node', onDoubleTap);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  return () => {
    cy.off('tap', 'node', onNode);
    cy.off('tap', 'edge', onEdge);
    cy.off('tap', onBackground);
    cy.off('dbltap', 'node', onDoubleTap);
    cy.off('mouseover', 'node, edge', onOver);
    cy.off('mouseout', 'node, edge', onOut);
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
