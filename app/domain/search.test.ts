import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { fold } from './fold';
import { buildSearchIndex, charMask, editDistance, missingClasses, searchEntities, searchIndexBuilder, searchSentences } from './search';

const index = buildSearchIndex(smallGraph());
const ids = (q: string) => searchEntities(index, q).map((h) => h.id);

describe('searchEntities', () => {
  it('finds by English label or alias', () => {
    expect(ids('Putin')[0]).toBe('putin');
    expect(ids('vladimir')[0]).toBe('putin');
  });
  it('finds by Arabic label with and without diacritics', () => {
    expect(ids('بوتين')[0]).toBe('putin');
    expect(ids('بُوتِين')[0]).toBe('putin');
  });
  it('finds an Arabic word without its article', () => {
    expect(ids('صين')[0]).toBe('china');
  });
  it('tolerates a small typo', () => {
    expect(ids('Puttin')[0]).toBe('putin');
    expect(ids('Rusia')[0]).toBe('russia');
  });
  it('returns nothing for an empty query or a non-match', () => {
    expect(ids('')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });
});

describe('searchSentences', () => {
  it('finds a sentence by folded Arabic words and returns the original range', () => {
    const g = smallGraph();
    const hits = searchSentences(index, 'الخميس');
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.id).toBe('s1');
    const text = g.article.sentences[1]!.text;
    expect(text.slice(hit.range!.start, hit.range!.end)).toBe('الخميس');
  });
  it('finds a sentence by its English translation', () => {
    const hits = searchSentences(index, 'accused');
    expect(hits.map((h) => h.id)).toEqual(['s2']);
    expect(hits[0]!.inTranslation).toBe(true);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });

  it('agrees with the full (unbanded) alignment wherever the bound allows', () => {
    // Reference: the textbook optimal string alignment over the whole matrix.
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ا', 'ب'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const expected = full(a, b);
        expect(editDistance(a, b, max)).toBe(expected <= max ? expected : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('charMask', () => {
  it('never rules out a string within the allowed edits, nor a prefix of one', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'w', 'b', 'x', '1', '7', 'ا', 'ب', 'ي', ' ', '-'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (q, c, max) => {
        const within = editDistance(q, c, max) <= max || (c.length > q.length && editDistance(q, c.slice(0, q.length), max) <= max);
        if (within) expect(missingClasses(charMask(q), charMask(c))).toBeLessThanOrEqual(max);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the classes of the first string that the second lacks', () => {
    expect(missingClasses(charMask('forces 18601'), charMask('forces 12345'))).toBe(3);
    expect(missingClasses(charMask('بوتين'), charMask('بوتين'))).toBe(0);
    expect(missingClasses(charMask('abc'), charMask(''))).toBe(3);
  });
});

describe('searchEntities on many entities', () => {
  it('ranks a typo the same with the character-class check as by alignment alone', () => {
    // Labels that differ by a digit or two: the check must keep every label within two edits.
    const graph = smallGraph();
    const nodes = Array.from({ length: 300 }, (_, i) => ({ ...graph.nodes[0]!, id: `n${i}`, label: { ar: `قوات ${i}`, en: `Forces South ${1000 + i}` }, aliases: undefined }));
    const big = buildSearchIndex({ ...graph, nodes });
    const hits = searchEntities(big, 'Forces Soth 1123', 300);
    const expected = nodes.filter((n) => editDistance('forces soth 1123', n.label.en.toLowerCase(), 2) <= 2).map((n) => n.id);
    expect(hits.map((h) => h.id).sort()).toEqual(expect.arrayContaining(expected.sort()));
    expect(hits[0]!.id).toBe('n123');
  });
});

describe('searchEntities against a plain reference', () => {
  /** The ranking without the character-class checks: every pass on every term. */
  function reference(labels: string[], query: string): { id: string; score: number }[] {
    const q = fold(query);
    const typos = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    const score = (raw: string) => {
      const folded = fold(raw);
      const words = folded.split(/[\s\-–—,.،()]+/).filter(Boolean);
      const bare = words.map((w) => w.replace(/^(وال|بال|ال|لل|و|ب|ل)/, ''));
      if (folded === q) return 100;
      if (folded.startsWith(q)) return 85;
      if (words.includes(q)) return 80;
      if (words.some((w) => w.startsWith(q))) return 70;
      if (bare.some((w, i) => w !== words[i] && w.startsWith(q))) return 65;
      if (folded.includes(q)) return 50;
      if (typos === 0) return 0;
      let best = Infinity;
      for (const w of words.flatMap((w) => [w, w.replace(/^(وال|بال|ال|لل)/, '')])) {
        best = Math.min(best, editDistance(q, w, typos));
        if (w.length > q.length) best = Math.min(best, editDistance(q, w.slice(0, q.length), typos));
      }
      if (words.length > 1) best = Math.min(best, editDistance(q, folded, typos));
      return best <= typos ? 40 - best * 10 : 0;
    };
    return labels
      .map((label, i) => ({ id: `n${i}`, score: score(label) }))
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  it('ranks as the reference does, whatever the labels and the query', () => {
    const graph = smallGraph();
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'w', '1', '8', ' ', 'ا', 'ل', 'ب', 'ي', 'أ'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), text, (labels, query) => {
        if (fold(query) === '') return;
        const nodes = labels.map((label, i) => ({ ...graph.nodes[0]!, id: `n${i}`, label: { ar: label, en: label }, aliases: undefined }));
        const hits = searchEntities(buildSearchIndex({ ...graph, nodes }), query, 100).map((h) => ({ id: h.id, score: h.score }));
        expect(hits).toEqual(reference(labels, query));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('searchIndexBuilder', () => {
  it('leaves a search made before it is done only the rest to fold', () => {
    const graph = smallGraph();
    const builder = searchIndexBuilder(graph);
    expect(builder.step(1)).toBe(false);
    // Renamed after the step folded it: the search keeps the step's entry rather than folding it again.
    const first = graph.nodes[0]!;
    graph.nodes[0] = { ...first, label: { ar: 'اسم آخر', en: 'Another name' } };
    const index = buildSearchIndex(graph);
    expect(index.entities[0]!.terms.map((t) => t.raw)).toContain(first.label.en);
    expect(index.entities.map((e) => e.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(index.sentences).toHaveLength(graph.article.sentences.length);
    expect(builder.step(1)).toBe(true);
    expect(buildSearchIndex(graph)).toBe(index);
  });

  it('builds, in slices, the same index the one-shot build gives', () => {
    const graph = smallGraph();
    const builder = searchIndexBuilder(graph);
    let steps = 1;
    while (!builder.step(2)) steps++;
    expect(steps).toBeGreaterThan(2);
    const sliced = buildSearchIndex(graph);
    expect(sliced).toEqual(buildSearchIndex(smallGraph()));
    expect(searchEntities(sliced, 'Putin')[0]?.id).toBe('putin');
  });
});
