import GraphModel from 'graphology';
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { analyseGraph, analysePacked, graphModel } from './analysis';
import { packedInputOf, type AnalysisInput } from './analysis-input';
import { seededRandom } from './seeded-random';

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

/**
 * The model as it was first built: each relation added, or its weight raised, one by one
 * through graphology's own lookups. The packed model must be the same graph (same nodes,
 * edges, order, ends and weights), so that Louvain, given the same seed, finds the same
 * communities.
 */
function modelOneByOne(graph: AnalysisInput): GraphModel {
  const model = new GraphModel({ type: 'undirected', multi: false, allowSelfLoops: false });
  const indexOf = new Map<string, number>();
  for (const node of graph.nodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, indexOf.size);
    model.addNode(indexOf.size - 1);
  }
  let key = 0;
  for (const edge of graph.edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    const existing = model.edge(a, b);
    if (existing === undefined) model.addEdgeWithKey(key++, a, b, { weight: 1 });
    else model.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  return model;
}

/** Degree and key-actor order as their definitions say, computed the slow way. */
function degreeAndRanking(graph: AnalysisInput) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const degree: Record<string, number> = {};
  for (const id of ids) degree[id] = graph.edges.filter((e) => e.source === id || (e.target === id && e.source !== id)).length;
  const ranking = graph.nodes.map((n) => n.id).sort((a, b) => degree[b]! - degree[a]! || (a < b ? -1 : a > b ? 1 : 0));
  return { degree, ranking };
}

/** A generated graph with what a file read before validation may hold: parallel relations both ways, self-loops, unknown ends, an id twice. */
function roughInput(nodes: number, seed: number): AnalysisInput {
  const graph = generateGraph({ nodes, seed });
  const edges = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const extra = edges.slice(0, 40).flatMap((e, i) => [
    { source: e.target, target: e.source },
    ...(i % 3 === 0 ? [{ source: e.source, target: e.source }] : []),
    ...(i % 5 === 0 ? [{ source: e.source, target: 'nobody' }] : []),
  ]);
  return { nodes: [...graph.nodes.map((n) => ({ id: n.id })), { id: graph.nodes[3]!.id }], edges: [...edges, ...extra] };
}

describe('the packed model', () => {
  it.each([
    [60, 1],
    [1200, 2],
    [5000, 5],
  ])('is the graph adding relations one by one gives (%i entities, seed %i)', (nodes, seed) => {
    const input = roughInput(nodes, seed);
    expect(graphModel(input).model.export()).toEqual(modelOneByOne(input).export());
  });

  it('gives the communities Louvain finds on the model built one by one', () => {
    const input = roughInput(3000, 7);
    const rng = () => seededRandom(1);
    const packed = louvain(graphModel(input).model, { getEdgeWeight: 'weight', rng: rng() });
    expect(packed).toEqual(louvain(modelOneByOne(input), { getEdgeWeight: 'weight', rng: rng() }));
    const analysis = analyseGraph(input);
    const members = new Map<number, string[]>();
    const { ids } = graphModel(input);
    for (const [key, c] of Object.entries(packed)) members.set(c, [...(members.get(c) ?? []), ids[Number(key)]!]);
    // (The id given twice is listed twice, as it is in the graph.)
    expect(analysis.communities.map((c) => [...new Set(c.members)].sort()).sort()).toEqual([...members.values()].map((m) => m.sort()).sort());
  });

  it('counts degree and ranks key actors as their definitions say', () => {
    const input = roughInput(2500, 4);
    const analysis = analyseGraph(input);
    const { degree, ranking } = degreeAndRanking(input);
    expect(analysis.betweenness).toBeNull();
    expect(analysis.degree).toEqual(degree);
    expect(analysis.ranking).toEqual(ranking);
  });

  it('analyses a file’s parsed JSON, packed, as it analyses the graph', () => {
    const graph = generateGraph({ nodes: 800, seed: 9 });
    const packed = packedInputOf(JSON.parse(JSON.stringify(graph)));
    expect(packed).not.toBeNull();
    expect(analysePacked(packed!)).toEqual(analyseGraph({ nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges }));
  });
});
