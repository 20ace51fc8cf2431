import { describe, expect, it } from 'vitest';
import { firstFrom, markAround, nextGroupStart, nextProposal, relationCandidates } from './text-keys';
import { findAllInArticle, findFirstInArticle, findPreviousInArticle, isWholeWords, toSentenceEdge, type MentionAt } from './text-annotation';

const order = new Map([
  ['s0', 0],
  ['s1', 1],
  ['s2', 2],
  ['s3', 3],
]);
const p = (key: string, entity: string, sentence: string, start: number) => ({ key, entity: { id: entity }, sentence, start, end: start + 3 });
const m = (key: string, entity: string, sentence: string, start: number, end = start + 3): MentionAt => ({ key, entity, sentence, start, end });

describe('nextProposal', () => {
  const all = [p('a1', 'a', 's0', 5), p('b1', 'b', 's0', 9), p('a2', 'a', 's2', 0), p('a3', 'a', 's1', 4), p('b2', 'b', 's3', 1)];
  it('goes on to the next proposal of the same entity in reading order', () => {
    expect(nextProposal(all, order, all[0]!)?.key).toBe('a3');
    expect(nextProposal(all, order, all[3]!)?.key).toBe('a2');
  });
  it('wraps round to the entity’s first, then goes to the first of the entity listed next when it has none left', () => {
    expect(nextProposal(all, order, all[2]!)?.key).toBe('a1');
    // b's first in reading order (s0), though b2 comes after a1 in the text: the walk goes entity by entity.
    expect(nextProposal([p('a1', 'a', 's1', 0), p('b1', 'b', 's0', 0), p('b2', 'b', 's2', 0)], order, p('a1', 'a', 's1', 0))?.key).toBe('b1');
  });
  it('takes the entity listed next, not the next in the text, wrapping round the list', () => {
    const listed = [p('c1', 'c', 's3', 0), p('a1', 'a', 's1', 0), p('b1', 'b', 's0', 0)];
    expect(nextProposal(listed, order, listed[1]!)?.key).toBe('b1');
    expect(nextProposal(listed, order, listed[2]!)?.key).toBe('c1');
  });
  it('groups by the key it is given (two sources of one suggestion are one entity)', () => {
    const two = [p('x1', 'graph-a:russia', 's0', 0), p('x2', 'graph-b:russia', 's2', 0), p('y1', 'y', 's1', 0)];
    const groupOf = (x: { entity: { id: string } }) => x.entity.id.replace(/^graph-\w:/, '');
    expect(nextProposal(two, order, two[1]!, groupOf)?.key).toBe('x1');
    expect(nextProposal(two, order, two[1]!)?.key).toBe('y1');
  });
  it('is null when the decided one was the last', () => {
    expect(nextProposal([all[0]!], order, all[0]!)).toBeNull();
  });
});

describe('nextGroupStart', () => {
  const listed = [p('b2', 'b', 's3', 0), p('a1', 'a', 's1', 0), p('b1', 'b', 's0', 4), p('c1', 'c', 's2', 0), p('a2', 'a', 's0', 0)];
  it('goes to the first in reading order of the entity listed after the one decided', () => {
    expect(nextGroupStart(listed, order, 'b')?.key).toBe('a2');
    expect(nextGroupStart(listed, order, 'a')?.key).toBe('c1');
  });
  it('wraps round the list, and starts it again for an entity no longer listed', () => {
    expect(nextGroupStart(listed, order, 'c')?.key).toBe('b1');
    expect(nextGroupStart(listed, order, 'gone')?.key).toBe('b1');
  });
  it('is null when no other entity has a proposal', () => {
    expect(nextGroupStart([p('a1', 'a', 's1', 0), p('a2', 'a', 's2', 0)], order, 'a')).toBeNull();
    expect(nextGroupStart([], order, 'a')).toBeNull();
  });
});

describe('firstFrom', () => {
  it('takes the first at or after a place, wrapping round', () => {
    const items = [p('x', 'a', 's2', 4), p('y', 'a', 's0', 1), p('z', 'a', 's1', 8)];
    expect(firstFrom(items, order, { sentence: 's1', offset: 3 })?.key).toBe('z');
    expect(firstFrom(items, order, { sentence: 's2', offset: 5 })?.key).toBe('y');
    expect(firstFrom(items, order, null)?.key).toBe('y');
    expect(firstFrom([], order, null)).toBeNull();
  });
});

