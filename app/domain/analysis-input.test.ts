import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { analyseGraph } from './analysis';
import { analysisFits, packedInputOf, packedTransfer } from './analysis-input';

describe('packedInputOf', () => {
  it('reads the entities and relations of a graph file as parsed, before validation', () => {
    const graph = smallGraph();
    const input = packedInputOf(JSON.parse(JSON.stringify(graph)));
    expect(input?.ids).toEqual(graph.nodes.map((n) => n.id));
    expect([...input!.source].map((i) => input!.ids[i])).toEqual(graph.edges.map((e) => e.source));
    expect([...input!.target].map((i) => input!.ids[i])).toEqual(graph.edges.map((e) => e.target));
  });

  it('gives each relation its ends as indices of the entities, -1 for an id that is no entity', () => {
    const input = packedInputOf({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], edges: [{ source: 'b', target: 'c' }, { source: 'c', target: 'x' }] });
    expect(input?.ids).toEqual(['a', 'b', 'c']);
    expect([...input!.source]).toEqual([1, 2]);
    expect([...input!.target]).toEqual([2, -1]);
    expect(input?.firstOf).toBeUndefined();
    expect(packedTransfer(input!)).toHaveLength(2);
  });

  it('points an id given twice at its first occurrence', () => {
    const input = packedInputOf({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'a' }], edges: [{ source: 'b', target: 'a' }] });
    expect(input?.ids).toEqual(['a', 'b', 'a']);
    expect([...input!.firstOf!]).toEqual([0, 1, 0]);
    expect([...input!.target]).toEqual([0]);
    expect(packedTransfer(input!)).toHaveLength(3);
  });

  it('answers null for what is not shaped like a graph', () => {
    expect(packedInputOf(null)).toBeNull();
    expect(packedInputOf({ nodes: [] })).toBeNull();
    expect(packedInputOf({ nodes: [{ id: 1 }], edges: [] })).toBeNull();
    expect(packedInputOf({ nodes: [], edges: [{ source: 'a' }] })).toBeNull();
    expect(packedInputOf({ nodes: [], edges: [null] })).toBeNull();
  });
});

describe('analysisFits', () => {
  const graph = smallGraph();
  const analysis = analyseGraph(graph);

  it('accepts the analysis of the same entities and relations', () => {
    expect(analysisFits(analysis, graph)).toBe(true);
  });

  it('refuses one made of other entities or relations', () => {
    expect(analysisFits(analysis, { ...graph, nodes: graph.nodes.slice(1) })).toBe(false);
    expect(analysisFits(analysis, { ...graph, nodes: [...graph.nodes.slice(1), { ...graph.nodes[0]!, id: 'someone-else' }] })).toBe(false);
    expect(analysisFits(analysis, { ...graph, edges: graph.edges.slice(1) })).toBe(false);
  });
});
