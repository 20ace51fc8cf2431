import { describe, expect, it } from 'vitest';
import type { AnnotationDoc, Entity } from '../../domain/annotation/schema';
import { wordAt, withoutClitics } from './caret';
import { adjustEvidence, defaultEvidence, findInArticle, lacksEnglishLabel, matchEntities, mentionAtCaret, mentionsOf, paletteIndex, paletteKey, relationEnds } from './text-annotation';

const key = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ code, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('palette keys', () => {
  it('maps the digit row and numeric pad by physical key, 1-9 then 0', () => {
    expect(paletteIndex(key('Digit1'))).toBe(0);
    expect(paletteIndex(key('Digit9'))).toBe(8);
    expect(paletteIndex(key('Digit0'))).toBe(9);
    expect(paletteIndex(key('Numpad3'))).toBe(2);
    expect(paletteIndex(key('KeyA'))).toBeNull();
    expect(paletteIndex(key('Digit1', { ctrlKey: true }))).toBeNull();
    expect(paletteIndex(key('Digit2', { altKey: true }))).toBeNull();
    expect([0, 8, 9, 10].map(paletteKey)).toEqual(['1', '9', '0', null]);
  });
});

describe('double-click word without attached particles', () => {
  const text = 'وصل الرئيس بالعاصمة وتركيا، وبوتين وكريم وبالعاصمة.';
  const word = (w: string) => {
    const at = text.indexOf(w);
    const found = wordAt(text, at + 1);
    if (!found) throw new Error(w);
    return found;
  };
  const known = (n: string) => ['تركيا', 'بوتين'].includes(n);
  const strip = (w: string) => {
    const r = withoutClitics(text, word(w), known);
    return text.slice(r.start, r.end);
  };
  it('takes the word without punctuation', () => {
    expect(text.slice(word('وتركيا').start, word('وتركيا').end)).toBe('وتركيا');
    expect(wordAt(text, text.indexOf('،') + 1)).toBeNull();
  });
  it('drops a particle before the article or a known name, keeps names that start with those letters', () => {
    expect(strip('بالعاصمة')).toBe('العاصمة');
    expect(strip('وتركيا')).toBe('تركيا');
    expect(strip('وبوتين')).toBe('بوتين');
    expect(strip('وكريم')).toBe('وكريم');
    expect(strip('وبالعاصمة')).toBe('العاصمة');
    expect(strip('الرئيس')).toBe('الرئيس');
  });
  it('moves by grapheme: a particle with its vowel mark goes whole', () => {
    const voweled = 'وَتركيا';
    const r = withoutClitics(voweled, { start: 0, end: voweled.length }, known);
    expect(voweled.slice(r.start)).toBe('تركيا');
  });
});

const entity = (id: string, ar: string, en: string, mentions: Entity['mentions']): Entity => ({ id, type: 'country', label: { ar, en }, mentions });
const S1 = 'زار بوتين الصين يوم الخميس.';
const S2 = 'وقالت الصين إنها ترحب.';
const doc = {
  sentences: [
    { id: 's1', role: 'body', text: S1, en: '' },
    { id: 's2', role: 'body', text: S2, en: '' },
  ],
  entities: [
    entity('putin', 'بوتين', 'Putin', [{ sentence: 's1', quote: 'بوتين' }]),
    entity('china', 'الصين', 'China', [
      { sentence: 's2', quote: 'الصين' },
      { sentence: 's1', quote: 'الصين' },
    ]),
    entity('moon', 'القمر', 'Moon', [{ sentence: 's2', quote: 'ترحب' }]),
  ],
  relations: [
    { id: 'r1', source: 'putin', target: 'china', type: 'visits', evidence: [{ sentence: 's1', quote: 'زار بوتين الصين' }] },
    { id: 'r2', source: 'putin', target: 'moon', type: 'visits', evidence: [{ sentence: 's2', quote: 'ترحب' }] },
  ],
} as unknown as AnnotationDoc;

describe('mentions and relation ends', () => {
  const mentions = mentionsOf(doc);
  it('finds the mention under the caret', () => {
    expect(mentionAtCaret(mentions, 's1', S1.indexOf('الصين') + 2)?.key).toBe('china#1');
    expect(mentionAtCaret(mentions, 's1', 0)).toBeNull();
  });
  it('joins the mentions in the evidence sentence, else across sentences', () => {
    const ends = relationEnds(doc, mentions);
    expect(ends[0]).toMatchObject({ relation: 'r1', from: { key: 'putin#0' }, to: { key: 'china#1' }, cross: false });
    expect(ends[1]).toMatchObject({ relation: 'r2', from: { key: 'putin#0' }, to: { key: 'moon#0' }, cross: true });
  });
});

