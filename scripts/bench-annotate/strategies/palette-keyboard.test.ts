import { describe, expect, it } from 'vitest';
import { bracketKeys, walkKeys } from './palette-keyboard.ts';

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
