import type { GraphIndex } from './graph-index';

/**
 * Which entities' labels matter most, and the geometry rules that keep a small graph
 * readable: label priority by centrality, overlap removal, and framing a box in a view.
 * Pure: the canvas feeds in positions and sizes and applies what comes back.
 */

/** Each entity's number of relations: the centrality used until a better one is given. */
export function degreeCentrality(index: GraphIndex): Map<string, number> {
  return new Map(index.graph.nodes.map((n) => [n.id, index.edgesByNode.get(n.id)?.length ?? 0]));
}

/**
 * Entity ids, most central first (ties by id, so the order never depends on the file's
 * order or on drawing). Any centrality will do: degree by default, betweenness later.
 */
export function labelPriority(ids: Iterable<string>, centrality: ReadonlyMap<string, number>): string[] {
  return [...ids].sort((a, b) => (centrality.get(b) ?? 0) - (centrality.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the label could be drawn, in screen pixels, in order of preference (below, above…). */
  boxes: Box[];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The labels to draw and where: in priority order, each label at its first place that
 * does not cover a label already placed. The most central label always shows; a less
 * central one waits for the zoom that gives it room. Returns id -> index of the place.
 */
export function placeLabels(candidates: readonly LabelCandidate[], reserved: readonly Box[] = []): Map<string, number> {
  const placed: Box[] = [...reserved];
  const shown = new Map<string, number>();
  for (const c of candidates) {
    const at = c.boxes.findIndex((box) => !placed.some((p) => overlaps(p, box)));
    if (at < 0) continue;
    placed.push(c.boxes[at]!);
    shown.set(c.id, at);
  }
  return shown;
}

export interface Disc {
  id: string;
  x: number;
  y: number;
  /** Radius, in the same units as x and y. */
  r: number;
}

/**
 * Push overlapping entities apart until every pair is at least `gap` apart (or the
 * iterations run out), moving each as little as it can. Entities that do not overlap
 * keep their positions exactly.
 */
export function separateDiscs(discs: readonly Disc[], gap: number, iterations = 50): Map<string, { x: number; y: number }> {
  const pts = discs.map((d) => ({ ...d }));
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!;
      for (let j = i + 1; j < pts.length; j++) {
        const b = pts[j]!;
        const need = a.r + b.r + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const dist = Math.hypot(dx, dy);
        if (dist >= need) continue;
        if (dist === 0) {
          // Same spot: separate along a direction fixed by the pair, not by chance.
          const angle = (i * 2.399963 + j) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
        } else {
          dx /= dist;
          dy /= dist;
        }
        const push = (need - dist) / 2 + 0.01;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(pts.map((p) => [p.id, { x: p.x, y: p.y }]));
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Frame {
  /** The canvas size in screen pixels. */
  width: number;
  height: number;
  /** Screen pixels along each side that something covers (a sheet, a toolbar) or that stay free. */
  insets: { top: number; right: number; bottom: number; left: number };
  minZoom: number;
  maxZoom: number;
}

function area(frame: Frame): Box {
  const { width, height, insets } = frame;
  return { x1: insets.left, y1: insets.top, x2: Math.max(insets.left + 1, width - insets.right), y2: Math.max(insets.top + 1, height - insets.bottom) };
}

/** The viewport that shows a model box whole, as large as fits, centred in the free area. */
export function fitBox(box: Box, frame: Frame): Viewport {
  const a = area(frame);
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(frame.maxZoom, Math.max(frame.minZoom, Math.min((a.x2 - a.x1) / w, (a.y2 - a.y1) / h)));
  return {
    zoom,
    pan: { x: (a.x1 + a.x2) / 2 - (zoom * (box.x1 + box.x2)) / 2, y: (a.y1 + a.y2) / 2 - (zoom * (box.y1 + box.y2)) / 2 },
  };
}

/**
 * The smallest move that brings a model box into the free area: nothing when it is
 * already there, a pan when it fits at this zoom, else a zoom out just far enough.
 */
export function revealBox(box: Box, view: Viewport, frame: Frame): Viewport {
  const a = area(frame);
  const { zoom, pan } = view;
  const r = { x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y };
  if (r.x2 - r.x1 > a.x2 - a.x1 || r.y2 - r.y1 > a.y2 - a.y1) {
    const fitted = fitBox(box, { ...frame, maxZoom: Math.min(frame.maxZoom, zoom) });
    return fitted;
  }
  const shift = (lo: number, hi: number, min: number, max: number) => (lo < min ? min - lo : hi > max ? max - hi : 0);
  const dx = shift(r.x1, r.x2, a.x1, a.x2);
  const dy = shift(r.y1, r.y2, a.y1, a.y2);
  return { zoom, pan: { x: pan.x + dx, y: pan.y + dy } };
}
