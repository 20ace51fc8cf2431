import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { targetElement } from '../../shared/focus-targets';
import { animateTo, revealViewport } from './frame';

/**
 * Whatever selects (the canvas, Claims, Path, search, the list, a link), the selection
 * comes into view: the canvas pans, or zooms out, just enough to show it (a relation
 * with both its ends) clear of the zoom buttons and of the sheet over the canvas. When
 * that sheet changes size (its content arrives, the reader drags it), it is shown again.
 */
export function useRevealSelection(cy: Core | null): void {
  const selection = useAppStore((s) => s.selection);
  const sheet = useAppStore((s) => s.sheet);
  const sheetSize = useAppStore((s) => s.sheetSize);
  useEffect(
    function revealSelection() {
      if (!cy || !selection) return;
      let frame = 0;
      const reveal = () => {
        cancelAnimationFrame(frame);
        // After the frame that lays out the panels this selection opened.
        frame = requestAnimationFrame(() => animateTo(cy, revealViewport(cy, selection.id)));
      };
      reveal();
      const panel = targetElement('side-panel');
      const observer = panel ? new ResizeObserver(reveal) : null;
      if (panel) observer?.observe(panel);
      return () => {
        cancelAnimationFrame(frame);
        observer?.disconnect();
      };
    },
    [cy, selection, sheet, sheetSize],
  );
}
