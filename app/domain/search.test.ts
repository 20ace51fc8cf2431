import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { buildSearchIndex, editDistance, searchEntities, searchSentences } from './search';

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
});
