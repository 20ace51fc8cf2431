import { edgeSentence, type GraphIndex } from '../../../domain/graph-index';
import type { Lang } from '../../../domain/schema';
import type { GraphSnapshot, SnapshotEdge, SnapshotNode } from '../../../shared/graph-handle';
import { categoryLabel, nodeTypeLabel } from '../../../shared/labels';
import { escapeXml, num, stripIsolates, textDirection } from './escape';
import { fontFaceCss, fontsFor, type EmbeddedFont } from './fonts';
import { curveMidpoint } from './publication';
import { shapeElement } from './svg-shapes';

/** Width of `text` at `fontSize` px in the label font; the browser passes a canvas measure. */
export type Measure = (text: string, fontSize: number) => number;

export interface SvgInput {
  snapshot: GraphSnapshot;
  index: GraphIndex;
  lang: Lang;
  title: string;
  legendTitles: { nodes: string; relations: string };
  /** null: transparent. */
  background: string | null;
  fonts: readonly EmbeddedFont[];
  measure?: Measure;
  /**
   * For publication: relation labels on the edges, a wider margin and a source line
   * under the legend (outlet, date, translation). The snapshot is given already reduced
   * to what is lit (`publicationSnapshot`).
   */
  publication?: { source: string };
}

const FONT_FAMILY = 'Noto Sans Arabic, sans-serif';
const PAD = 24;
const TITLE_SIZE = 18;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 22;
/** The canvas's edge width, arrow scale and label box (cy-style.ts). */
const EDGE_WIDTH = 2.2;
const ARROW_SIZE = Math.max((EDGE_WIDTH * 13.37) ** 0.9, 29) * 1.1;
const LABEL_MAX_WIDTH = 130;
const LABEL_MARGIN = 5;
const PUBLICATION_MARGIN = 48;
const EDGE_LABEL_SIZE = 11;
const SOURCE_SIZE = 12;

/** A rough width for when no canvas is at hand (tests, workers). */
export const estimateWidth: Measure = (text, fontSize) => [...text].length * fontSize * 0.55;

/**
 * The canvas as a standalone SVG: each node and edge a `<g data-id>` with a `<title>`,
 * labels and legend as real text in the embedded font, so the file stays searchable,
 * selectable and shaped right wherever it is opened.
 */
