import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph-index';
import { GraphSchema } from './schema';
import { computeVisibility } from './visibility';

const graph = GraphSchema.parse(JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')));
const index = indexGraph(graph);
const none = { hiddenRelationTypes: new Set<string>(), hiddenNodeTypes: new Set<string>(), attribution: null, focus: null, isolated: 'fade' } as const;

describe('filtering by whom a claim is attributed to', () => {
  for (const speaker of [...new Set(graph.edges.flatMap((e) => (e.attributedTo ? [e.attributedTo] : [])))]) {
    it(`keeps ${speaker} lit, though the claims link other entities`, () => {
      const own = graph.edges.filter((e) => e.attributedTo === speaker);
      const faded = computeVisibility(index, { ...none, attribution: speaker });
      expect([...faded.edges].sort()).toEqual(own.map((e) => e.id).sort());
      expect(faded.nodes.has(speaker)).toBe(true);
      expect(faded.faded.has(speaker)).toBe(false);
      const hidden = computeVisibility(index, { ...none, attribution: speaker, isolated: 'hide' });
      expect(hidden.nodes.has(speaker)).toBe(true);
    });
  }

  it('does not light a speaker whose type is hidden', () => {
    const v = computeVisibility(index, { ...none, attribution: 'putin', hiddenNodeTypes: new Set(['person']) });
    expect(v.nodes.has('putin')).toBe(false);
  });
});
