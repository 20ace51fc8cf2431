/**
 * Offsets <-> span references. A span is stored as (sentence, quote, occurrence) and
 * turned into UTF-16 offsets only when compiled, so nobody types an offset.
 *
 * Shape change from the design (compatible in spirit): `spanFromOffsets` returns
 * `{ ok: true, span } | { ok: false, error }` rather than a bare SpanRef, because it
 * refuses empty, whitespace-only, out-of-range and surrogate-splitting selections and a
 * pure function should say so in its value rather than throw.
 */
import type { EditError, SpanRef } from './schema';

export interface Offsets {
  start: number;
  end: number;
}

export type SpanResult = { ok: true; span: SpanRef } | { ok: false; error: EditError };

/**
 * The offsets of the `occurrence`-th (1-based, default 1) appearance of `span.quote` in
 * `text`; overlapping appearances count, as they do in `spanFromOffsets`. Null when the
 * quote does not occur that often (or the reference is malformed).
 */
export function locateSpan(text: string, span: Pick<SpanRef, 'quote' | 'occurrence'>): Offsets | null {
  const occurrence = span.occurrence ?? 1;
  if (span.quote === '' || !Number.isInteger(occurrence) || occurrence < 1) return null;
  let at = -1;
  let from = 0;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(span.quote, from);
    if (at === -1) return null;
    from = at + 1;
  }
  return { start: at, end: at + span.quote.length };
}

/** How many times `quote` occurs in `text` (overlaps included). */
export function countOccurrences(text: string, quote: string): number {
  if (quote === '') return 0;
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

/**
 * The reference for a selection `[start, end)` of a sentence's `text`. The selection is
 * taken exactly as given (no trimming, no snapping to words, so a quote may end inside a
 * word if that is what was selected); it is refused when it is empty or only whitespace,
 * falls outside the text, or cuts a character as the reader sees it (a grapheme cluster:
 * a letter and its shadda or tashkeel, a surrogate pair, a flag) in two.
 * `occurrence` is omitted when it is 1.
 */
export function spanFromOffsets(text: string, start: number, end: number, sentence = ''): SpanResult {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return { ok: false, error: { code: 'span-out-of-range', params: { start, end, length: text.length } } };
  }
  if (end <= start) return { ok: false, error: { code: 'empty-span' } };
  const quote = text.slice(start, end);
  if (isBlank(quote)) return { ok: false, error: { code: 'empty-span' } };
  if (splitsCluster(text, start) || splitsCluster(text, end)) {
    return { ok: false, error: { code: 'splits-character', params: { start, end } } };
  }
  let occurrence = 1;
  for (let at = text.indexOf(quote); at !== -1 && at < start; at = text.indexOf(quote, at + 1)) occurrence++;
  return { ok: true, span: occurrence === 1 ? { sentence, quote } : { sentence, quote, occurrence } };
}

/** Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates): invisible, so a quote of only these is blank. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Whitespace or bidi controls only: nothing a reader could see as a quote. */
export function isBlank(quote: string): boolean {
  return quote.replace(BIDI_CONTROLS, '').trim() === '';
}

/** True when index `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The offsets between grapheme clusters (0 and the length included); the last text's are kept. */
let lastBoundaries: { text: string; at: Set<number> } | null = null;
export function clusterBoundaries(text: string): Set<number> {
  if (lastBoundaries?.text === text) return lastBoundaries.at;
  const at = new Set<number>([0, text.length]);
  if (graphemes) for (const { index } of graphemes.segment(text)) at.add(index);
  else for (let i = 1; i < text.length; i++) if (!splitsSurrogate(text, i)) at.add(i);
  lastBoundaries = { text, at };
  return at;
}

/** True when offset `i` falls inside a grapheme cluster, e.g. between a letter and its shadda. */
export function splitsCluster(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  return !clusterBoundaries(text).has(i);
}

/** Two references name the same text when they resolve to the same offsets in the same sentence. */
export function sameSpan(a: SpanRef, b: SpanRef): boolean {
  return a.sentence === b.sentence && a.quote === b.quote && (a.occurrence ?? 1) === (b.occurrence ?? 1);
}
