import { describe, expect, it } from 'vitest';
import type { AnnotationSentence } from '../../../app/domain/annotation/schema.ts';
import { bracketKeys, endKeys, nearestPlace, walkKeys } from './palette-keyboard.ts';

const p = (wanted: boolean, start: number) => ({ quote: 'x', wanted, sentence: 's1', start, end: start + 1 });

describe('walkKeys', () => {
  it('accepts all at once when every proposal is wanted', () => {
    expect(walkKeys([p(true, 0), p(true, 5), p(true, 9)], 0)).toEqual(['Shift+Enter']);
    expect(walkKeys([p(true, 0)], 0)).toEqual(['Enter']);
  });
  it('rejects the unwanted ones on the way, then accepts the rest at once', () => {
    expect(walkKeys([p(true, 0), p(false, 5), p(true, 9), p(true, 12)], 0)).toEqual(['Enter', 'Delete', 'Shift+Enter']);
  });
  it('walks from where the caret lands, wrapping round', () => {
    expect(walkKeys([p(false, 0), p(true, 5), p(true, 9)], 1)).toEqual(['Enter', 'Enter', 'Delete']);
  });
});

describe('bracketKeys', () => {
  const text = 'ووقّع منصور وفولكوف في ختام القمة اتفاقية التعاون الثلاثية.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  it('takes the start to the sentence’s start in one press where that is fewer', () => {
    expect(bracketKeys(text, at('فولكوف في ختام القمة اتفاقية التعاون الثلاثية'), at('ووقّع منصور وفولكوف في ختام القمة اتفاقية التعاون الثلاثية'))).toEqual(['Control+BracketLeft']);
  });
  it('keeps the word-by-word brackets where they are fewer', () => {
    expect(bracketKeys(text, at('منصور وفولكوف'), at('منصور وفولكوف في'))).toEqual(['Shift+BracketRight']);
    expect(bracketKeys(text, at('منصور'), at('منصور'))).toEqual([]);
  });
});

describe('endKeys', () => {
  const m = (entity: string, start: number) => ({ key: `${entity}#0`, entity, sentence: 's1', start, end: start + 3 });
  const names = [m('a', 0), m('b', 5), m('c', 10), m('d', 15)];
  it('takes Ctrl+Enter when the first name is the source and the last the target', () => {
    expect(endKeys(names, 'a', 'd')).toEqual({ submit: 'Control+Enter', keys: [] });
  });
  it('takes Ctrl+Shift+Enter when the last name is the source and the first the target', () => {
    expect(endKeys(names, 'd', 'a')).toEqual({ submit: 'Control+Shift+Enter', keys: [] });
  });
  it('adds Shift with the source’s number, then the arrows that bring the target round, the fewer way', () => {
    expect(endKeys(names, 'b', 'd')).toEqual({ submit: 'Control+Enter', keys: ['Shift+Digit2'] });
    expect(endKeys(names, 'a', 'b')).toEqual({ submit: 'Control+Enter', keys: ['ArrowDown'] });
    expect(endKeys(names, 'b', 'c')).toEqual({ submit: 'Control+Enter', keys: ['Shift+Digit2', 'ArrowUp'] });
  });
  it('is null when the words do not name both ends', () => {
    expect(endKeys(names, 'a', 'x')).toBeNull();
    expect(endKeys([m('a', 0)], 'a', 'a')).toBeNull();
  });
});

describe('nearestPlace', () => {
  const sentences = ['قمة الطاقة في القاهرة', 'افتتح الوزير قمة الطاقة أمس', 'وانتهت القمة'].map((text, i) => ({ id: `s${i}`, role: 'body', text, en: '' })) as AnnotationSentence[];
  const summit = { key: 'summit', type: 'event', label: { ar: 'قمة الطاقة', en: 'Energy summit' }, mentions: [{ sentence: 's0', quote: 'قمة الطاقة' }, { sentence: 's1', quote: 'قمة الطاقة' }, { sentence: 's2', quote: 'القمة' }] };
  it('makes the entity where the search for its words lands from the caret, among its planned places with those words', () => {
    expect(nearestPlace({ sentences }, summit, summit.mentions[0]!, { sentence: 's0', offset: 15 }).sentence).toBe('s1');
    expect(nearestPlace({ sentences }, summit, summit.mentions[0]!, null).sentence).toBe('s0');
    expect(nearestPlace({ sentences }, summit, summit.mentions[0]!, { sentence: 's2', offset: 0 }).sentence).toBe('s0');
  });
});
