import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { forceLayout, type LayoutInput, type Positions } from './layout';
import type { Graph } from './schema';

function inputOf(graph: Graph): LayoutInput {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id })),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target })),
  };
}

function expectFinite(positions: Positions, ids: string[]) {
  expect(Object.keys(positions).sort()).toEqual([...ids].sort());
  for (const id of ids) {
    const p = positions[id]!;
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), `${id} at ${p.x},${p.y}`).toBe(true);
  }
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  const small = inputOf(generateGraph({ nodes: 60, seed: 7 }));

  it('gives the same positions for the same input', () => {
    const a = forceLayout(small);
    const b = forceLayout(small);
    expect(a).not.toBeNull();
    expect(b).toEqual(a);
    const big = inputOf(generateGraph({ nodes: 2100, seed: 3 })); // above 2,000: the large-graph settings
    expect(forceLayout(big, { iterations: 25 })).toEqual(forceLayout(big, { iterations: 25 }));
  });

  it('places every node at a finite position, whatever the edges say', () => {
    const input: LayoutInput = {
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c', size: 0 }, { id: 'lonely' }, { id: 'd', size: 300 }],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'a', target: 'a' },
        { source: 'a', target: 'ghost' },
        { source: 'c', target: 'd' },
      ],
    };
    const positions = forceLayout(input);
    expect(positions).not.toBeNull();
    expectFinite(positions!, ['a', 'b', 'c', 'lonely', 'd']);
    expect(forceLayout({ nodes: [], edges: [] })).toEqual({});
    expectFinite(forceLayout({ nodes: [{ id: 'only' }], edges: [] })!, ['only']);
  });

  it('lays a small graph out sensibly: no overlaps, linked nodes nearer than the rest', () => {
    const positions = forceLayout(small)!;
    const ids = small.nodes.map((n) => n.id);
    expectFinite(positions, ids);
    let minGap = Infinity;
    let allPairs = 0;
    let pairCount = 0;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const d = distance(positions[ids[i]!]!, positions[ids[j]!]!);
        minGap = Math.min(minGap, d);
        allPairs += d;
        pairCount++;
      }
    }
    const linked = small.edges.reduce((sum, e) => sum + distance(positions[e.source]!, positions[e.target]!), 0) / small.edges.length;
    // Nodes are 40 px collision circles; allow a little slack for the last ticks.
    expect(minGap).toBeGreaterThan(50);
    expect(linked).toBeLessThan((allPairs / pairCount) * 0.8);
  });

  it('stops and returns null when onProgress returns false', () => {
    const calls: number[] = [];
    const result = forceLayout(small, {
      progressEvery: 5,
      onProgress: (fraction) => {
        calls.push(fraction);
        return calls.length < 3;
      },
    });
    expect(result).toBeNull();
    expect(calls).toHaveLength(3);
    expect(calls[0]).toBeGreaterThan(0);
  });

  it('reports progress up to 1 when it runs to the end', () => {
    const calls: number[] = [];
    const result = forceLayout(small, { iterations: 50, progressEvery: 10, onProgress: (f) => void calls.push(f) });
    expect(result).not.toBeNull();
    expect(calls).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('lays out a generated graph of 5,000 nodes and 10,000 edges', { timeout: 120_000 }, () => {
    const graph = generateGraph({ nodes: 5000, seed: 11 });
    expect(graph.edges).toHaveLength(10_000);
    const positions = forceLayout(inputOf(graph));
    expect(positions).not.toBeNull();
    expectFinite(positions!, graph.nodes.map((n) => n.id));
  });
});
