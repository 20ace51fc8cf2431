import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

/** Cytoscape measures its container once; tell it when the pane changes size. */
export function useCanvasResize(cy: Core | null, containerRef: RefObject<HTMLDivElement | null>): void {
  useEffect(
    function followContainerSize() {
      const container = containerRef.current;
      if (!cy || !container) return;
      // The observer reports the size it starts with too; a resize redraws every element,
      // so only a size Cytoscape does not have yet is passed on.
      const observer = new ResizeObserver(() => {
        if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
      });
      observer.observe(container);
      return () => observer.disconnect();
    },
    [cy, containerRef],
  );
}
