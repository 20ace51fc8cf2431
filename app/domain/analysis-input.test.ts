import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { analyseGraph } from './analysis';
import { analysisFits, analysisInputOf } from './analysis-input';

describe('analysisInputOf', () => {
  it('reads the entities and relations of a graph file as parsed, before validation', () => {
    const graph = smallGraph();
    const input = analysisInputOf(JSON.parse(JSON.stringify(graph)));
    expect(input?.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(input?.edges).toEqual(graph.edges.map((e) => ({ source: e.source, target: e.target })));
  });

  it('answers null for what is not shaped like a graph', () => {
    expect(analysisInputOf(null)).toBeNull();
    expect(analysisInputOf({ nodes: [] })).toBeNull();
    expect(analysisInputOf({ nodes: [{ id: 1 }], edges: [] })).toBeNull();
    expect(analysisInputOf({ nodes: [], edges: [{ source: 'a' }] })).toBeNull();
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
