import { describe, expect, it } from 'vitest';
import { alikeSources, endsOfWords, moveTarget, namesInWords, pickerNames, typesLike, withSource } from './relation-words';
import type { MentionAt } from './text-annotation';

const m = (entity: string, start: number, end: number, sentence = 's1'): MentionAt => ({ key: `${entity}#${start}`, entity, sentence, start, end });

// «ووقّع منصور وفولكوف ولي وي في ختام القمة اتفاقية التعاون الثلاثية»
const mansour = m('mansour', 6, 11);
const volkov = m('volkov', 13, 19);
const liWei = m('li-wei', 21, 26);
const summit = m('summit', 36, 41);
const agreement = m('agreement', 42, 66);
const elsewhere = m('mansour', 0, 5, 's2');
const all = [agreement, summit, elsewhere, liWei, volkov, mansour];
const types: Record<string, string> = { mansour: 'person', volkov: 'person', 'li-wei': 'person', summit: 'event', agreement: 'plan' };
const typeOf = (id: string) => types[id];

describe('namesInWords', () => {
  it('takes the mentions in the words, in reading order, only from their sentence', () => {
    expect(namesInWords(all, { sentence: 's1', start: 0, end: 66 }).map((x) => x.entity)).toEqual(['mansour', 'volkov', 'li-wei', 'summit', 'agreement']);
  });
  it('counts a name the words only partly cover, and none outside them', () => {
    expect(namesInWords(all, { sentence: 's1', start: 15, end: 23 }).map((x) => x.entity)).toEqual(['volkov', 'li-wei']);
    expect(namesInWords(all, { sentence: 's1', start: 26, end: 36 })).toEqual([]);
  });
  it('keeps one mention per entity (its first) and the longer of two that start together', () => {
    const cairo = m('cairo', 10, 17);
    const capital = m('capital', 10, 24);
    const again = m('cairo', 30, 37);
    expect(namesInWords([again, cairo, capital], { sentence: 's1', start: 0, end: 40 }).map((x) => x.key)).toEqual(['capital#10', 'cairo#10']);
  });
});

describe('endsOfWords', () => {
  it('runs from the first name to the last, or (reversed) from the last to the first', () => {
    const names = namesInWords(all, { sentence: 's1', start: 0, end: 66 });
    expect(endsOfWords(names)).toEqual({ source: mansour, target: agreement });
    expect(endsOfWords(names, true)).toEqual({ source: agreement, target: mansour });
  });
  it('is null when the words name fewer than two entities', () => {
    expect(endsOfWords([])).toBeNull();
    expect(endsOfWords([volkov])).toBeNull();
    expect(endsOfWords([volkov, m('volkov', 40, 46)])).toBeNull();
  });
});

describe('withSource and moveTarget', () => {
  const names = [mansour, volkov, liWei, summit, agreement];
  const ends = { source: mansour, target: agreement };
  it('makes a name the source and keeps the target', () => {
    expect(withSource(ends, volkov)).toEqual({ source: volkov, target: agreement });
  });
  it('swaps the two when the target is made the source', () => {
    expect(withSource(ends, agreement)).toEqual({ source: agreement, target: mansour });
    expect(withSource(ends, mansour)).toBe(ends);
  });
  it('moves the target over the names other than the source, both ways, wrapping round', () => {
    expect(moveTarget(names, ends, true).target).toBe(volkov);
    expect(moveTarget(names, ends, false).target).toBe(summit);
    expect(moveTarget(names, { source: volkov, target: liWei }, false).target).toBe(mansour);
    expect(moveTarget([mansour], { source: mansour, target: agreement }, true).target).toBe(agreement);
  });
});

describe('pickerNames', () => {
  it('adds an end the words no longer hold, in reading order', () => {
    expect(pickerNames([volkov, liWei], { source: mansour, target: liWei }).map((x) => x.entity)).toEqual(['mansour', 'volkov', 'li-wei']);
  });
});

describe('alikeSources', () => {
  const names = [mansour, volkov, liWei, summit, agreement];
  it('repeats the relation from every name of the source’s type, not the target', () => {
    expect(alikeSources(names, { source: mansour, target: agreement }, typeOf).map((x) => x.entity)).toEqual(['mansour', 'volkov', 'li-wei']);
    expect(alikeSources(names, { source: volkov, target: liWei }, typeOf).map((x) => x.entity)).toEqual(['mansour', 'volkov']);
  });
  it('is the source alone when no other name is of its type', () => {
    expect(alikeSources(names, { source: summit, target: agreement }, typeOf)).toEqual([summit]);
    expect(alikeSources(names, { source: m('unknown', 0, 3), target: agreement }, typeOf).map((x) => x.entity)).toEqual(['unknown']);
  });
});

describe('typesLike', () => {
  const types = [
    { id: 'takes-part-in', label: { ar: 'يشارك في', en: 'takes part in' } },
    { id: 'party-to', label: { ar: 'طرف في', en: 'is a party to' } },
    { id: 'partner-in', label: { ar: 'شريك في', en: 'partner in' } },
  ];
  const ids = (q: string) => typesLike(types, q).map((x) => x.id);
  it('puts the type whose label the letters spell first, then those they start, then those they are in', () => {
    expect(ids('is a party to')).toEqual(['party-to']);
    expect(ids('part')).toEqual(['partner-in', 'takes-part-in', 'party-to']);
    expect(ids('partner in')).toEqual(['partner-in']);
  });
  it('matches Arabic labels folded (hamza, tashkeel), and keeps every type for no letters', () => {
    expect(ids('طرفٌ في')).toEqual(['party-to']);
    expect(ids('يشارك')).toEqual(['takes-part-in']);
    expect(ids('')).toEqual(['takes-part-in', 'party-to', 'partner-in']);
    expect(ids('زيارة')).toEqual([]);
  });
});
