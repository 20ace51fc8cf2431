import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { animateTo, revealViewport } from './frame';

/**
 * Whatever selects (the canvas, Claims, Path, search, the list, a link), the selection
 * comes into view: the canvas pans, or zooms out, just enough to show it (a relation
 * with both its ends) clear of the zoom buttons and of the sheet over the canvas.
 */
export function useRevealSelection(cy: Core | null): void {
  const selection = useAppStore((s) => s.selection);
  // The sheet's size changes what the canvas shows, so the selection is brought back into view.
  const sheet = useAppStore((s) => s.sheet);
  const sheetSize = useAppStore((s) => s.sheetSize);
  useEffect(
    function revealSelection() {
      if (!cy || !selection) return;
      // After the frame that lays out the panels this selection opened.
      const frame = requestAnimationFrame(() => animateTo(cy, revealViewport(cy, selection.id)));
      return () => cancelAnimationFrame(frame);
    },
    [cy, selection, sheet, sheetSize],
  );
}
