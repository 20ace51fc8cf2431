/**
 * Cutting an article into sentences by the contract's rules, and the two sentence edits
 * (merge, split) that keep every span of the document valid.
 *
 * `cutArticle` also returns the line number of each piece of furniture;
 * `createAnnotationDoc` builds an empty document from a cut article (used by
 * `npm run graph:new` and the browser alike); `vocabularyOf` takes the types of an
 * existing document or graph; `guessLang` picks `ar` or `en`.
 */
import type { Category, NodeType, RelationType } from '../schema';
import { ANNOTATION_FORMAT, type AnnotationDoc, type AnnotationSentence, type EditError, type SpanRef } from './schema';
import { locateSpan, spanFromOffsets, splitsSurrogate } from './spans';

export interface CutArticle {
  title: string;
  lede: string | null;
  body: string[];
  /** Lines left out as page furniture, with their 1-based line numbers. */
  furniture: { line: number; text: string }[];
}

/**
 * Lines of page chrome that pasted articles carry (trailers of the seed page and their
 * usual Arabic forms). Compared after trimming, case-insensitively, with an optional
 * trailing colon.
 */
export const FURNITURE_LINES = [
  'Translation',
  'Translated by AI',
  'Newsletter',
  'Related Articles',
  'Related',
  'Read more',
  'Share',
  'Advertisement',
  'ترجمة',
  'النشرة الإخبارية',
  'النشرة البريدية',
  'مقالات ذات صلة',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إعلان',
  'شارك',
];

const furnitureKeys = new Set(FURNITURE_LINES.map(furnitureKey));

function furnitureKey(line: string): string {
  return line.trim().replace(/[:：]$/, '').trim().toLowerCase();
}

/**
 * A full stop (`.` `。` `؟` `?` `!` `۔`), optionally followed by closing quotes or
 * brackets, then whitespace: the sentence ends after the closing characters and the
 * whitespace between sentences belongs to neither.
 */
const SENTENCE_END = /[.。؟?!۔]["'»”’)\]]*(?=\s)/g;

/**
 * English titles and abbreviations whose full stop does not end a sentence ("Mr. Putin",
 * "Gen. Gerasimov"); initials and dotted acronyms ("J. Smith", "U.S.") are kept too.
 * Where this guesses wrong the annotator splits the sentence.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'pres', 'no', 'vs', 'e.g', 'i.e', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp']);

function isAbbreviation(line: string, stop: number): boolean {
  if (line[stop] !== '.') return false;
  const word = /[A-Za-z.]+$/.exec(line.slice(Math.max(0, stop - 12), stop + 1))?.[0] ?? '';
  return /^(?:[A-Za-z]\.)+$/.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

/** Split one body line into sentences, each a verbatim substring of the line. */
export function splitBody(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    if (isAbbreviation(line, match.index)) continue;
    const end = match.index + match[0].length;
    const piece = line.slice(from, end).trim();
    if (piece !== '') out.push(piece);
    from = end;
  }
  const rest = line.slice(from).trim();
  if (rest !== '') out.push(rest);
  return out;
}

/**
 * Title = first non-empty line, lede = second, the rest is body cut at full stops.
 * Known furniture lines are left out wherever they are, and reported. Every piece is a
 * verbatim substring of `raw` (only the ends of lines are trimmed).
 */
export function cutArticle(raw: string): CutArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  let lede: string | null = null;
  const body: string[] = [];
  const furniture: CutArticle['furniture'] = [];
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text === '') return;
    // Checked before the title too: a paste often starts with the page's chrome.
    if (furnitureKeys.has(furnitureKey(text))) {
      furniture.push({ line: i + 1, text });
      return;
    }
    if (title === null) title = text;
    else if (lede === null) lede = text;
    else body.push(...splitBody(text));
  });
  return { title: title ?? '', lede, body, furniture };
}