describe('evidence of a new relation', () => {
  it('runs from the first mention to the second in one sentence, else is the second sentence', () => {
    const a = { sentence: 's1', start: S1.indexOf('الصين'), end: S1.indexOf('الصين') + 5 };
    const b = { sentence: 's1', start: 4, end: 9 };
    expect(defaultEvidence(doc, a, b)).toEqual({ sentence: 's1', start: 4, end: a.end });
    expect(defaultEvidence(doc, a, { sentence: 's2', start: 0, end: 5 })).toEqual({ sentence: 's2', start: 0, end: S2.length });
  });
  it('widens and narrows either edge by a word or a grapheme, never to nothing', () => {
    const r = { start: 4, end: 15 }; // بوتين الصين
    const show = (x: { start: number; end: number }) => S1.slice(x.start, x.end);
    expect(show(adjustEvidence(S1, r, 'start', true, 'word'))).toBe('زار بوتين الصين');
    expect(show(adjustEvidence(S1, r, 'end', true, 'word'))).toBe('بوتين الصين يوم');
    expect(show(adjustEvidence(S1, r, 'start', false, 'word'))).toBe('الصين');
    expect(show(adjustEvidence(S1, r, 'end', false, 'word'))).toBe('بوتين');
    expect(show(adjustEvidence(S1, r, 'end', false, 'char'))).toBe('بوتين الصي');
    const one = { start: 4, end: 9 };
    expect(adjustEvidence(S1, one, 'end', false, 'word')).toEqual(one);
  });
});

describe('entities by typed letters', () => {
  it('matches folded labels and aliases, starts first', () => {
    const found = matchEntities(doc.entities, 'الصّين');
    expect(found.map((e) => e.id)).toEqual(['china']);
    expect(matchEntities(doc.entities, 'in').map((e) => e.id)).toEqual(['putin', 'china']);
    const yanbu = entity('yanbu', 'ينبع', 'Yanbu', []);
    expect(matchEntities([...doc.entities, yanbu], 'ين').map((e) => e.id)).toEqual(['yanbu', 'putin', 'china']);
    expect(matchEntities(doc.entities, 'zz')).toEqual([]);
  });
  it('knows an English label still missing', () => {
    expect(lacksEnglishLabel({ label: { ar: 'تركيا', en: 'تركيا' } })).toBe(true);
    expect(lacksEnglishLabel({ label: { ar: 'تركيا', en: 'Turkey' } })).toBe(false);
  });
});

describe('runs grouped under mentions and proposals', () => {
  it('wraps each mention once, cuts evidence and selection inside it, keeps the text whole', async () => {
    const { wrapRuns } = await import('./sentence-runs');
    const text = 'زار بوتين الصين يوم الخميس.';
    const wraps = [
      { key: 'putin#0', kind: 'mention' as const, start: 4, end: 9 },
      { key: 'p1', kind: 'proposal' as const, start: 10, end: 15 },
    ];
    const runs = wrapRuns(text, [{ start: 0, end: 9, kind: 'evidence', title: 'r1' }], wraps, { start: 6, end: 12 });
    expect(runs.map((r) => r.segments.map((s) => s.text).join('')).join('')).toBe(text);
    const mention = runs.find((r) => r.wrap?.key === 'putin#0');
    expect(mention?.segments.map((s) => [s.text, s.evidence, s.selected])).toEqual([
      ['بو', true, false],
      ['تين', true, true],
    ]);
    expect(runs.filter((r) => r.wrap?.key === 'p1')).toHaveLength(1);
    expect(runs.find((r) => r.wrap?.key === 'p1')?.segments.map((s) => s.text)).toEqual(['ال', 'صين']);
  });
});

describe('finding typed letters in the article', () => {
  const sentences = [
    { id: 's0', text: 'زارت الوزيرة سلمى حداد عمّان.' },
    { id: 's1', text: 'وقالت حداد إن الأردن يدعم عمان وعمّان.' },
  ];

  it('folds (shadda, hamza) and cuts at the source, keeping the marks after the last letter', () => {
    // «عمان» typed finds «عمّان» with its shadda; the end takes the whole word.
    expect(findInArticle(sentences, 'عمان', null)).toEqual({ sentence: 's0', start: 23, end: 28 });
    expect(sentences[0]!.text.slice(23, 28)).toBe('عمّان');
    expect(findInArticle(sentences, 'الاردن', null)).toMatchObject({ sentence: 's1', start: 14, end: 20 });
  });

  it('goes on from a position, strictly after it when asked, and wraps round', () => {
    expect(findInArticle(sentences, 'حداد', { sentence: 's0', offset: 18 })).toMatchObject({ sentence: 's0', start: 18 });
    expect(findInArticle(sentences, 'حداد', { sentence: 's0', offset: 18 }, true)).toMatchObject({ sentence: 's1', start: 6 });
    expect(findInArticle(sentences, 'حداد', { sentence: 's1', offset: 6 }, true)).toMatchObject({ sentence: 's0', start: 18 });
    // Two in one sentence: the second after the first.
    const first = findInArticle(sentences, 'عمان', { sentence: 's1', offset: 0 })!;
    expect(findInArticle(sentences, 'عمان', { sentence: 's1', offset: first.start }, true)).toMatchObject({ sentence: 's1', start: first.end + 2 });
  });

  it('finds nothing for letters that occur nowhere, or none typed', () => {
    expect(findInArticle(sentences, 'بكين', null)).toBeNull();
    expect(findInArticle(sentences, '  ', null)).toBeNull();
  });
});
