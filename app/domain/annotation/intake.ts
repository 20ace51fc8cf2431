/**
 * Reading an article someone pastes, drops or passes on the command line. Refusals come
 * back as coded errors (the UI translates them); nothing is altered except line endings,
 * a leading byte-order mark, and the decoding of UTF-16 files that announce themselves.
 */
import type { EditError } from './schema';
import { BIDI_CONTROLS } from './spans';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type IntakeResult = { ok: true; text: string; warnings: EditError[] } | { ok: false; error: EditError };

/**
 * `input` is the file's bytes or text already decoded (a paste). `name` only enriches
 * the messages. Refused: over 10 MB (the error carries the size in bytes), binary (a NUL
 * byte, or bytes that are not UTF-8), empty or only whitespace. Warned, and kept: bidi
 * control characters (they are part of the verbatim text).
 */
export function readArticle(input: ArrayBuffer | string, name?: string): IntakeResult {
  const named = (params: Record<string, string | number>) => (name === undefined ? params : { ...params, name });
  let text: string;
  if (typeof input === 'string') {
    // A UTF-16 string's UTF-8 size is at least its length; only count bytes when it may matter.
    const size = input.length * 3 > MAX_ARTICLE_BYTES ? new TextEncoder().encode(input).length : input.length;
    if (size > MAX_ARTICLE_BYTES) return { ok: false, error: { code: 'too-large', params: named({ size, limit: MAX_ARTICLE_BYTES }) } };
    text = input;
  } else {
    const size = input.byteLength;
    if (size > MAX_ARTICLE_BYTES) return { ok: false, error: { code: 'too-large', params: named({ size, limit: MAX_ARTICLE_BYTES }) } };
    const decoded = decode(new Uint8Array(input));
    if (decoded === null) return { ok: false, error: { code: 'binary', params: named({ size }) } };
    text = decoded;
  }
  if (text.includes('\u0000')) return { ok: false, error: { code: 'binary', params: named({ size: text.length }) } };
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, error: { code: 'empty', params: named({}) } };

  const warnings: EditError[] = [];
  const bidi = text.match(BIDI_CONTROLS);
  if (bidi) {
    const line = text.slice(0, text.search(BIDI_CONTROLS)).split('\n').length;
    warnings.push({ code: 'bidi-controls', params: named({ count: bidi.length, line }) });
  }
  return { ok: true, text, warnings };
}

/** UTF-8 (with or without BOM), or UTF-16 with a BOM; null for anything else. */
function decode(bytes: Uint8Array): string | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  try {
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (bytes.includes(0)) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Positions of the bidi control characters in a text, for the UI to show them. */
export function findBidiControls(text: string): { index: number; char: string }[] {
  return [...text.matchAll(BIDI_CONTROLS)].map((m) => ({ index: m.index, char: m[0] }));
}