/** The sentences of a cut article with ids s0, s1, … and empty translations. */
export function sentencesFromCut(cut: CutArticle): AnnotationSentence[] {
  const out: AnnotationSentence[] = [];
  if (cut.title !== '') out.push({ id: 's0', role: 'title', text: cut.title, en: '' });
  if (cut.lede !== null) out.push({ id: `s${out.length}`, role: 'lede', text: cut.lede, en: '' });
  for (const text of cut.body) out.push({ id: `s${out.length}`, role: 'body', text, en: '' });
  return out;
}

/** `ar` when Arabic letters outnumber Latin ones, else `en`. */
export function guessLang(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}

/** The categories, node types and relation types of a document or graph, to start another one with. */
export function vocabularyOf(from: Pick<AnnotationDoc, 'categories' | 'nodeTypes' | 'relationTypes'>): NonNullable<NewDocOptions['vocabulary']> {
  return { ...(from.categories === undefined ? {} : { categories: from.categories }), nodeTypes: from.nodeTypes, relationTypes: from.relationTypes };
}

export interface NewDocOptions {
  id: string;
  source?: string;
  lang?: string;
  vocabulary?: { categories?: Category[]; nodeTypes: NodeType[]; relationTypes: RelationType[] };
}

/**
 * An empty document for an article: sentences cut, no entities or relations. The
 * title's other language starts as a copy of the title (the graph needs both; the
 * annotator translates it), and sentence translations start empty.
 */
export function createAnnotationDoc(raw: string, options: NewDocOptions): AnnotationDoc {
  const cut = cutArticle(raw);
  const sentences = sentencesFromCut(cut);
  const lang = options.lang ?? guessLang(raw);
  const title = cut.title === '' ? options.id : cut.title;
  const doc: AnnotationDoc = {
    format: ANNOTATION_FORMAT,
    version: 1,
    id: options.id,
    article: { title: { ar: title, en: title }, lang, source: options.source ?? '' },
    sentences: sentences.map((s) => (s.role === 'title' && lang === 'en' ? { ...s, en: s.text } : s)),
    ...(options.vocabulary?.categories === undefined ? {} : { categories: options.vocabulary.categories }),
    nodeTypes: options.vocabulary?.nodeTypes ?? [],
    relationTypes: options.vocabulary?.relationTypes ?? [],
    entities: [],
    relations: [],
  };
  return doc;
}

// ---------------------------------------------------------------------------------------
// Sentence edits
// ---------------------------------------------------------------------------------------

type SentenceEditResult = { ok: true; doc: AnnotationDoc } | { ok: false; error: EditError };

/** Where spans of a sentence move: a function from old offsets to the new sentence and offsets. */
type Move = (start: number, end: number) => { sentence: string; start: number; end: number };

/**
 * Merge sentence `firstId` with the one after it, joined by one space (the separator the
 * cutter dropped). The merged sentence keeps the first id and role; spans of the second
 * are moved and their occurrences re-counted in the merged text.
 */
export function mergeSentences(doc: AnnotationDoc, firstId: string): SentenceEditResult {
  const i = doc.sentences.findIndex((s) => s.id === firstId);
  const first = doc.sentences[i];
  const second = doc.sentences[i + 1];
  if (first === undefined) return { ok: false, error: { code: 'unknown-sentence', params: { id: firstId } } };
  if (second === undefined) return { ok: false, error: { code: 'no-next-sentence', params: { id: firstId } } };
  const offset = first.text.length + 1;
  const merged: AnnotationSentence = {
    ...first,
    text: `${first.text} ${second.text}`,
    en: [first.en, second.en].filter((t) => t !== '').join(' '),
  };
  const sentences = [...doc.sentences.slice(0, i), merged, ...doc.sentences.slice(i + 2)];
  const moves = new Map<string, Move>([
    [first.id, (start, end) => ({ sentence: first.id, start, end })],
    [second.id, (start, end) => ({ sentence: first.id, start: start + offset, end: end + offset })],
  ]);
  return moveSpans(doc, sentences, moves);
}

