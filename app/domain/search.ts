import { fold, foldWithMap } from './fold';
import type { Graph } from './schema';

/** Entity and sentence search over one graph, folded and tolerant of small typos. */

export interface EntityHit {
  id: string;
  score: number;
  /** The label or alias that matched, as written. */
  matched: string;
}

export interface SentenceHit {
  id: string;
  /** Match in the Arabic text, in original offsets; absent when only the translation matched. */
  range?: { start: number; end: number };
  inTranslation: boolean;
}

interface Term {
  raw: string;
  folded: string;
  words: string[];
  /** The words without a leading Arabic article or conjunction ("الصين" → "صين"). */
  bare: string[];
  /** The words the typo pass compares: each as written and, if different, without "ال". */
  candidates: string[];
  /** charMask of each candidate, and of the whole folded term. */
  candidateMasks: number[];
  mask: number;
}

interface EntityEntry {
  id: string;
  terms: Term[];
}

export interface SearchIndex {
  entities: EntityEntry[];
  sentences: { id: string; ar: { folded: string; map: number[] }; en: string }[];
}

const indexCache = new WeakMap<Graph, SearchIndex>();

const ATTACHED = /^(وال|بال|ال|لل|و|ب|ل)/;
const ARTICLE = /^(وال|بال|ال|لل)/;

function entityEntry(node: Graph['nodes'][number]): EntityEntry {
  const raws = [node.label.ar, node.label.en, ...(node.aliases?.ar ?? []), ...(node.aliases?.en ?? [])];
  const terms = [...new Set(raws)].map((raw) => {
    const folded = fold(raw);
    const words = folded.split(/[\s\-–—,.،()]+/).filter(Boolean);
    const candidates = words.flatMap((w) => {
      const stripped = w.replace(ARTICLE, '');
      return stripped === w ? [w] : [w, stripped];
    });
    return { raw, folded, words, bare: words.map((w) => w.replace(ATTACHED, '')), candidates, candidateMasks: candidates.map(charMask), mask: charMask(folded) };
  });
  return { id: node.id, terms };
}

function sentenceEntry(s: Graph['article']['sentences'][number]): SearchIndex['sentences'][number] {
  return { id: s.id, ar: foldWithMap(s.text), en: fold(s.en) };
}

/** What has been folded so far of a graph whose index is not complete yet. */
const partial = new WeakMap<Graph, SearchIndex>();

/** Fold up to `items` more labels or sentences of the graph; true once its index is complete (and cached). */
function foldMore(graph: Graph, items: number): boolean {
  if (indexCache.has(graph)) return true;
  let done = partial.get(graph);
  if (!done) partial.set(graph, (done = { entities: [], sentences: [] }));
  const { entities, sentences } = done;
  let budget = items;
  while (budget > 0 && entities.length < graph.nodes.length) {
    entities.push(entityEntry(graph.nodes[entities.length]!));
    budget--;
  }
  while (budget > 0 && sentences.length < graph.article.sentences.length) {
    sentences.push(sentenceEntry(graph.article.sentences[sentences.length]!));
    budget--;
  }
  if (entities.length < graph.nodes.length || sentences.length < graph.article.sentences.length) return false;
  indexCache.set(graph, done);
  partial.delete(graph);
  return true;
}

/** The graph's index: cached, or completed now from what the slices have folded so far. */
export function buildSearchIndex(graph: Graph): SearchIndex {
  foldMore(graph, Infinity);
  return indexCache.get(graph)!;
}

/**
 * The same index, built a slice at a time (for idle time after a large graph opens, so
 * the first search does not pay for it; a search before it is done folds only the rest).
 * Each step folds up to `items` labels or sentences and returns true when the index is
 * complete (and cached).
 */
export function searchIndexBuilder(graph: Graph): { step: (items: number) => boolean } {
  return { step: (items) => foldMore(graph, items) };
}

