import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { joinGraph, splitGraph } from './graph-parts';

describe('graph parts', () => {
  it('joins back to the same graph, in order', async () => {
    const graph = smallGraph();
    // Enough items for several slices of each long array.
    const nodes = Array.from({ length: 2500 }, (_, i) => ({ ...graph.nodes[0]!, id: `n${i}` }));
    const big = { ...graph, nodes, article: { ...graph.article, sentences: Array.from({ length: 1200 }, (_, i) => ({ ...graph.article.sentences[0]!, id: `s${i}` })) } };
    const parts = splitGraph(big);
    expect(parts.parts.filter((p) => p.key === 'nodes')).toHaveLength(3);
    let yields = 0;
    const joined = await joinGraph(parts, async () => {
      yields += 1;
    });
    expect(joined).toEqual(big);
    expect(yields).toBe(parts.parts.length);
  });

  it('keeps a graph with empty arrays whole', async () => {
    const graph = { ...smallGraph(), edges: [] };
    expect(await joinGraph(splitGraph(graph), async () => undefined)).toEqual(graph);
  });
});
