import type { Core, ElementDefinition } from 'cytoscape';
import { separateDiscs } from '../../domain/label-priority';
import { litViewport } from './frame';

export type Positions = Record<string, { x: number; y: number }>;

export function placeAt(elements: ElementDefinition[], positions: Positions): void {
  for (const el of elements) {
    const p = el.group === 'nodes' ? positions[String(el.data.id)] : undefined;
    if (p) el.position = { x: p.x, y: p.y };
  }
}

/** Room kept between two entities, in model units, beyond their bodies: about a label line. */
export const ENTITY_GAP = 24;

/**
 * No two entities overlap: those closer than their sizes allow are pushed apart just
 * enough (the others keep their positions). For graphs small enough to compare every pair.
 */
export function separateOverlaps(elements: ElementDefinition[]): void {
  const nodes = elements.filter((el) => el.group === 'nodes' && el.position);
  const moved = separateDiscs(
    nodes.map((el) => ({ id: String(el.data.id), x: el.position!.x, y: el.position!.y, r: Number(el.data.size ?? 30) / 2 })),
    ENTITY_GAP,
  );
  for (const el of nodes) {
    const p = moved.get(String(el.data.id));
    if (p) el.position = p;
  }
}

/**
 * A wide graph in a tall pane (a phone held upright) is turned a quarter turn, so it
 * fills the pane instead of a strip of it: a graph's picture has no up or left, only
 * neighbours. Returns whether it turned.
 */
export function orientToPane(elements: ElementDefinition[], width: number, height: number): boolean {
  const nodes = elements.filter((el) => el.group === 'nodes' && el.position);
  if (nodes.length < 3 || width <= 0 || height <= 0) return false;
  const xs = nodes.map((el) => el.position!.x);
  const ys = nodes.map((el) => el.position!.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const paneTall = height / width > 1.2;
  const graphWide = w / Math.max(1, h) > 1.2;
  if (!(paneTall && graphWide)) return false;
  for (const el of nodes) {
    const { x, y } = el.position!;
    el.position = { x: -y, y: x };
  }
  return true;
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
 * The first viewport of a new instance, set before its first frame: the whole story in
 * view, every entity inside the canvas (the label plan keeps the main labels readable at
 * that zoom), and a graph of one or two entities no closer than MAX_INITIAL_ZOOM. A
 * sliced graph is fitted from positions, since Cytoscape's fit measures every element;
 * a pane with no size yet is fitted once it gets one.
 */
export function setInitialViewport(cy: Core, { sliced }: { large: boolean; sliced: boolean }): void {
  const fit = sliced ? () => fitToPositions(cy) : () => fitWhole(cy);
  if (!fit()) {
    const fitOnceSized = () => {
      if (fit()) cy.off('resize', fitOnceSized);
    };
    cy.on('resize', fitOnceSized);
  }
}

function fitWhole(cy: Core): boolean {
  if (cy.width() <= 2 * 52 || cy.height() <= 2 * 48) return false;
  const view = litViewport(cy);
  if (view) cy.viewport(view);
  return true;
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