/**
 * Optimal string alignment distance, bounded: returns max+1 as soon as it exceeds max.
 * Only the band of cells within `max` of the diagonal can stay within the bound, so only
 * those are computed (Ukkonen), on three rolling rows (transpositions look two back).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  const n = b.length + 1;
  if (rowBuffers[0].length < n) rowBuffers = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  let [before, prev, row] = rowBuffers;
  before.fill(over, 0, n);
  row.fill(over, 0, n);
  for (let j = 0; j < n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    row[0] = i <= max ? i : over;
    if (lo > 1) row[lo - 1] = over;
    let rowMin = row[0];
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) v = Math.min(v, before[j - 2]! + 1);
      row[j] = Math.min(v, over);
      if (v < rowMin) rowMin = v;
    }
    if (hi < b.length) row[hi + 1] = over;
    if (rowMin > max) return over;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length]!, over);
}

/** Reused by editDistance (it is called for thousands of terms per keystroke). */
let rowBuffers: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The classes of characters a folded string holds, one bit each: digits, Latin letters
 * and Arabic letters (several letters share a bit; other characters set none). Every
 * class of `a` that `b` lacks needs an edit of its own, so when more of them are missing
 * than the typos allowed, the alignment need not be computed: a few integer operations
 * instead of a table per term, on every term of a large graph at every keystroke.
 */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) mask |= 1 << (c - 48);
    else if (c >= 97 && c <= 122) mask |= 1 << (10 + ((c - 97) % 22));
    else if (c >= 0x0621 && c <= 0x064a) mask |= 1 << (10 + ((c - 0x0621) % 22));
  }
  return mask;
}

/** A lower bound of the edits that turn a string of mask `a` into one of mask `b` (or into a prefix of it). */
export function missingClasses(a: number, b: number): number {
  let x = a & ~b;
  let n = 0;
  while (x !== 0) {
    x &= x - 1;
    n++;
  }
  return n;
}

function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

function scoreTerm(q: string, qMask: number, term: Term): number {
  // A query found inside the term uses only classes of character the term holds, and one
  // within the typos misses at most as many classes as typos: most terms stop here.
  const missing = missingClasses(qMask, term.mask);
  const typos = allowedTypos(q.length);
  if (missing > typos) return 0;
  if (missing === 0) {
    const exact = exactScore(q, term);
    if (exact > 0) return exact;
  }
  if (typos === 0) return 0;
  let best = Infinity;
  term.candidates.forEach((candidate, i) => {
    // A candidate's prefix holds no class its whole lacks: one check covers both alignments.
    if (missingClasses(qMask, term.candidateMasks[i] ?? 0) > typos) return;
    best = Math.min(best, editDistance(q, candidate, typos));
    if (candidate.length > q.length) best = Math.min(best, editDistance(q, candidate.slice(0, q.length), typos));
  });
  if (term.words.length > 1) best = Math.min(best, editDistance(q, term.folded, typos));
  return best <= typos ? 40 - best * 10 : 0;
}

/** The score of a query found inside the term (0 when it is not). */
function exactScore(q: string, term: Term): number {
  if (term.folded === q) return 100;
  if (term.folded.startsWith(q)) return 85;
  if (term.words.some((w) => w === q)) return 80;
  if (term.words.some((w) => w.startsWith(q))) return 70;
  // Arabic attaches the article and conjunctions: "الصين", "وروسيا".
  if (term.bare.some((w, i) => w !== term.words[i] && w.startsWith(q))) return 65;
  if (term.folded.includes(q)) return 50;
  return 0;
}

/** The last query's ranked hits: the search box and the canvas ask the same question. */
let lastSearch: { index: SearchIndex; q: string; hits: EntityHit[] } | null = null;

export function searchEntities(index: SearchIndex, query: string, limit = 12): EntityHit[] {
  const q = fold(query);
  if (q === '') return [];
  if (lastSearch?.index === index && lastSearch.q === q) return lastSearch.hits.slice(0, limit);
  const hits: EntityHit[] = [];
  const qMask = charMask(q);
  for (const entity of index.entities) {
    let best = 0;
    let matched = '';
    for (const term of entity.terms) {
      const s = scoreTerm(q, qMask, term);
      if (s > best) {
        best = s;
        matched = term.raw;
      }
    }
    if (best > 0) hits.push({ id: entity.id, score: best, matched });
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  lastSearch = { index, q, hits };
  return hits.slice(0, limit);
}

export function searchSentences(index: SearchIndex, query: string, limit = 8): SentenceHit[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const hits: SentenceHit[] = [];
  for (const s of index.sentences) {
    const at = s.ar.folded.indexOf(q);
    if (at !== -1) {
      const start = s.ar.map[at] ?? 0;
      const end = (s.ar.map[at + q.length - 1] ?? start) + 1;
      hits.push({ id: s.id, range: { start, end }, inTranslation: false });
    } else if (s.en.includes(q)) {
      hits.push({ id: s.id, inTranslation: true });
    }
    if (hits.length >= limit) break;
  }
  return hits;
}
