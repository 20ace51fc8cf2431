import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { fitBox } from '../../domain/label-priority';
import { hopLevels, ringLayout } from '../../domain/local-layout';
import { useVisibility } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { canvasFrame } from './frame';
import { MAX_INITIAL_ZOOM } from './thresholds';

type Point = { x: number; y: number };

/** Each instance's positions as first drawn: where entities go back to after focus. */
export const globalPositions = new WeakMap<Core, Map<string, Point>>();

export function rememberGlobalPositions(cy: Core): void {
  globalPositions.set(cy, new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
}

const DURATION = 450;

/** Animate entities to positions; returns how many move. */
function moveTo(cy: Core, targets: ReadonlyMap<string, Point>): number {
  cy.nodes().stop(true, false);
  let moved = 0;
  for (const [id, p] of targets) {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty()) continue;
    const now = node.position();
    if (Math.abs(now.x - p.x) < 0.5 && Math.abs(now.y - p.y) < 0.5) continue;
    node.animate({ position: p }, { duration: DURATION, easing: 'ease-in-out-cubic' });
    moved++;
  }
  return moved;
}

/** Animate the view to frame entities at the given positions. */
function frameAt(cy: Core, positions: ReadonlyMap<string, Point>, ids: Iterable<string>): void {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const id of ids) {
    const p = positions.get(id);
    if (!p) continue;
    const r = Number(cy.getElementById(id).data('size') ?? 30) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  if (!Number.isFinite(x1)) return;
  const view = fitBox({ x1, y1, x2, y2 }, canvasFrame(cy, MAX_INITIAL_ZOOM));
  cy.stop(true, false);
  cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: DURATION, easing: 'ease-in-out-cubic' });
}

/**
 * Focus mode lays the neighbourhood out afresh, animated: the focused entity where it
 * was, each hop on a ring around it, and the view framing the result. Leaving focus
 * animates every entity back to its global position.
 */
export function useFocusLayout(cy: Core | null, index: GraphIndex, large: boolean): void {
  const focus = useAppStore((s) => s.focus);
  const visibility = useVisibility(index);
  useEffect(
    function layOutFocus() {
      if (!cy || large || !visibility) return;
      const global = globalPositions.get(cy);
      if (!global) return;
      if (!focus || !visibility.nodes.has(focus.nodeId)) {
        // Back from focus: the global picture, framed as on opening.
        if (moveTo(cy, global) > 0) frameAt(cy, global, visibility.nodes);
        return;
      }
      const levels = hopLevels(index, focus.nodeId, visibility.edges, focus.depth);
      const local = ringLayout(levels, global, { ringGap: 170, minArc: 120 });
      moveTo(cy, local);
      frameAt(cy, local, local.keys());
    },
    [cy, large, index, focus, visibility],
  );
}
