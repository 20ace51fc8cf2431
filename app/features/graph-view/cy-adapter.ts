import type { Core } from 'cytoscape';
import type { CanvasClasses } from './projection';

/**
 * Apply the projected classes to the canvas. Idempotent: running it twice with the same
 * input changes nothing, so effects can call it whenever an input changes.
 */
export function applyClasses(cy: Core, c: CanvasClasses): void {
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      setClass(ele, 'hidden', c.hidden.has(id));
      setClass(ele, 'faded', c.faded.has(id));
      setClass(ele, 'selected', c.selected === id);
      setClass(ele, 'highlighted', c.highlighted !== null && c.highlighted.has(id));
      setClass(ele, 'dimmed', c.highlighted !== null && !c.highlighted.has(id));
      setClass(ele, 'search-hit', c.searchHits.has(id));
      setClass(ele, 'on-path', c.onPath.has(id));
    });
  });
}

function setClass(ele: { hasClass: (c: string) => boolean; addClass: (c: string) => unknown; removeClass: (c: string) => unknown }, name: string, on: boolean) {
  if (ele.hasClass(name) === on) return;
  if (on) ele.addClass(name);
  else ele.removeClass(name);
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