export function writeSvg(input: SvgInput): string {
  const { snapshot, lang } = input;
  const measure = input.measure ?? estimateWidth;
  const textFont = (s: string) => measure(s, LEGEND_SIZE);
  const legend = legendEntries(input);
  const legendWidth = (entries: { label: string }[], heading: string) =>
    Math.max(textFont(heading), ...entries.map((e) => 30 + textFont(e.label)), 0);
  const nodesColumn = legendWidth(legend.nodes, input.legendTitles.nodes);
  const relationsColumn = legendWidth(legend.relations, input.legendTitles.relations);

  const bb = snapshot.nodes.length + snapshot.edges.length > 0 ? snapshot.bounds : { x1: 0, y1: 0, x2: 0, y2: 0 };
  const margin = input.publication ? PUBLICATION_MARGIN : 0;
  const graphWidth = bb.x2 - bb.x1 + 2 * PAD;
  const graphHeight = bb.y2 - bb.y1 + 2 * PAD;
  const titleText = stripIsolates(input.title);
  const titleHeight = titleText ? TITLE_SIZE * 2.4 : 0;
  const legendRows = Math.max(legend.nodes.length, legend.relations.length);
  const legendHeight = legendRows > 0 ? (legendRows + 1) * LEGEND_ROW + PAD : 0;
  const sourceText = input.publication?.source ?? '';
  const sourceHeight = sourceText ? SOURCE_SIZE * 2.4 : 0;
  const width = Math.ceil(
    Math.max(graphWidth, measure(titleText, TITLE_SIZE) + 2 * PAD, nodesColumn + relationsColumn + 3 * PAD, measure(sourceText, SOURCE_SIZE) + 2 * PAD) + 2 * margin,
  );
  const height = Math.ceil(titleHeight + graphHeight + legendHeight + sourceHeight + 2 * margin);
  const dx = (width - graphWidth) / 2 + PAD - bb.x1;
  const dy = margin + titleHeight + PAD - bb.y1;
  const rtl = lang === 'ar';

  const allText = [titleText, sourceText, ...(input.publication ? snapshot.edges.map((e) => e.label) : []), ...snapshot.nodes.map((n) => n.label), input.legendTitles.nodes, input.legendTitles.relations, ...legend.nodes.map((e) => e.label), ...legend.relations.map((e) => e.label)].join(' ');
  const css = fontFaceCss(fontsFor(allText, input.fonts));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" lang="${lang}" direction="${rtl ? 'rtl' : 'ltr'}">`,
    `<title>${escapeXml(titleText)}</title>`,
  ];
  if (css) out.push(`<style><![CDATA[\n${css}\n]]></style>`);
  if (input.background) out.push(`<rect width="100%" height="100%" fill="${escapeXml(input.background)}"/>`);
  if (titleText) {
    out.push(textElement(titleText, {
        x: rtl ? width - PAD - margin : PAD + margin,
        y: margin + TITLE_SIZE * 1.6,
        size: TITLE_SIZE,
        anchor: 'start',
        fill: snapshot.textColor,
        halo: null,
        className: 'title',
        base: rtl ? 'rtl' : 'ltr',
      }));
  }

  out.push(`<g class="graph" transform="translate(${num(dx)} ${num(dy)})">`, '<g class="edges">');
  for (const edge of snapshot.edges) out.push(edgeElement(edge, input));
  out.push('</g>', '<g class="nodes">');
  for (const node of snapshot.nodes) out.push(nodeElement(node, snapshot, measure, rtl));
  out.push('</g>');
  // Relation labels above the nodes, so a node never hides the words of its relation.
  if (input.publication) out.push(edgeLabels(snapshot));
  out.push('</g>');

  if (legendRows > 0) out.push(legendElement(input, legend, { width: width - margin, top: margin + titleHeight + graphHeight, nodesColumn, rtl, inset: margin }));
  if (sourceText) {
    out.push(textElement(sourceText, {
        x: rtl ? width - PAD - margin : PAD + margin,
        y: height - margin - SOURCE_SIZE * 0.8,
        size: SOURCE_SIZE,
        anchor: 'start',
        fill: snapshot.textColor,
        halo: null,
        className: 'source',
        base: rtl ? 'rtl' : 'ltr',
      }));
  }
  out.push('</svg>', '');
  return out.join('\n');
}

function edgeLabels(snapshot: GraphSnapshot): string {
  const parts = ['<g class="edge-labels">'];
  for (const edge of snapshot.edges) {
    const label = stripIsolates(edge.label);
    if (!label) continue;
    const at = curveMidpoint(edge.points);
    parts.push(textElement(label, {
        x: at.x,
        y: at.y + EDGE_LABEL_SIZE * 0.35,
        size: EDGE_LABEL_SIZE,
        anchor: 'middle',
        fill: snapshot.textColor,
        halo: snapshot.background,
        className: 'edge-label',
        base: 'auto',
      }));
  }
  parts.push('</g>');
  return parts.join('');
}

