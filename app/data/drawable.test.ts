import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { isDrawable } from './drawable';

describe('isDrawable', () => {
  it('accepts a valid graph', () => {
    expect(isDrawable(smallGraph())).toBe(true);
  });

  it.each([
    ['an edge to a missing node', (g: ReturnType<typeof smallGraph>) => void (g.edges[0]!.target = 'nobody')],
    ['an edge of an unknown type', (g: ReturnType<typeof smallGraph>) => void (g.edges[0]!.type = 'no-such-type')],
    ['a duplicate node id', (g: ReturnType<typeof smallGraph>) => void g.nodes.push({ ...g.nodes[0]! })],
    ['a node without labels', (g: ReturnType<typeof smallGraph>) => void ((g.nodes[0] as { label?: unknown }).label = 'Putin')],
    ['no sentences list', (g: ReturnType<typeof smallGraph>) => void ((g.article as { sentences?: unknown }).sentences = null)],
  ])('refuses %s', (_name, breakIt) => {
    const graph = structuredClone(smallGraph());
    breakIt(graph);
    expect(isDrawable(graph)).toBe(false);
  });

  it('refuses what is not a graph', () => {
    expect(isDrawable([])).toBe(false);
    expect(isDrawable(null)).toBe(false);
    expect(isDrawable({ nodes: [] })).toBe(false);
  });
});
