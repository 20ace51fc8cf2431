/**
 * Search folding for Arabic and Latin text: what a reader types should find what the
 * article writes, whatever the diacritics, hamza seat, final ya or ta marbuta.
 * Folding maps one code unit to at most one, except the tashkeel and tatweel it drops,
 * so `foldWithMap` can carry match positions back to the original text.
 */

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

const CHAR_MAP: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ۀ': 'ه',
  'ک': 'ك',
};

/** Folding is per character and text repeats its characters: remember each answer. */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = foldCharUncached(ch);
    if (folded.size < 10_000) folded.set(ch, out);
  }
  return out;
}

function foldCharUncached(ch: string): string {
  if (TASHKEEL.test(ch)) return '';
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  // Latin: lower case and strip accents one character at a time.
  const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (base.length === 1 ? base : ch).toLowerCase();
}

/** Fold a string for matching. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Fold without trimming or collapsing, and return for each folded code unit the index
 * of the original code unit it came from (so a hit can be highlighted in the source).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  // Parts joined once: a string grown with += is a rope that every later indexOf would
  // have to flatten first (a quarter of a second over 13,000 sentences).
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i] ?? '');
    if (f === '') continue;
    parts.push(f);
    for (let k = 0; k < f.length; k++) map.push(i);
  }
  return { folded: parts.join(''), map };
}
