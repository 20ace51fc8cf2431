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
    // A clock where each part takes 5 ms: the page gets a turn every third part (at 12 ms).
    let clock = 0;
    let parsed = 0;
    const turns: number[] = [];
    const joined = await joinGraph(
      parts,
      async () => {
        turns.push(parsed);
      },
      () => (clock = parsed++ * 5),
    );
    expect(joined).toEqual(big);
    expect(clock).toBeGreaterThan(0);
    expect(turns.length).toBe(Math.floor(parts.parts.length / 3));
  });

  it('yields to the browser in the browser default, resuming without a timer', async () => {
    const graph = smallGraph();
    const nodes = Array.from({ length: 3000 }, (_, i) => ({ ...graph.nodes[0]!, id: `n${i}` }));
    const big = { ...graph, nodes };
    // Every part over the turn: the default yield runs between each of them and still resolves.
    let t = 0;
    expect(await joinGraph(splitGraph(big), undefined, () => (t += 100))).toEqual(big);
  });

  it('keeps a graph with empty arrays whole', async () => {
    const graph = { ...smallGraph(), edges: [] };
    expect(await joinGraph(splitGraph(graph), async () => undefined)).toEqual(graph);
  });
});
