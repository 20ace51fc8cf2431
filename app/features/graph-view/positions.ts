import type { Core, ElementDefinition } from 'cytoscape';
import { MAX_INITIAL_ZOOM, MIN_READABLE_ZOOM } from './thresholds';

export type Positions = Record<string, { x: number; y: number }>;

export function placeAt(elements: ElementDefinition[], positions: Positions): void {
  for (const el of elements) {
    const p = el.group === 'nodes' ? positions[String(el.data.id)] : undefined;
    if (p) el.position = { x: p.x, y: p.y };
  }
}

/** Starting positions when there is no layout (cancelled or failed): a phyllotaxis spiral, as d3-force uses. */
export function placeOnSpiral(elements: ElementDefinition[]): void {
  let i = 0;
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const radius = 20 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    el.position = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    i++;
  }
}

/**
 * The first viewport of a new instance, set before its first frame. Fitting a whole
 * article graph into the pane would shrink labels below reading size, so a small graph
 * starts at a readable zoom around the centre (Fit shows everything), and a graph of one
 * or two entities no closer than MAX_INITIAL_ZOOM. A sliced graph is
 * fitted from positions, since Cytoscape's fit measures every element; a pane with no
 * size yet is fitted once it gets one.
 */
export function setInitialViewport(cy: Core, { large, sliced }: { large: boolean; sliced: boolean }): void {
  if (sliced && !fitToPositions(cy)) {
    const fitOnceSized = () => {
      if (fitToPositions(cy)) cy.off('resize', fitOnceSized);
    };
    cy.on('resize', fitOnceSized);
  }
  const zoom = cy.zoom();
  if (!large && (zoom < MIN_READABLE_ZOOM || zoom > MAX_INITIAL_ZOOM)) {
    cy.zoom(zoom < MIN_READABLE_ZOOM ? MIN_READABLE_ZOOM : MAX_INITIAL_ZOOM);
    cy.center();
  }
}

/**
 * Fit the viewport to the nodes' centres (plus a margin for their size): what
 * `cy.fit()` does, without measuring each element's bounding box.
 */
export function fitToPositions(cy: Core, padding = 40): boolean {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  });
  if (!Number.isFinite(x1)) return true;
  // A pane with no room yet (hidden, or not laid out): fit when it gets a size.
  if (cy.width() <= 2 * padding || cy.height() <= 2 * padding) return false;
  const margin = 10;
  const w = Math.max(1, x2 - x1 + 2 * margin);
  const h = Math.max(1, y2 - y1 + 2 * margin);
  const zoom = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  cy.viewport({
    zoom: level,
    pan: { x: cy.width() / 2 - level * (x1 + x2) / 2, y: cy.height() / 2 - level * (y1 + y2) / 2 },
  });
  return true;
}
