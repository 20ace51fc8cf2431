/**
 * Where a name occurs in an article, as an Arabic reader would find it: folded (hamza
 * seats, alef maqsura, ta marbuta, tashkeel, tatweel; see fold.ts), as whole words, and
 * with the proclitics Arabic writes attached to the word (و ف, then ب ك ل, then ال:
 * «وبالصين», «للصين»). A hit is mapped back to exact UTF-16 offsets in the original
 * text; the proclitics are left outside the span, so the span is the name itself.
 *
 * One exception is written by the language: ل before the article drops the article's
 * alef («ل» + «الصين» = «للصين»). The name cannot be cut out of that word, so the span is
 * the whole word from the preposition on («للصين», as the bundled graph quotes it; a
 * conjunction before it stays outside, as everywhere: «وللصين» gives «للصين»).
 *
 * Matching is by word: every name is indexed by its first folded word, and each word of
 * a sentence is looked up once per way of reading its proclitics, so the cost grows with
 * the article, not with the number of names times sentences.
 */
import { fold, foldWithMap } from '../fold';
import { clusterBoundaries } from './spans';

export interface OccurrenceHit {
  sentence: string;
  start: number;
  end: number;
  quote: string;
  /** Which of the names given was found (its index). */
  name: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Marks (tashkeel) and tatweel after a letter draw with it. */
const MARK = /[\p{M}\u0640]/u;
const ARTICLE = 'ال';
const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;

interface Token {
  text: string;
  /** Folded offsets, end exclusive. */
  start: number;
  end: number;
}

interface IndexedName {
  name: number;
  /** Found only as written: no article added in the text to a name written without one. */
  strict: boolean;
  words: string[];
  /** The folded text between consecutive words, spaces collapsed. */
  gaps: string[];
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

function indexNames(names: readonly string[], strict: (name: number) => boolean): Map<string, IndexedName[]> {
  const byFirst = new Map<string, IndexedName[]>();
  names.forEach((raw, name) => {
    const folded = fold(raw);
    const words = tokens(folded);
    const first = words[0];
    if (first === undefined) return;
    const gaps = words.slice(1).map((w, i) => collapse(folded.slice((words[i] as Token).end, w.start)));
    const entry: IndexedName = { name, strict: strict(name), words: words.map((w) => w.text), gaps };
    byFirst.set(first.text, [...(byFirst.get(first.text) ?? []), entry]);
  });
  return byFirst;
}

type Reading = { lookup: string; skip: number; article: 'has' | 'added' | 'contracted' | 'none' };

/**
 * What is known of a sentence and a word does not change between two steps of an
 * annotator (only the annotations do): both are remembered, up to a bound.
 */
const CACHE_LIMIT = 20_000;
const sentenceCache = new Map<string, { folded: string; map: number[]; words: Token[] }>();
const readingCache = new Map<string, Reading[]>();

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function analyse(text: string): { folded: string; map: number[]; words: Token[] } {
  return remember(sentenceCache, text, () => {
    const { folded, map } = foldWithMap(text);
    return { folded, map, words: tokens(folded) };
  });
}

/**
 * The ways a word may read as proclitics + the first word of a name: each reading gives
 * the word to look up and how many folded units of the token precede the span.
 */
function readings(word: string): Reading[] {
  return remember(readingCache, word, () => readingsOf(word));
}

function readingsOf(word: string): Reading[] {
  const out: Reading[] = [];
  for (const conj of CONJUNCTIONS) {
    if (!word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const lead = conj + prep;
      if (!word.startsWith(lead)) continue;
      const rest = word.slice(lead.length);
      if (rest === '') continue;
      out.push({ lookup: rest, skip: lead.length, article: rest.startsWith(ARTICLE) ? 'has' : 'none' });
      // An article on a name written without one: the span is the name, after the article.
      if (rest.startsWith(ARTICLE) && rest.length > ARTICLE.length) {
        out.push({ lookup: rest.slice(ARTICLE.length), skip: lead.length + ARTICLE.length, article: 'added' });
      }
      // ل + ال -> لل: the name's article lost its alef; the span keeps the preposition.
      if (prep === 'ل' && rest.startsWith('ل') && rest.length > 1) {
        out.push({ lookup: 'ا' + rest, skip: conj.length, article: 'contracted' });
      }
    }
  }
  return out;
}

export interface FindOptions {
  /**
   * The names (by index) an article in the text may not be added to: a part of a name
   * such as a family name «منصور» is not found in «المنصور», another name.
   */
  strict?: (name: number) => boolean;
}

/**
 * Every whole-word occurrence of any of `names` in the sentences, overlapping hits
 * resolved to the longest (then the earliest). Offsets are UTF-16 units of the original
 * text, on grapheme-cluster boundaries: tashkeel after the last letter stays in the span.
 */
export function findOccurrences(sentences: readonly { id: string; text: string }[], names: readonly string[], options: FindOptions = {}): OccurrenceHit[] {
  const byFirst = indexNames(names, options.strict ?? (() => false));
  if (byFirst.size === 0) return [];
  const out: OccurrenceHit[] = [];
  for (const sentence of sentences) {
    const { folded, map, words } = analyse(sentence.text);
    const hits: OccurrenceHit[] = [];
    words.forEach((token, i) => {
      for (const reading of readings(token.text)) {
        for (const candidate of byFirst.get(reading.lookup) ?? []) {
          // An article added to a name that has one, or contracted onto one that has none, is another word.
          const nameHasArticle = candidate.words[0]?.startsWith(ARTICLE) ?? false;
          if (reading.article === 'added' && (nameHasArticle || candidate.strict)) continue;
          if (reading.article === 'contracted' && !nameHasArticle) continue;
          const last = matchRest(folded, words, i, candidate);
          if (last === null) continue;
          const start = map[token.start + reading.skip];
          const lastUnit = map[last.end - 1];
          if (start === undefined || lastUnit === undefined) continue;
          const end = extendOverMarks(sentence.text, lastUnit + 1);
          if (!onBoundaries(sentence.text, start, end)) continue;
          hits.push({ sentence: sentence.id, start, end, quote: sentence.text.slice(start, end), name: candidate.name });
        }
      }
    });
    out.push(...longestFirst(hits));
  }
  return out;
}

/** The name's following words at the following tokens, with the same gaps; the last token, or null. */
function matchRest(folded: string, words: Token[], i: number, candidate: IndexedName): Token | null {
  let last = words[i] as Token;
  for (let k = 1; k < candidate.words.length; k++) {
    const next = words[i + k];
    if (next === undefined || next.text !== candidate.words[k]) return null;
    if (collapse(folded.slice(last.end, next.start)) !== candidate.gaps[k - 1]) return null;
    last = next;
  }
  return last;
}

/** Tashkeel, other marks and tatweel after a letter belong to it: the span takes them. */
function extendOverMarks(text: string, end: number): number {
  let at = end;
  while (at < text.length && MARK.test(text[at] ?? '')) at++;
  return at;
}

const boundaryCache = new Map<string, Set<number>>();

function onBoundaries(text: string, start: number, end: number): boolean {
  const at = remember(boundaryCache, text, () => clusterBoundaries(text));
  return end > start && at.has(start) && at.has(end);
}

/** Non-overlapping hits: longer first, then earlier; returned in text order. */
function longestFirst(hits: OccurrenceHit[]): OccurrenceHit[] {
  const ranked = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.name - b.name);
  const kept: OccurrenceHit[] = [];
  for (const hit of ranked) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
