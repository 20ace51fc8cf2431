import type { Core } from 'cytoscape';
import { CANVAS_CLASS, type CanvasClassName } from './canvas-classes';
import type { CanvasClasses } from './projection';

const applied = new WeakMap<Core, Map<CanvasClassName, Set<string>>>();
const allIds = new WeakMap<Core, string[]>();

export interface ApplyOptions {
  /**
   * Dim everything outside the highlight. Restyling every element costs about as much
   * as drawing the graph, so large graphs only emphasise the highlight.
   */
  dimRest: boolean;
}

function classSets(cy: Core, c: CanvasClasses, options: ApplyOptions): Map<CanvasClassName, Set<string>> {
  const highlighted = c.highlighted;
  let dimmed = new Set<string>();
  if (highlighted && options.dimRest) {
    let ids = allIds.get(cy);
    if (!ids) {
      ids = cy.elements().map((e) => e.id());
      allIds.set(cy, ids);
    }
    dimmed = new Set(ids.filter((id) => !highlighted.has(id)));
  }
  // Keyed by every projected class (the Record makes a missing one a type error).
  const sets: Record<keyof typeof CANVAS_CLASS, Set<string>> = {
    hidden: c.hidden,
    faded: c.faded,
    selected: new Set(c.selected ? [c.selected] : []),
    highlighted: highlighted ?? new Set<string>(),
    dimmed,
    searchHit: c.searchHits,
    onPath: c.onPath,
    edgeLabel: c.edgeLabels,
  };
  return new Map(Object.entries(sets).map(([key, ids]) => [CANVAS_CLASS[key as keyof typeof CANVAS_CLASS], ids]));
}

/**
 * Apply the projected classes to the canvas. Idempotent, and it touches only the
 * elements whose classes change since the last call on this instance, so a filter on a
 * graph of tens of thousands of elements costs what changed, not the whole graph.
 */
export function applyClasses(cy: Core, c: CanvasClasses, options: ApplyOptions = { dimRest: true }): void {
  const next = classSets(cy, c, options);
  const prev = applied.get(cy);
  cy.batch(() => {
    for (const [name, ids] of next) {
      const before = prev?.get(name) ?? new Set<string>();
      for (const id of ids) if (!before.has(id)) cy.getElementById(id).addClass(name);
      for (const id of before) if (!ids.has(id)) cy.getElementById(id).removeClass(name);
    }
  });
  applied.set(cy, next);
}

/** Chromium's canvas limits: a side of 32,767 px and about 268 M pixels; stay well inside. */
export const MAX_CANVAS_SIDE = 16_000;
export const MAX_CANVAS_AREA = 100_000_000;

export function maxScaleFor(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 4;
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  return Math.max(0.1, Math.min(bySide, byArea));
}

/** The projected classes last applied to an id: what an element added later must carry. */
export function appliedClassesOf(cy: Core, id: string): string[] {
  const out: string[] = [];
  for (const [name, ids] of applied.get(cy) ?? []) if (ids.has(id)) out.push(name);
  return out;
}

/** The canvas's elements changed: the cached list of their ids is stale. */
export function forgetElementIds(cy: Core): void {
  allIds.delete(cy);
}