describe('relationCandidates', () => {
  const sentences = [{ id: 's0' }, { id: 's1' }, { id: 's2' }];
  const mentions = [m('r#0', 'russia', 's1', 20), m('c#0', 'china', 's1', 2), m('r#1', 'russia', 's1', 40), m('e#0', 'egypt', 's2', 0), m('k#0', 'karim', 's0', 0), m('c#1', 'china', 's0', 9)];
  it('offers the sentence’s names in reading order, then the next sentence’s, then the previous one’s, one mention per entity and sentence', () => {
    expect(relationCandidates(mentions, sentences, 's1').map((x) => x.key)).toEqual(['c#0', 'r#0', 'e#0', 'k#0', 'c#1']);
  });
  it('leaves out the entity already marked', () => {
    expect(relationCandidates(mentions, sentences, 's1', 'china').map((x) => x.key)).toEqual(['r#0', 'e#0', 'k#0']);
  });
  it('offers at most ten, and nothing for a sentence it does not know', () => {
    const many = Array.from({ length: 14 }, (_, i) => m(`e${i}#0`, `e${i}`, 's1', i * 5));
    expect(relationCandidates(many, sentences, 's1')).toHaveLength(10);
    expect(relationCandidates(many, sentences, 'nope')).toEqual([]);
  });
});

describe('markAround', () => {
  it('finds the innermost mark the words lie within, and none for plain words', () => {
    const marks = [m('long', 'a', 's1', 0, 20), m('short', 'b', 's1', 5, 9)];
    expect(markAround(marks, { sentence: 's1', start: 6, end: 9 })?.key).toBe('short');
    expect(markAround(marks, { sentence: 's1', start: 2, end: 4 })?.key).toBe('long');
    expect(markAround(marks, { sentence: 's1', start: 18, end: 22 })).toBeNull();
    expect(markAround(marks, { sentence: 's0', start: 6, end: 9 })).toBeNull();
  });
});

describe('toSentenceEdge', () => {
  const text = 'وأشاد فولكوف بدور مصر في الأسواق.';
  it('takes the start back to the first word and the end on to the last, without the full stop', () => {
    expect(toSentenceEdge(text, { start: 6, end: 21 }, 'start', false)).toEqual({ start: 0, end: 21 });
    expect(toSentenceEdge(text, { start: 6, end: 21 }, 'end', true)).toEqual({ start: 6, end: text.length - 1 });
  });
  it('leaves the range as it is for the other two directions', () => {
    expect(toSentenceEdge(text, { start: 6, end: 21 }, 'start', true)).toEqual({ start: 6, end: 21 });
    expect(toSentenceEdge(text, { start: 6, end: 21 }, 'end', false)).toEqual({ start: 6, end: 21 });
  });
});

describe('the article search: every place, the previous one, whole words first', () => {
  const sentences = [
    { id: 's0', text: 'افتتح وزير الطاقة المصري القمة.' },
    { id: 's1', text: 'وأشاد فولكوف بدور مصر وبمصر.' },
    { id: 's2', text: 'وقال إن مصر شريك.' },
  ];
  it('lists every place in reading order, inside words too', () => {
    expect(findAllInArticle(sentences, 'مصر').map((p) => `${p.sentence}:${p.start}`)).toEqual(['s0:20', 's1:18', 's1:24', 's2:8']);
  });
  it('goes back to the place before, wrapping round to the last', () => {
    expect(findPreviousInArticle(sentences, 'مصر', { sentence: 's1', offset: 18 })).toMatchObject({ sentence: 's0', start: 20 });
    expect(findPreviousInArticle(sentences, 'مصر', { sentence: 's0', offset: 0 })).toMatchObject({ sentence: 's2', start: 8 });
  });
  it('lands on whole words (a particle before them allowed) before letters inside a longer word', () => {
    expect(findFirstInArticle(sentences, 'مصر', null)).toMatchObject({ sentence: 's1', start: 18 });
    expect(findFirstInArticle(sentences, 'مصر', { sentence: 's1', offset: 19 })).toMatchObject({ sentence: 's1', start: 24 });
    expect(findFirstInArticle(sentences, 'مصر', { sentence: 's2', offset: 9 })).toMatchObject({ sentence: 's1', start: 18 });
    // No whole word spelled yet: the next place at all.
    expect(findFirstInArticle(sentences, 'مص', { sentence: 's1', offset: 0 })).toMatchObject({ sentence: 's1', start: 18 });
    expect(findFirstInArticle(sentences, 'المصر', null)).toMatchObject({ sentence: 's0', start: 18 });
  });
  it('tells whole words from letters inside a word', () => {
    const text = sentences[1]!.text;
    expect(isWholeWords(text, 18, 21)).toBe(true);
    expect(isWholeWords(text, 24, 27)).toBe(true);
    expect(isWholeWords(sentences[0]!.text, 20, 23)).toBe(false);
  });
});