/**
 * Split sentence `id` at UTF-16 index `at`: the first part keeps the id and role, the
 * second gets a fresh id (`s<n>`) and the body role; whitespace at the cut is dropped.
 * Refused when the cut falls inside an annotated span, leaves an empty part, or cuts a
 * character in two.
 */
export function splitSentence(doc: AnnotationDoc, id: string, at: number): SentenceEditResult {
  const i = doc.sentences.findIndex((s) => s.id === id);
  const sentence = doc.sentences[i];
  if (sentence === undefined) return { ok: false, error: { code: 'unknown-sentence', params: { id } } };
  const text = sentence.text;
  if (!Number.isInteger(at) || at <= 0 || at >= text.length || splitsSurrogate(text, at)) {
    return { ok: false, error: { code: 'invalid-split', params: { id, at } } };
  }
  const head = text.slice(0, at).trimEnd();
  const tailStart = at + (text.slice(at).length - text.slice(at).trimStart().length);
  const tail = text.slice(tailStart);
  if (head.trim() === '' || tail.trim() === '') return { ok: false, error: { code: 'empty-sentence', params: { id, at } } };

  for (const { span, path } of spansIn(doc, id)) {
    const o = locateSpan(text, span);
    if (o !== null && !(o.end <= head.length || o.start >= tailStart)) {
      return { ok: false, error: { code: 'split-inside-span', params: { id, at, path, quote: span.quote } } };
    }
  }
  const newId = nextSentenceId(doc);
  const sentences = [
    ...doc.sentences.slice(0, i),
    { ...sentence, text: head },
    { id: newId, role: 'body' as const, text: tail, en: '' },
    ...doc.sentences.slice(i + 1),
  ];
  const moves = new Map<string, Move>([
    [id, (start, end) => (start >= tailStart ? { sentence: newId, start: start - tailStart, end: end - tailStart } : { sentence: id, start, end })],
  ]);
  return moveSpans(doc, sentences, moves);
}

function nextSentenceId(doc: AnnotationDoc): string {
  let max = -1;
  for (const s of doc.sentences) {
    const m = /^s(\d+)$/.exec(s.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (doc.sentences.some((s) => s.id === `s${n}`)) n++;
  return `s${n}`;
}

function* spansIn(doc: AnnotationDoc, sentenceId: string): Generator<{ span: SpanRef; path: string }> {
  for (const [i, e] of doc.entities.entries()) {
    for (const [j, m] of e.mentions.entries()) if (m.sentence === sentenceId) yield { span: m, path: `entities[${i}].mentions[${j}]` };
  }
  for (const [i, r] of doc.relations.entries()) {
    for (const [j, m] of r.evidence.entries()) if (m.sentence === sentenceId) yield { span: m, path: `relations[${i}].evidence[${j}]` };
  }
}

/**
 * Rewrite every span of the moved sentences against the new sentence list: locate it
 * in its old text, move the offsets, and take quote and occurrence afresh from the new
 * text. A span that no longer resolves (it was broken before the edit) is kept as it was.
 */
function moveSpans(doc: AnnotationDoc, sentences: AnnotationSentence[], moves: Map<string, Move>): SentenceEditResult {
  const oldText = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const newText = new Map(sentences.map((s) => [s.id, s.text]));
  const move = (span: SpanRef): SpanRef => {
    const fn = moves.get(span.sentence);
    const text = oldText.get(span.sentence);
    if (fn === undefined || text === undefined) return span;
    const o = locateSpan(text, span);
    if (o === null) return span;
    const to = fn(o.start, o.end);
    const result = spanFromOffsets(newText.get(to.sentence) ?? '', to.start, to.end, to.sentence);
    return result.ok ? result.span : span;
  };
  return {
    ok: true,
    doc: {
      ...doc,
      sentences,
      entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(move) })),
      relations: doc.relations.map((r) => ({ ...r, evidence: r.evidence.map(move) })),
    },
  };
}
