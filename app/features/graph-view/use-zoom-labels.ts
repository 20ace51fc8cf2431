import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { ZOOM_LABEL_CLASS } from './canvas-classes';
import { MAX_ZOOM_LABELS, ZOOM_LABEL_MIN_ZOOM } from './thresholds';

/**
 * Large graphs draw no labels until the user zooms in; then the nodes in view (up to a
 * cap) get the zoom-label class. Debounced, so panning does not restyle every frame.
 */
export function useZoomLabels(cy: Core | null, large: boolean): void {
  useEffect(
    function labelNodesInView() {
      if (!cy || !large) return;
      return labelNodesInViewOnZoom(cy);
    },
    [cy, large],
  );
}

function labelNodesInViewOnZoom(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let labelled = cy.collection();
  const update = () => {
    const ext = cy.extent();
    const next =
      cy.zoom() < ZOOM_LABEL_MIN_ZOOM
        ? cy.collection()
        : cy
            .nodes()
            .filter((n) => {
              const p = n.position();
              return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
            })
            .slice(0, MAX_ZOOM_LABELS);
    cy.batch(() => {
      labelled.difference(next).removeClass(ZOOM_LABEL_CLASS);
      next.addClass(ZOOM_LABEL_CLASS);
    });
    labelled = next;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  };
  cy.on('viewport', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', schedule);
  };
}
