import type { Core, NodeSingular } from 'cytoscape';
import { placeLabels, type Box, type LabelCandidate } from '../../domain/label-priority';
import { LABEL_FONT_FAMILY } from '../../shared/palette';
import { LABEL_PLACE_CLASS, LABEL_WAIT_CLASS } from './canvas-classes';
import { EDGE_LABEL_PX, LABEL_WIDTH_EMS, labelSize } from './cy-elements';

/** The smallest label size, in screen pixels, for a label that is drawn at all. */
export const MIN_LABEL_PX = 11;
/** Space kept between two labels, in screen pixels. */
const LABEL_GAP = 3;
/** Cytoscape's text-margin-y on node labels, in model units (cy-style.ts). */
const LABEL_MARGIN = 5;

let measure: CanvasRenderingContext2D | null | undefined;

function context(px: number): CanvasRenderingContext2D | null {
  if (measure === undefined) measure = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (measure) measure.font = `${px}px ${LABEL_FONT_FAMILY}`;
  return measure;
}

/** The drawn width of a text at a font size (an estimate where no canvas is available). */
function textWidth(text: string, px: number): number {
  return context(px)?.measureText(text).width ?? text.length * px * 0.55;
}

/** The height of one line of a label: the font's own ascent and descent (Arabic fonts run taller). */
function lineHeight(text: string, px: number): number {
  const m = context(px)?.measureText(text);
  return m ? Math.max(px * 1.2, m.fontBoundingBoxAscent + m.fontBoundingBoxDescent) : px * 1.5;
}

/** The lines a label wraps into at a width, word by word, as Cytoscape's `text-wrap: wrap` does. */
function wrap(text: string, px: number, maxWidth: number): number[] {
  const widths: number[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, px) > maxWidth) {
      widths.push(textWidth(line, px));
      line = word;
    } else line = next;
  }
  if (line) widths.push(textWidth(line, px));
  return widths.length > 0 ? widths : [0];
}

/** A label's widest line and its height at a font size, the last measured for each text. */
const measured = new Map<string, { px: number; width: number; height: number }>();

/**
 * Measured again only when the label's size changes: the plan runs every frame the view
 * moves, and a pan (or a zoom below the smallest size) keeps every size.
 */
function labelMetrics(text: string, px: number): { width: number; height: number } {
  const known = measured.get(text);
  if (known?.px === px) return known;
  const lines = wrap(text, px, px * LABEL_WIDTH_EMS);
  const next = { px, width: Math.max(...lines), height: lines.length * lineHeight(text, px) };
  if (measured.size > 10_000) measured.clear();
  measured.set(text, next);
  return next;
}

/** The screen size of a label: its natural size, raised to MIN_LABEL_PX when zoomed out. */
export function labelScreenPx(base: number, zoom: number): number {
  return Math.max(base * zoom, MIN_LABEL_PX);
}

/** The classes that put a label at each of labelBoxes' places (below is the stylesheet's default). */
const PLACE_CLASS = [null, LABEL_PLACE_CLASS.above, LABEL_PLACE_CLASS.right, LABEL_PLACE_CLASS.left] as const;

/** Boxes just outside the canvas: a label that would be cut by its edge waits too. */
function outside(cy: Core): Box[] {
  const w = cy.width();
  const h = cy.height();
  const far = 1e6;
  return [
    { x1: -far, y1: -far, x2: far, y2: 0 },
    { x1: -far, y1: h, x2: far, y2: far },
    { x1: -far, y1: -far, x2: 0, y2: far },
    { x1: w, y1: -far, x2: far, y2: far },
  ];
}

/**
 * Where a node's label can be drawn on screen at a font size: below the entity, else
 * above it, else beside it (right, then left). Measured here rather than read from Cytoscape, which
 * measures labels only when it next draws.
 */
function labelBoxes(node: NodeSingular, px: number, zoom: number): Box[] {
  const p = node.renderedPosition();
  const { width: widest, height } = labelMetrics(String(node.data('label') ?? ''), px);
  const half = widest / 2 + LABEL_GAP;
  const offset = (Number(node.data('size')) / 2 + LABEL_MARGIN) * zoom;
  const width = 2 * half;
  return [
    { x1: p.x - half, y1: p.y + offset - LABEL_GAP, x2: p.x + half, y2: p.y + offset + height + LABEL_GAP },
    { x1: p.x - half, y1: p.y - offset - height - LABEL_GAP, x2: p.x + half, y2: p.y - offset + LABEL_GAP },
    { x1: p.x + offset - LABEL_GAP, y1: p.y - height / 2 - LABEL_GAP, x2: p.x + offset + width, y2: p.y + height / 2 + LABEL_GAP },
    { x1: p.x - offset - width, y1: p.y - height / 2 - LABEL_GAP, x2: p.x - offset + LABEL_GAP, y2: p.y + height / 2 + LABEL_GAP },
  ];
}

/**
 * Size and choose the labels for the current zoom: every drawn label is at least
 * MIN_LABEL_PX on screen, and labels are placed most central first, a label that would
 * cover one already placed waiting for more zoom. `priority` lists node ids, most central
 * first; hidden nodes are skipped.
 */
export function applyLabelPlan(cy: Core, priority: readonly string[]): void {
  const zoom = cy.zoom();
  const candidates: LabelCandidate[] = [];
  const sizes = new Map<string, number>();
  for (const id of priority) {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty() || !node.visible()) continue;
    const px = labelScreenPx(labelSize(Number(node.data('degree'))), zoom);
    sizes.set(id, px / zoom);
    candidates.push({ id, boxes: labelBoxes(node, px, zoom) });
  }
  const shown = placeLabels(candidates, outside(cy));
  // Relation labels show one at a time (hover, selection, focus): each at least MIN_LABEL_PX too.
  const edgePx = Math.ceil((labelScreenPx(EDGE_LABEL_PX, zoom) / zoom) * 100) / 100;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (edge.data('labelPx') !== edgePx) edge.data('labelPx', edgePx);
    });
    for (const [id, modelPx] of sizes) {
      const node = cy.getElementById(id);
      // Rounded so that small pans (which keep the zoom) write nothing.
      const next = Math.ceil(modelPx * 100) / 100;
      if (node.data('labelPx') !== next) node.data({ labelPx: next, labelWidth: next * LABEL_WIDTH_EMS });
      const at = shown.get(id);
      if (at === undefined) node.addClass(LABEL_WAIT_CLASS);
      else node.removeClass(LABEL_WAIT_CLASS);
      PLACE_CLASS.forEach((name, i) => {
        if (!name) return;
        if (i === at) node.addClass(name);
        else node.removeClass(name);
      });
    }
  });
}
