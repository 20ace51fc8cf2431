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

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;

/** The word (letters, marks, digits) around an offset, punctuation left out; null between words. */
export function wordAt(text: string, offset: number): { start: number; end: number } | null {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start -= 1;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end += 1;
  return end > start ? { start, end } : null;
}

/** Attached particles an Arabic word may carry: and, so, with/in, like, for/to. */
const CLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * The word without its attached particles (وتركيا -> تركيا, بالعاصمة -> العاصمة), up to
 * two of them (وبالعاصمة), only where the rest is a name the draft knows or starts with
 * the article ال: a name that merely begins with one of those letters (بوتين, كريم, لبنان)
 * keeps it. Steps are whole grapheme clusters, so a particle's vowel mark goes with it.
 */
export function withoutClitics(text: string, word: { start: number; end: number }, isKnown: (name: string) => boolean): { start: number; end: number } {
  const boundaries = clusterBoundaries(text);
  const nextBoundary = (i: number) => {
    for (let j = i + 1; j < word.end; j++) if (boundaries.has(j)) return j;
    return word.end;
  };
  let start = word.start;
  let best = word.start;
  for (let taken = 0; taken < 2 && CLITICS.has(text[start] ?? ''); taken++) {
    start = nextBoundary(start);
    const rest = text.slice(start, word.end);
    const letters = [...rest].filter((c) => /\p{L}/u.test(c)).length;
    if (isKnown(rest) || (rest.startsWith('ال') && letters >= 4)) best = start;
  }
  return { start: best, end: word.end };
}
