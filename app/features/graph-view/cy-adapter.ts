import type { Collection, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
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
      // The same set as last time (the filters' classes while the selection changes): nothing to do.
      if (before === ids) continue;
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

/** An element's own classes with the projected classes last applied to its id. */
function withProjected(cy: Core, id: string, own: ElementDefinition['classes']): string[] {
  const names = own === undefined ? [] : typeof own === 'string' ? own.split(' ').filter(Boolean) : [...own];
  for (const [name, ids] of applied.get(cy) ?? []) if (ids.has(id)) names.push(name);
  return names;
}

/**
 * Add elements to a canvas the store is already projected onto. applyClasses touches
 * only what changes, so each new element is given the projected classes of its id here;
 * and the cached list of ids (for dimming) is dropped.
 */
export function addElements(cy: Core, defs: ElementDefinition[]): void {
  if (defs.length === 0) return;
  for (const el of defs) el.classes = withProjected(cy, String(el.data.id), el.classes);
  cy.add(defs);
  allIds.delete(cy);
}

/** Remove elements from the canvas; the cached list of ids is dropped. */
export function removeElements(cy: Core, eles: Collection): void {
  if (eles.empty()) return;
  cy.remove(eles);
  allIds.delete(cy);
}

/** Replace an element's own classes, keeping the projected ones. */
export function setOwnClasses(cy: Core, ele: SingularElementArgument, own: ElementDefinition['classes']): void {
  ele.classes(withProjected(cy, ele.id(), own));
}
