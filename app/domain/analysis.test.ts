import { describe, expect, it } from 'vitest';
import { analyseGraph, graphModel } from './analysis';

describe('analyseGraph', () => {
  // Two triangles joined by one relation: two communities, the bridge ends most central.
  const nodes = ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => ({ id }));
  const pairs = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['x', 'y'], ['y', 'z'], ['z', 'x'], ['c', 'x']] as const;
  const edges = pairs.map(([source, target]) => ({ source, target }));

  it('keys every result by node id', () => {
    const analysis = analyseGraph({ nodes, edges });
    expect(Object.keys(analysis.communityOf).sort()).toEqual(['a', 'b', 'c', 'x', 'y', 'z']);
    expect(analysis.communities.map((c) => [...c.members].sort())).toEqual([['a', 'b', 'c'], ['x', 'y', 'z']]);
    expect(analysis.ranking.slice(0, 2).sort()).toEqual(['c', 'x']);
    expect(Object.keys(analysis.betweenness ?? {}).sort()).toEqual(['a', 'b', 'c', 'x', 'y', 'z']);
    expect(analysis.degree).toEqual({ a: 2, b: 2, c: 3, x: 3, y: 2, z: 2 });
    expect(analysis.links).toEqual([{ a: 0, b: 1, weight: 1 }]);
  });

  it('merges parallel relations into one weighted edge and skips self-loops and unknown ends', () => {
    const { model, ids } = graphModel({ nodes, edges: [...edges, { source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'a', target: 'a' }, { source: 'a', target: 'nobody' }] });
    expect(model.order).toBe(6);
    expect(model.size).toBe(7);
    expect(model.getEdgeAttribute(model.edge(ids.indexOf('a'), ids.indexOf('b')), 'weight')).toBe(3);
  });

  it('reads an id given twice once (a file analysed before it is validated)', () => {
    const analysis = analyseGraph({ nodes: [...nodes, { id: 'a' }], edges });
    expect(Object.keys(analysis.communityOf)).toHaveLength(6);
  });
});
