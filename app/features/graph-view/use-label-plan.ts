import type { Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { degreeCentrality, labelPriority } from '../../domain/label-priority';
import { useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { applyLabelPlan } from './label-plan';

/** How long the zoom must stay still before the labels are planned for it. */
export const ZOOM_SETTLE_MS = 100;

/**
 * Keeps a small graph's labels readable at every zoom: re-planned when the view moves or
 * entities move (planOnViewChanges), and when the labels, language or filters change.
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
      return planOnViewChanges(cy, () => applyLabelPlan(cy, priority));
    },
    // The language and the filters change what is drawn, so the plan is made again.
    [cy, priority, lang, visibility],
  );
}

/**
 * Runs `plan` now and again when the view changes: once a frame at most while it pans,
 * entities move or an animation moves it, and once a zoom by the reader (wheel, pinch,
 * buttons) stops. While the zoom changes, every label's size would
 * change every frame, restyling and redrawing every element (a 1,000-node graph's zoom
 * frames took 0.6–0.9 s): the labels scale with the view until it stops. Returns the
 * function that stops it.
 */
export function planOnViewChanges(cy: Pick<Core, 'zoom' | 'animated' | 'on' | 'off'>, plan: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let plannedZoom = cy.zoom();
  const run = () => {
    frame = 0;
    clearTimeout(timer);
    timer = undefined;
    plannedZoom = cy.zoom();
    plan();
  };
  const schedule = () => {
    // An animation of the view (a refit, a reveal) plans as it goes, as before: planning
    // after it would put the plan's frame just where the reader acts next.
    if (cy.zoom() !== plannedZoom && !cy.animated()) {
      cancelAnimationFrame(frame);
      frame = 0;
      clearTimeout(timer);
      timer = setTimeout(run, ZOOM_SETTLE_MS);
    } else if (frame === 0 && timer === undefined) frame = requestAnimationFrame(run);
  };
  run();
  cy.on('viewport resize position', schedule);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cy.off('viewport resize position', schedule);
  };
}
