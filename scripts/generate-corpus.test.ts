import { describe, expect, it } from 'vitest';
import { buildParsedCorpus } from '../app/domain/corpus/build.ts';
import { validateGraph } from '../app/domain/validate.ts';
import { generateCorpus } from './generate-corpus.ts';

describe('the generated benchmark corpus', () => {
  it('is valid, and merges entities sharing an IRI while suggesting those sharing only a name', () => {
    const { corpus, graphs } = generateCorpus(12, 20);
    const built = buildParsedCorpus(corpus, (path) => {
      const graph = graphs.get(path.replace(/\.graph\.json$/, ''));
      return graph ? { text: JSON.stringify(graph) } : { error: 'missing' };
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(validateGraph(built.graph).ok).toBe(true);
    expect(built.graph.nodes.length).toBeLessThan(12 * 20);
    expect(built.suggestions.length).toBeGreaterThan(0);
  });
});
