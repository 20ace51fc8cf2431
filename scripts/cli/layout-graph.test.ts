import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate-graph.ts';
import { layoutPositions } from './layout-graph.ts';

describe('layoutPositions', () => {
  const graph = generateGraph({ nodes: 24, seed: 5 });

  it('gives the same positions for the same graph, and leaves Math.random as it was', () => {
    const random = Math.random;
    const a = layoutPositions(graph);
    const b = layoutPositions(graph);
    expect(Math.random).toBe(random);
    expect([...a.positions]).toEqual([...b.positions]);
    expect(a.positions.size).toBe(24);
    expect(new Set([...a.positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(24);
  });

  it('keeps the positions nodes already have and places only the others', () => {
    const { positions } = layoutPositions(graph);
    const partial = {
      ...graph,
      nodes: graph.nodes.map((n, i) => (i % 6 === 0 ? n : { ...n, position: positions.get(n.id)! })),
    };
    const placed = layoutPositions(partial, true).positions;
    for (const n of partial.nodes) if (n.position) expect(placed.get(n.id)).toEqual(n.position);
    const newcomers = partial.nodes.filter((n) => !n.position);
    expect(newcomers).toHaveLength(4);
    for (const n of newcomers) expect(placed.get(n.id)).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });
});
