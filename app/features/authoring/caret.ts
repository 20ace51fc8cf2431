import { clusterBoundaries } from '../../domain/annotation/spans';

/**
 * Keyboard selection inside one sentence, in logical (reading) order: the caret moves
 * by word, or by character, and Shift extends the span from its anchor. The component
 * maps ArrowLeft/ArrowRight to forward/backward by the sentence's direction.
 */

export type Step = 'word' | 'char';

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** The offset after the end of the next word (forward) or the start of the previous one. */
export function moveByWord(text: string, from: number, forward: boolean): number {
  let i = from;
  if (forward) {
    while (i < text.length && isSpace(text[i])) i += 1;
    while (i < text.length && !isSpace(text[i])) i += 1;
  } else {
    while (i > 0 && isSpace(text[i - 1])) i -= 1;
    while (i > 0 && !isSpace(text[i - 1])) i -= 1;
  }
  return i;
}

/** The start of the next word: where a bare caret goes, so Shift then takes whole words. */
export function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text[i])) i += 1;
  while (i < text.length && isSpace(text[i])) i += 1;
  return i;
}

/**
 * One character as the reader sees it (a grapheme cluster): a letter with its shadda and
 * tashkeel, a surrogate pair, a flag. No step leaves a mark apart from its letter.
 */
export function moveByChar(text: string, from: number, forward: boolean): number {
  const boundaries = clusterBoundaries(text);
  if (forward) {
    for (let i = from + 1; i < text.length; i++) if (boundaries.has(i)) return i;
    return text.length;
  }
  for (let i = from - 1; i > 0; i--) if (boundaries.has(i)) return i;
  return 0;
}

export function moveCaret(text: string, from: number, forward: boolean, step: Step, extending: boolean): number {
  if (step === 'char') return moveByChar(text, from, forward);
  if (!extending && forward) return nextWordStart(text, from);
  return moveByWord(text, from, forward);
}
