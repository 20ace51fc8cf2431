import type { GraphIndex } from './graph-index';

/**
 * Hop distance from `start` to every entity reachable over the given relations, by
 * level: [[start], [its neighbours], [theirs], …].
 */
export function hopLevels(index: GraphIndex, start: string, edges: ReadonlySet<string>, maxDepth: number): string[][] {
  const levels: string[][] = [[start]];
  const seen = new Set([start]);
  for (let depth = 1; depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const id of levels[depth - 1]!) {
      for (const edgeId of index.edgesByNode.get(id) ?? []) {
        if (!edges.has(edgeId)) continue;
        const e = index.edgeById.get(edgeId);
        if (!e) continue;
        const other = e.source === id ? e.target : e.source;
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    if (next.length === 0) break;
    levels.push(next);
  }
  return levels;
}

export interface RingOptions {
  /** Distance between one ring and the next. */
  ringGap: number;
  /** Least distance along a ring between two neighbours on it. */
  minArc: number;
}

/**
 * A clean local layout of a neighbourhood: the centre where it was, each hop on a ring
 * around it, evenly spaced, each entity on the side of the centre it had before (so
 * the picture changes shape, not sides).
 */
export function ringLayout(
  levels: readonly (readonly string[])[],
  before: ReadonlyMap<string, { x: number; y: number }>,
  { ringGap, minArc }: RingOptions,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const centreId = levels[0]?.[0];
  if (centreId === undefined) return out;
  const c = before.get(centreId) ?? { x: 0, y: 0 };
  out.set(centreId, { x: c.x, y: c.y });
  let radius = 0;
  for (let k = 1; k < levels.length; k++) {
    const ring = levels[k]!;
    radius = Math.max(radius + ringGap, (ring.length * minArc) / (2 * Math.PI));
    const angleOf = (id: string) => {
      const p = before.get(id);
      return p ? Math.atan2(p.y - c.y, p.x - c.x) : 0;
    };
    const ordered = [...ring].sort((a, b) => angleOf(a) - angleOf(b) || (a < b ? -1 : 1));
    // Start where the first one was, so the ring turns as little as possible.
    const start = ordered.length > 0 ? angleOf(ordered[0]!) : 0;
    ordered.forEach((id, i) => {
      const angle = start + (2 * Math.PI * i) / ordered.length;
      out.set(id, { x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) });
    });
  }
  return out;
}