function edgeElement(edge: SnapshotEdge, input: SvgInput): string {
  const pts = edge.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return '';
  const graphEdge = input.index.edgeById.get(edge.id);
  const sentence = graphEdge ? edgeSentence(input.index, graphEdge, input.lang) : `${edge.source} ${stripIsolates(edge.label)} ${edge.target}`;
  const color = escapeXml(edge.color);
  // The line stops under the arrowhead so the two do not double up their opacity.
  const before = pts[pts.length - 2] ?? first;
  const len = Math.hypot(last.x - before.x, last.y - before.y) || 1;
  const ux = (last.x - before.x) / len;
  const uy = (last.y - before.y) / len;
  const arrowLength = 0.3 * ARROW_SIZE;
  const end = edge.directed ? { x: last.x - ux * arrowLength * 0.8, y: last.y - uy * arrowLength * 0.8 } : last;
  const path = curvePath([...pts.slice(0, -1), end]);
  const parts = [
    `<g class="edge" data-id="${escapeXml(edge.id)}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}" opacity="0.85">`,
    `<title>${escapeXml(sentence)}</title>`,
    `<path d="${path}" fill="none" stroke="${color}" stroke-width="${EDGE_WIDTH}" stroke-linecap="round"${edge.directed ? '' : ' stroke-dasharray="7 4"'}/>`,
  ];
  if (edge.directed) {
    const half = 0.15 * ARROW_SIZE;
    const bx = last.x - ux * arrowLength;
    const by = last.y - uy * arrowLength;
    const corners = [
      [last.x, last.y],
      [bx - uy * half, by + ux * half],
      [bx + uy * half, by - ux * half],
    ];
    parts.push(`<path d="M${corners.map(([x = 0, y = 0]) => `${num(x)} ${num(y)}`).join('L')}Z" fill="${color}"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/**
 * Cytoscape's bezier edges: a straight line, or quadratic segments through the control
 * points, joined at the midpoints between consecutive control points.
 */
export function curvePath(points: readonly { x: number; y: number }[]): string {
  const p = (q: { x: number; y: number }) => `${num(q.x)} ${num(q.y)}`;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const controls = points.slice(1, -1);
  if (controls.length === 0) return `M${p(first)}L${p(last)}`;
  let d = `M${p(first)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : last;
    d += `Q${p(c)} ${p(to)}`;
  });
  return d;
}

/** The canvas maps degree to both node size (22-50) and label size (13-21). */
function labelSize(node: SnapshotNode, fallback: number): number {
  const size = Math.min(node.width, node.height);
  if (!(size >= 22 && size <= 50)) return fallback;
  return 13 + ((size - 22) * 8) / 28;
}

function nodeElement(node: SnapshotNode, snapshot: GraphSnapshot, measure: Measure, rtl: boolean): string {
  const label = stripIsolates(node.label);
  const paint = `fill="${escapeXml(node.color)}" stroke="${escapeXml(snapshot.background)}" stroke-width="2"`;
  const size = labelSize(node, snapshot.fontSize);
  const parts = [
    `<g class="node" data-id="${escapeXml(node.id)}" data-type="${escapeXml(node.type)}"${node.faded ? ' opacity="0.3"' : ''}>`,
    `<title>${escapeXml(label)}</title>`,
    shapeElement(node.shape, node.x, node.y, node.width, node.height, paint),
  ];
  if (label) {
    const lines = wrapLines(label, size, measure);
    const top = node.y + node.height / 2 + LABEL_MARGIN + size * 0.95;
    parts.push(textElement(lines, {
        x: node.x,
        y: top,
        size,
        anchor: 'middle',
        fill: snapshot.textColor,
        halo: snapshot.background,
        className: 'label',
        base: rtl ? 'rtl' : 'auto',
      }));
  }
  parts.push('</g>');
  return parts.join('');
}

/** Greedy word wrap at the canvas's label width; a word longer than the line stays whole. */
export function wrapLines(text: string, fontSize: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize) > LABEL_MAX_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TextSpec {
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle';
  fill: string;
  /** Outline in the background colour, as the canvas draws labels; null for none. */
  halo: string | null;
  className: string;
  /** Base direction; 'auto' takes the first strong character's. */
  base: 'rtl' | 'ltr' | 'auto';
}

function textElement(text: string | string[], { x, y, size, anchor, fill, halo, className, base }: TextSpec): string {
  const lines = typeof text === 'string' ? [text] : text;
  const joined = lines.join(' ');
  const dir = base === 'auto' ? textDirection(joined) : base;
  const haloAttrs = halo ? ` stroke="${escapeXml(halo)}" stroke-width="3" stroke-linejoin="round" stroke-opacity="0.9" paint-order="stroke"` : '';
  const attrs =
    `class="${className}" x="${num(x)}" y="${num(y)}" font-size="${num(size)}" text-anchor="${anchor}" fill="${escapeXml(fill)}"${haloAttrs}` +
    ` direction="${dir}" unicode-bidi="embed"${dir === 'rtl' ? ' lang="ar"' : ''}`;
  if (lines.length === 1) return `<text ${attrs}>${escapeXml(joined)}</text>`;
  // Each line is its own text chunk (absolute x), so bidi reordering stays within it.
  const lineHeight = size * 1.25;
  const tspans = lines.map((line, i) => `<tspan x="${num(x)}"${i === 0 ? '' : ` dy="${num(lineHeight)}"`}>${escapeXml(line)}</tspan>`);
  return `<text ${attrs}>${tspans.join('')}</text>`;
}

interface LegendEntry {
  label: string;
  color: string;
  shape: string;
  dashed: boolean;
}

function legendEntries(input: SvgInput): { nodes: LegendEntry[]; relations: LegendEntry[] } {
  const { snapshot, index, lang } = input;
  const nodes = new Map<string, LegendEntry>();
  for (const n of snapshot.nodes) {
    if (!nodes.has(n.type)) nodes.set(n.type, { label: nodeTypeLabel(index, n.type, lang), color: n.color, shape: n.shape, dashed: false });
  }
  const relations = new Map<string, LegendEntry>();
  for (const e of snapshot.edges) {
    const entry = relations.get(e.category);
    if (entry) entry.dashed &&= !e.directed;
    else relations.set(e.category, { label: categoryLabel(index, e.category, lang), color: e.color, shape: '', dashed: !e.directed });
  }
  const order = (types: readonly string[]) => (a: [string, LegendEntry], b: [string, LegendEntry]) => types.indexOf(a[0]) - types.indexOf(b[0]);
  return {
    nodes: [...nodes].sort(order(index.graph.nodeTypes.map((t) => t.id))).map(([, e]) => e),
    relations: [...relations].sort(order(index.categories)).map(([, e]) => e),
  };
}

function legendElement(
  input: SvgInput,
  legend: { nodes: LegendEntry[]; relations: LegendEntry[] },
  at: { width: number; top: number; nodesColumn: number; rtl: boolean; inset: number },
): string {
  const { snapshot } = input;
  // In Arabic the columns run from the right, swatch first (on the right of its label).
  const columnStart = (offset: number) => (at.rtl ? at.width - PAD - offset : at.inset + PAD + offset);
  const inward = at.rtl ? -1 : 1;
  const text = { size: LEGEND_SIZE, anchor: 'start', fill: snapshot.textColor, halo: null, base: at.rtl ? 'rtl' : 'ltr' } as const;
  const parts = ['<g class="legend">'];
  const column = (heading: string, entries: LegendEntry[], offset: number, kind: 'node' | 'relation') => {
    const x0 = columnStart(offset);
    parts.push(textElement(heading, { ...text, x: x0, y: at.top + LEGEND_ROW * 0.75, className: 'legend-heading' }));
    entries.forEach((entry, i) => {
      const cy = at.top + LEGEND_ROW * (i + 1.5);
      const swatchX = x0 + inward * 9;
      if (kind === 'node') {
        parts.push(shapeElement(entry.shape, swatchX, cy - 4, 14, 14, `fill="${escapeXml(entry.color)}"`));
      } else {
        parts.push(
          `<line x1="${num(swatchX - 9)}" y1="${num(cy - 4)}" x2="${num(swatchX + 9)}" y2="${num(cy - 4)}" stroke="${escapeXml(entry.color)}" stroke-width="3"${entry.dashed ? ' stroke-dasharray="5 3"' : ''}/>`,
        );
      }
      parts.push(textElement(entry.label, { ...text, x: x0 + inward * 26, y: cy, className: 'legend-label' }));
    });
  };
  column(input.legendTitles.nodes, legend.nodes, 0, 'node');
  column(input.legendTitles.relations, legend.relations, at.nodesColumn + PAD, 'relation');
  parts.push('</g>');
  return parts.join('\n');
}
