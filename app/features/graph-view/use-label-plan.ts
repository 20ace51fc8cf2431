import type { Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { degreeCentrality, labelPriority } from '../../domain/label-priority';
import { useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { applyLabelPlan } from './label-plan';

/**
 * Keeps a small graph's labels readable at every zoom: re-planned (once a frame at most)
 * when the view moves, entities move, or the labels, language or filters change.
 * Large graphs label by zoom instead (use-zoom-labels.ts).
 */
export function useLabelPlan(cy: Core | null, index: GraphIndex, large: boolean): void {
  const lang = useAppStore((s) => s.lang);
  const visibility = useVisibility(index);
  // Large graphs have no plan: their priorities (a pass over every entity and relation) are not computed.
  const priority = useMemo(() => (large ? null : labelPriority(index.graph.nodes.map((n) => n.id), degreeCentrality(index))), [index, large]);
  useEffect(
    function planLabels() {
      if (!cy || !priority) return;
      let frame = 0;
      const run = () => {
        frame = 0;
        applyLabelPlan(cy, priority);
      };
      const schedule = () => {
        if (frame === 0) frame = requestAnimationFrame(run);
      };
      run();
      cy.on('viewport resize position', schedule);
      return () => {
        cancelAnimationFrame(frame);
        cy.off('viewport resize position', schedule);
      };
    },
    // The language and the filters change what is drawn, so the plan is made again.
    [cy, priority, lang, visibility],
  );
}
