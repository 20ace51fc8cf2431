import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { animateTo, litViewport } from './frame';

/**
 * When the reader asks for it (a setting, off by default), every filter change frames
 * what is lit; otherwise the view stays where the reader put it.
 */
export function useRefitOnFilter(cy: Core | null, index: GraphIndex): void {
  const visibility = useVisibility(index);
  const refit = useAppStore((s) => s.refitOnFilter);
  const focus = useAppStore((s) => s.focus);
  // The visibility last framed, so that turning the setting on or a new instance does not move the view.
  const seen = useRef(visibility);
  useEffect(
    function refitOnFilterChange() {
      const changed = seen.current !== visibility;
      seen.current = visibility;
      // Focus mode frames its own layout.
      if (!cy || !refit || !changed || focus) return;
      const frame = requestAnimationFrame(() => animateTo(cy, litViewport(cy)));
      return () => cancelAnimationFrame(frame);
    },
    [cy, refit, visibility, focus],
  );
}
