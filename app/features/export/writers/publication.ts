import type { GraphSnapshot } from '../../../shared/graph-handle';

/** The light page a picture editor expects, whatever the app's theme. */
export const PUBLICATION_COLORS = { background: '#ffffff', text: '#1c1c1c' } as const;

/** Room for a node's label under it, in model units, when the bounds are recomputed. */
const LABEL_ROOM = 48;
const LABEL_HALF_WIDTH = 70;

/**
 * The canvas as it should be published: only what is lit (faded entities and anything
 * the filters leave out are dropped, not drawn as ghosts), on a light background, with
 * bounds that frame what is left. `lit` is null when everything is lit (whole graph).
 */
export function publicationSnapshot(snapshot: GraphSnapshot, lit: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null): GraphSnapshot {
  const nodes = snapshot.nodes.filter((n) => (lit ? lit.nodes.has(n.id) : true)).map((n) => ({ ...n, faded: false }));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = snapshot.edges.filter((e) => (lit ? lit.edges.has(e.id) : true) && kept.has(e.source) && kept.has(e.target));
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const half = Math.max(n.width / 2, LABEL_HALF_WIDTH);
    x1 = Math.min(x1, n.x - half);
    x2 = Math.max(x2, n.x + half);
    y1 = Math.min(y1, n.y - n.height / 2);
    y2 = Math.max(y2, n.y + n.height / 2 + LABEL_ROOM);
  }
  for (const e of edges) {
    for (const p of e.points) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
  }
  const bounds = nodes.length > 0 ? { x1, y1, x2, y2 } : { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { ...snapshot, nodes, edges, bounds, background: PUBLICATION_COLORS.background, textColor: PUBLICATION_COLORS.text };
}

/** A point halfway along the drawn curve, where the relation's label sits. */
export function curveMidpoint(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  const first = points[0] ?? { x: 0, y: 0 };
  const last = points[points.length - 1] ?? first;
  const controls = points.slice(1, -1);
  if (controls.length === 0) return { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 };
  if (controls.length % 2 === 1) {
    // The middle control point of a quadratic is off the curve: the curve passes halfway to it.
    const c = controls[(controls.length - 1) / 2] ?? first;
    const before = controls[(controls.length - 1) / 2 - 1] ?? first;
    const after = controls[(controls.length - 1) / 2 + 1] ?? last;
    const a = controls.length === 1 ? first : { x: (before.x + c.x) / 2, y: (before.y + c.y) / 2 };
    const b = controls.length === 1 ? last : { x: (c.x + after.x) / 2, y: (c.y + after.y) / 2 };
    return { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
  }
  const a = controls[controls.length / 2 - 1] ?? first;
  const b = controls[controls.length / 2] ?? last;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
