import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

/** Cytoscape measures its container once; tell it when the pane changes size. */
export function useCanvasResize(cy: Core | null, containerRef: RefObject<HTMLDivElement | null>): void {
  useEffect(
    function followContainerSize() {
      const container = containerRef.current;
      if (!cy || !container) return;
      const observer = new ResizeObserver(() => cy.resize());
      observer.observe(container);
      return () => observer.disconnect();
    },
    [cy, containerRef],
  );
}
