import { fold, foldWithMap } from '../../domain/fold';
import type { AnnotationDoc, Entity } from '../../domain/annotation/schema';
import { locateSpan } from '../../domain/annotation/spans';
import { moveByChar, moveByWord } from './caret';

/**
 * The pure parts of annotating on the text: which key picks which type, where mentions
 * are, which mentions a relation joins, and the evidence a new relation starts with.
 */

/** Keys 1-9, then 0, by physical key (`event.code`), so an Arabic keyboard layout works too. */
const PALETTE_CODES = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0'];

/** The key shown on the n-th palette button (0-based), or null past the tenth. */
export function paletteKey(index: number): string | null {
  const code = PALETTE_CODES[index];
  return code ? code.slice(5) : null;
}

/** The palette position a key press picks (digit row or numeric pad), or null for another key. */
export function paletteIndex(event: { code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const code = event.code.replace(/^Numpad(\d)$/, 'Digit$1');
  const index = PALETTE_CODES.indexOf(code);
  return index === -1 ? null : index;
}

/** A mention where it is in the text: the entity's n-th mention resolved to offsets. */
export interface MentionAt {
  key: string;
  entity: string;
  sentence: string;
  start: number;
  end: number;
}

export function mentionKey(entity: string, index: number): string {
  return `${entity}#${index}`;
}

/** Every mention that resolves in its sentence, with a key stable for the entity's mention order. */
export function mentionsOf(doc: AnnotationDoc): MentionAt[] {
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  return doc.entities.flatMap((e) => entityMentionsAt(e, texts));
}

/** One entity's mentions that resolve, with their keys (see `mentionsOf`). */
export function entityMentionsAt(e: Entity, texts: ReadonlyMap<string, string>): MentionAt[] {
  const out: MentionAt[] = [];
  e.mentions.forEach((m, i) => {
    const at = locateSpan(texts.get(m.sentence) ?? '', m);
    if (at) out.push({ key: mentionKey(e.id, i), entity: e.id, sentence: m.sentence, ...at });
  });
  return out;
}

/** The mention under a caret (or touching it at an edge), innermost first. */
export function mentionAtCaret(mentions: readonly MentionAt[], sentence: string, caret: number): MentionAt | null {
  const here = mentions.filter((m) => m.sentence === sentence && m.start <= caret && caret <= m.end);
  here.sort((a, b) => a.end - a.start - (b.end - b.start));
  return here[0] ?? null;
}

export interface RelationEnds {
  relation: string;
  from: MentionAt;
  to: MentionAt;
  /** The two mentions are in different sentences. */
  cross: boolean;
  /** The sentence the relation is stated in (its first evidence), where a cross-sentence link is marked. */
  sentence: string;
}

/**
 * The two mentions a relation is drawn between: in the sentence of its first evidence,
 * the source's and target's mentions nearest the evidence; an entity not mentioned there
 * is joined from wherever it is first mentioned (drawn as a cross-sentence link).
 */
export function relationEnds(doc: AnnotationDoc, mentions: readonly MentionAt[]): RelationEnds[] {
  const texts = sentenceTexts(doc.sentences);
  const byEntity = new Map<string, MentionAt[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  return doc.relations.flatMap((r) => relationEndsOf(r, texts, (id) => byEntity.get(id) ?? []) ?? []);
}

/** A document's sentence texts by id, and each sentence's place in the article. */
export interface SentenceTexts {
  text: ReadonlyMap<string, string>;
  order: ReadonlyMap<string, number>;
}

export function sentenceTexts(sentences: AnnotationDoc['sentences']): SentenceTexts {
  return { text: new Map(sentences.map((s) => [s.id, s.text])), order: new Map(sentences.map((s, i) => [s.id, i])) };
}

/** One relation's ends (see `relationEnds`), given each entity's mentions; null when an end is not mentioned. */
export function relationEndsOf(r: AnnotationDoc['relations'][number], texts: SentenceTexts, mentionsOfEntity: (id: string) => readonly MentionAt[]): RelationEnds | null {
  const ev = r.evidence[0];
  const at = ev ? locateSpan(texts.text.get(ev.sentence) ?? '', ev) : null;
  const pick = (entity: string): MentionAt | null => {
    const all = mentionsOfEntity(entity);
    const inSentence = ev && at ? all.filter((m) => m.sentence === ev.sentence) : [];
    if (at && inSentence.length) {
      const distance = (m: MentionAt) => (m.start >= at.start && m.end <= at.end ? 0 : Math.min(Math.abs(m.start - at.start), Math.abs(m.end - at.end)) + 1);
      return [...inSentence].sort((a, b) => distance(a) - distance(b))[0] ?? null;
    }
    return [...all].sort((a, b) => (texts.order.get(a.sentence) ?? 0) - (texts.order.get(b.sentence) ?? 0) || a.start - b.start)[0] ?? null;
  };
  const from = pick(r.source);
  const to = pick(r.target);
  return from && to ? { relation: r.id, from, to, cross: from.sentence !== to.sentence, sentence: ev?.sentence ?? from.sentence } : null;
}

/**
 * The words a new relation rests on: from the start of the earlier mention to the end of
 * the later one when both are in one sentence; otherwise the whole sentence of the second.
 */
export function defaultEvidence(
  doc: AnnotationDoc,
  first: Pick<MentionAt, 'sentence' | 'start' | 'end'>,
  second: Pick<MentionAt, 'sentence' | 'start' | 'end'>,
): { sentence: string; start: number; end: number } {
  if (first.sentence === second.sentence) {
    return { sentence: first.sentence, start: Math.min(first.start, second.start), end: Math.max(first.end, second.end) };
  }
  const text = doc.sentences.find((s) => s.id === second.sentence)?.text ?? '';
  return { sentence: second.sentence, start: 0, end: text.length };
}

export type EvidenceEdge = 'start' | 'end';

/**
 * Widen or narrow one edge of an evidence range by a word or a grapheme, in reading
 * order; a step that would leave nothing selected is not taken.
 */
export function adjustEvidence(text: string, range: { start: number; end: number }, edge: EvidenceEdge, widen: boolean, step: 'word' | 'char'): { start: number; end: number } {
  const move = (from: number, forward: boolean) => {
    if (step === 'char') return moveByChar(text, from, forward);
    if (forward) {
      // Forward past the next word, then past the spaces after it (a start lands on a word).
      let i = moveByWord(text, from, true);
      if (edge === 'start') while (i < text.length && /\s/u.test(text[i] ?? '')) i += 1;
      return i;
    }
    let i = moveByWord(text, from, false);
    // An end moving back stops after the previous word, not before the spaces.
    if (edge === 'end') while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i -= 1;
    return i;
  };
  const next = edge === 'start' ? { ...range, start: move(range.start, !widen) } : { ...range, end: move(range.end, widen) };
  if (next.end <= next.start || text.slice(next.start, next.end).trim() === '') return range;
  return next;
}

/**
 * An evidence edge taken to the sentence's edge: the start back to its first word, or the
 * end on past its last word (the closing punctuation left out); other moves leave it be.
 */
export function toSentenceEdge(text: string, range: { start: number; end: number }, edge: EvidenceEdge, forward: boolean): { start: number; end: number } {
  if (edge === 'start' && !forward) {
    let start = 0;
    while (start < range.start && /\s/u.test(text[start] ?? '')) start += 1;
    return { ...range, start };
  }
  if (edge === 'end' && forward) {
    let end = text.length;
    while (end > range.end && /[\s.!?؟،,:;]/u.test(text[end - 1] ?? '')) end -= 1;
    return { ...range, end };
  }
  return range;
}

/** Whether a name is one the draft knows, folded (a label or an alias in either language). */
export function knownNames(entities: readonly Entity[]): (name: string) => boolean {
  const names = new Set<string>();
  for (const e of entities) for (const n of [e.label.ar, e.label.en, ...(e.aliases?.ar ?? []), ...(e.aliases?.en ?? [])]) names.add(fold(n));
  return (name) => names.has(fold(name));
}

/** Entities whose labels or aliases contain the typed letters, folded; a label that starts with them first. */
export function matchEntities(entities: readonly Entity[], query: string): Entity[] {
  const q = fold(query);
  if (!q) return [...entities];
  const scored: { e: Entity; score: number }[] = [];
  for (const e of entities) {
    const names = [e.label.ar, e.label.en, ...(e.aliases?.ar ?? []), ...(e.aliases?.en ?? [])].map(fold);
    if (names.some((n) => n.startsWith(q))) scored.push({ e, score: 0 });
    else if (names.some((n) => n.includes(q))) scored.push({ e, score: 1 });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.e);
}

/** An English label not yet given: the palette writes the Arabic words in both until the user does. */
export function lacksEnglishLabel(e: Pick<Entity, 'label'>): boolean {
  return e.label.en === e.label.ar && /\p{Script=Arabic}/u.test(e.label.en);
}

/** Where a search of the article found the typed letters: a sentence and the words' offsets. */
export interface FoundWords {
  sentence: string;
  start: number;
  end: number;
}

/**
 * The next place the typed letters occur in the article, folded (hamza forms, alef maqsura,
 * ta marbuta, tashkeel, tatweel), at or after a position (or, with `after`, strictly after
 * it), wrapping round to the start; the words are cut at the source's characters, with the
 * marks that follow the last letter. Null when they occur nowhere.
 */
export function findInArticle(
  sentences: readonly { id: string; text: string }[],
  query: string,
  from: { sentence: string; offset: number } | null,
  after = false,
): FoundWords | null {
  const q = fold(query);
  if (!q) return null;
  const first = Math.max(0, sentences.findIndex((s) => s.id === from?.sentence));
  for (let step = 0; step <= sentences.length; step += 1) {
    const sentence = sentences[(first + step) % sentences.length];
    if (!sentence) continue;
    const { folded, map } = foldWithMap(sentence.text);
    // In the first sentence, only from the position on (the whole of it again after wrapping round).
    const min = step === 0 && from?.sentence === sentence.id ? from.offset + (after ? 1 : 0) : step === sentences.length ? -1 : 0;
    for (let at = folded.indexOf(q); at !== -1; at = folded.indexOf(q, at + 1)) {
      const start = map[at] ?? 0;
      if (start < min || (step === sentences.length && start >= (from?.offset ?? 0) + (after ? 1 : 0))) continue;
      return { sentence: sentence.id, start, end: foundEnd(sentence.text, map, at + q.length - 1, start) };
    }
  }
  return null;
}

/** The end of found words in the source: after the last letter matched and the marks that follow it. */
function foundEnd(text: string, map: readonly number[], lastFolded: number, start: number): number {
  let end = (map[lastFolded] ?? start) + 1;
  while (end < text.length && foldWithMap(text[end] ?? '').folded === '') end += 1;
  return end;
}

/** Every place the typed letters occur in the article, folded, in reading order (see `findInArticle`). */
export function findAllInArticle(sentences: readonly { id: string; text: string }[], query: string): FoundWords[] {
  const q = fold(query);
  if (!q) return [];
  const out: FoundWords[] = [];
  for (const sentence of sentences) {
    const { folded, map } = foldWithMap(sentence.text);
    for (let at = folded.indexOf(q); at !== -1; at = folded.indexOf(q, at + 1)) {
      const start = map[at] ?? 0;
      out.push({ sentence: sentence.id, start, end: foundEnd(sentence.text, map, at + q.length - 1, start) });
    }
  }
  return out;
}

const LETTER = /[\p{L}\p{M}\p{N}\u0640]/u;

/**
 * Whether found words are whole words: no letter right after them, and before them only the
 * start of a word or particles attached to it (و ف ب ك ل, and ال with them).
 */
export function isWholeWords(text: string, start: number, end: number): boolean {
  if (LETTER.test(text[end] ?? '')) return false;
  let w = start;
  while (w > 0 && LETTER.test(text[w - 1] ?? '')) w -= 1;
  return /^(?:[وفبكل]{0,2}|[وفبك]?ال)$/u.test(text.slice(w, start));
}

/**
 * Where the typed letters first land (see `findInArticle`): the next place they spell whole
 * words, from a position and wrapping round, else the next place they occur at all; so typing
 * «مصر» lands on «مصر», not inside «المصري» before it.
 */
export function findFirstInArticle(
  sentences: readonly { id: string; text: string }[],
  query: string,
  from: { sentence: string; offset: number } | null,
): FoundWords | null {
  const texts = new Map(sentences.map((s) => [s.id, s.text]));
  const whole = findAllInArticle(sentences, query).filter((p) => isWholeWords(texts.get(p.sentence) ?? '', p.start, p.end));
  if (whole.length === 0) return findInArticle(sentences, query, from);
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const index = (p: { sentence: string }) => order.get(p.sentence) ?? 0;
  const after = from ? whole.find((p) => index(p) > index(from) || (index(p) === index(from) && p.start >= from.offset)) : undefined;
  return after ?? whole[0] ?? null;
}

/** The place before the one given among all places of the typed letters (wrapping round to the last); null when there are none. */
export function findPreviousInArticle(sentences: readonly { id: string; text: string }[], query: string, from: { sentence: string; offset: number } | null): FoundWords | null {
  const places = findAllInArticle(sentences, query);
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const index = (p: { sentence: string }) => order.get(p.sentence) ?? 0;
  const before = from ? places.filter((p) => index(p) < index(from) || (index(p) === index(from) && p.start < from.offset)) : [];
  return before.at(-1) ?? places.at(-1) ?? null;
}
