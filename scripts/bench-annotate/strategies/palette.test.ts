import { describe, expect, it } from 'vitest';
import { moveCaret } from '../../../app/features/authoring/caret.ts';
import { adjustEvidence } from '../../../app/features/authoring/text-annotation.ts';
import { caretMoves, evidenceKeys } from './palette.ts';

/** Play bracket keys on the app's own evidence rules, as the relation picker does. */
function playBrackets(text: string, range: { start: number; end: number }, keys: string[]): { start: number; end: number } {
  let r = range;
  for (const key of keys) {
    const edge = key.includes('Shift+') ? 'end' : 'start';
    const forward = key.endsWith('BracketRight');
    r = adjustEvidence(text, r, edge, edge === 'start' ? !forward : forward, key.includes('Alt+') ? 'char' : 'word');
  }
  return r;
}

/** Play collapsed caret moves on the app's caret rules (right-to-left: ArrowLeft is forward). */
function playCaret(text: string, from: number, keys: string[]): number {
  let at = from;
  for (const key of keys) at = moveCaret(text, at, key.endsWith('ArrowLeft'), key.includes('Alt+') ? 'char' : 'word', false);
  return at;
}

const S1 = 'افتتح وزير الطاقة المصري كريم منصور يوم الاثنين قمة الطاقة بالعاصمة القاهرة، بمشاركة وفدين من روسيا والصين.';
const at = (quote: string) => ({ start: S1.indexOf(quote), end: S1.indexOf(quote) + quote.length });

describe('evidenceKeys', () => {
  it('widens the end word by word to the planned words', () => {
    const from = at('قمة الطاقة بالعاصمة القاهرة');
    const to = at('قمة الطاقة بالعاصمة القاهرة، بمشاركة وفدين من روسيا');
    const keys = evidenceKeys(S1, from, to);
    expect(keys.every((k) => k.startsWith('Shift+'))).toBe(true);
    expect(playBrackets(S1, from, keys)).toEqual(to);
  });

  it('narrows and widens both edges, by character past an attached prefix', () => {
    const from = at('كريم منصور يوم الاثنين قمة الطاقة');
    const to = at('العاصمة القاهرة');
    expect(playBrackets(S1, from, evidenceKeys(S1, from, to))).toEqual(to);
    const back = evidenceKeys(S1, to, from);
    expect(playBrackets(S1, to, back)).toEqual(from);
  });

  it('needs no key when the default evidence is the planned one', () => {
    expect(evidenceKeys(S1, at('روسيا والصين'), at('روسيا والصين'))).toEqual([]);
  });
});

describe('caretMoves', () => {
  it('reaches a word start forward and back, and a letter inside a prefixed word', () => {
    const russia = S1.indexOf('روسيا');
    expect(playCaret(S1, 0, caretMoves(S1, 0, russia))).toBe(russia);
    expect(playCaret(S1, S1.length, caretMoves(S1, S1.length, russia))).toBe(russia);
    const cairo = S1.indexOf('العاصمة');
    const keys = caretMoves(S1, 0, cairo);
    expect(keys.at(-1)).toBe('Alt+ArrowLeft');
    expect(playCaret(S1, 0, keys)).toBe(cairo);
  });
});
