import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { litElements, litViewport } from './frame';

/** Whether everything lit is inside the canvas as it is drawn now. */
function showsAllLit(cy: Core): boolean {
  const lit = litElements(cy);
  if (lit.empty() || cy.width() === 0 || cy.height() === 0) return false;
  const bb = lit.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
}

/**
 * Cytoscape measures its container once; tell it when the pane changes size. A view that
 * showed all that is lit (the opening view, a refit) is framed again at the new size, so
 * a narrower window or a turned phone does not cut the graph off; a view the reader has
 * zoomed or panned into stays where it is.
 */
export function useCanvasResize(cy: Core | null, containerRef: RefObject<HTMLDivElement | null>): void {
  useEffect(
    function followContainerSize() {
      const container = containerRef.current;
      if (!cy || !container) return;
      // The observer reports the size it starts with too; a resize redraws every element,
      // so only a size Cytoscape does not have yet is passed on.
      const observer = new ResizeObserver(() => {
        if (container.clientWidth === cy.width() && container.clientHeight === cy.height()) return;
        const whole = showsAllLit(cy);
        cy.resize();
        if (!whole || container.clientWidth === 0 || container.clientHeight === 0) return;
        const view = litViewport(cy);
        if (view) cy.viewport(view);
      });
      observer.observe(container);
      return () => observer.disconnect();
    },
    [cy, containerRef],
  );
}
