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

interface EntityEntry {
  id: string;
  terms: { raw: string; folded: string; words: string[] }[];
}

export interface SearchIndex {
  entities: EntityEntry[];
  sentences: { id: string; ar: { folded: string; map: number[] }; en: string }[];
}

const indexCache = new WeakMap<Graph, SearchIndex>();

export function buildSearchIndex(graph: Graph): SearchIndex {
  const cached = indexCache.get(graph);
  if (cached) return cached;
  const entities = graph.nodes.map((node) => {
    const raws = [node.label.ar, node.label.en, ...(node.aliases?.ar ?? []), ...(node.aliases?.en ?? [])];
    const terms = [...new Set(raws)].map((raw) => {
      const folded = fold(raw);
      return { raw, folded, words: folded.split(/[\s\-–—,.،()]+/).filter(Boolean) };
    });
    return { id: node.id, terms };
  });
  const sentences = graph.article.sentences.map((s) => ({ id: s.id, ar: foldWithMap(s.text), en: fold(s.en) }));
  const index = { entities, sentences };
  indexCache.set(graph, index);
  return index;
}

/** Optimal string alignment distance, bounded: returns max+1 as soon as it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const r0 = rows[0];
  if (r0) for (let j = 0; j <= b.length; j++) r0[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

function scoreTerm(q: string, term: { folded: string; words: string[] }): number {
  if (term.folded === q) return 100;
  if (term.folded.startsWith(q)) return 85;
  if (term.words.some((w) => w === q)) return 80;
  if (term.words.some((w) => w.startsWith(q))) return 70;
  // Arabic attaches the article and conjunctions: "الصين", "وروسيا".
  if (term.words.some((w) => /^(ال|وال|و|ب|بال|ل|لل)/.test(w) && w.replace(/^(وال|بال|ال|لل|و|ب|ل)/, '').startsWith(q))) return 65;
  if (term.folded.includes(q)) return 50;
  const typos = allowedTypos(q.length);
  if (typos === 0) return 0;
  let best = Infinity;
  for (const w of term.words) {
    const stripped = w.replace(/^(وال|بال|ال|لل)/, '');
    for (const candidate of stripped === w ? [w] : [w, stripped]) {
      best = Math.min(best, editDistance(q, candidate, typos));
      if (candidate.length > q.length) best = Math.min(best, editDistance(q, candidate.slice(0, q.length), typos));
    }
  }
  if (term.words.length > 1) best = Math.min(best, editDistance(q, term.folded, typos));
  return best <= typos ? 40 - best * 10 : 0;
}

export function searchEntities(index: SearchIndex, query: string, limit = 12): EntityHit[] {
  const q = fold(query);
  if (q === '') return [];
  const hits: EntityHit[] = [];
  for (const entity of index.entities) {
    let best = 0;
    let matched = '';
    for (const term of entity.terms) {
      const s = scoreTerm(q, term);
      if (s > best) {
        best = s;
        matched = term.raw;
      }
    }
    if (best > 0) hits.push({ id: entity.id, score: best, matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
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
