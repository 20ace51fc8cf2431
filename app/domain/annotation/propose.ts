/**
 * Proposals computed from what is already known (see proposals.ts for their shape):
 * the other occurrences of a draft's entities, and the entities of other drafts and of
 * bundled graphs whose names occur in this article (a string-matching recommender, as
 * INCEpTION has). Where an article has written a name out, its short forms (a family
 * name, a head noun; see name-parts.ts) are proposed too, after the whole names and
 * marked as parts. Nothing here writes: a proposal becomes data only through
 * `acceptProposals`, one undo step however many it takes.
 */
import { fold } from '../fold';
import { KEBAB_ID } from '../ids';
import type { Graph, NodeType } from '../schema';
import { addEntity, addMention, newId, removeMention, type CreateResult } from './edits';
import { distinctParts, mayName, namesOf, qualifiedAfter, type NamedEntity, type NamePart } from './name-parts';
import { findOccurrences, overlaps, type OccurrenceHit } from './occurrences';
import type { Proposal, ProposalSource, ProposedEntity } from './proposals';
import type { AnnotationDoc, EditError } from './schema';
import { locateSpan } from './spans';

/** Entities of another draft or graph, with the types they are written in. */
export interface SuggestionSource {
  source: ProposalSource;
  entities: readonly ProposedEntity[];
  nodeTypes: readonly NodeType[];
}

/** An entity as a draft or a graph writes it (optional fields may be present but undefined). */
interface EntityLike {
  id: string;
  type: string;
  label: { ar: string; en: string };
  aliases?: { ar?: string[] | undefined; en?: string[] | undefined } | undefined;
  sameAs?: string[] | undefined;
}

export { namesOf };

/** Each entity list's distinct parts, worked out once per list (an edit elsewhere keeps the list). */
const partsCache = new WeakMap<AnnotationDoc['entities'], Map<string, NamePart[]>>();

function partsFor(entities: AnnotationDoc['entities']): Map<string, NamePart[]> {
  let parts = partsCache.get(entities);
  if (!parts) {
    parts = distinctParts(entities);
    partsCache.set(entities, parts);
  }
  return parts;
}

/** A hit of a name or of a part of one, with which it was. */
interface NamedHit extends OccurrenceHit {
  part: NamePart | null;
}

/**
 * Where an entity's names and its parts occur, as one search (so a part inside a whole
 * name yields to the name): whole names first, then parts, each in text order. A head noun
 * followed by a word with the article is left out (another thing of that kind).
 */
function hitsOf(sentences: readonly { id: string; text: string }[], names: readonly string[], parts: readonly NamePart[]): NamedHit[] {
  const all = [...names, ...parts.map((p) => p.text)];
  const texts = new Map(sentences.map((s) => [s.id, s.text]));
  const hits: NamedHit[] = findOccurrences(sentences, all, { strict: (i) => i >= names.length }).map((hit) => ({
    ...hit,
    part: hit.name >= names.length ? (parts[hit.name - names.length] ?? null) : null,
  }));
  const kept = hits.filter((h) => h.part?.kind !== 'head' || !qualifiedAfter(texts.get(h.sentence) ?? '', h.end));
  return [...kept.filter((h) => h.part === null), ...kept.filter((h) => h.part !== null)];
}

/**
 * Each sentence list's hits by the names searched for: a step that leaves the text alone
 * (most do: a mention, a relation) searches again only for names it changed, so every
 * entity's occurrences can stay proposed on a long article.
 */
const hitsCache = new WeakMap<readonly { id: string; text: string }[], Map<string, NamedHit[]>>();

function cachedHitsOf(sentences: readonly { id: string; text: string }[], names: readonly string[], parts: readonly NamePart[]): NamedHit[] {
  let byNames = hitsCache.get(sentences);
  if (!byNames) {
    byNames = new Map();
    hitsCache.set(sentences, byNames);
  }
  const key = JSON.stringify([names, parts.map((p) => [p.text, p.kind])]);
  let hits = byNames.get(key);
  if (!hits) {
    hits = hitsOf(sentences, names, parts);
    byNames.set(key, hits);
  }
  return hits;
}

/** What a proposal keeps of an entity: what identifies it across articles. */
export function proposedEntity(e: EntityLike): ProposedEntity {
  const out: ProposedEntity = { id: e.id, type: e.type, label: e.label };
  const aliases: NonNullable<ProposedEntity['aliases']> = {};
  if (e.aliases?.ar?.length) aliases.ar = e.aliases.ar;
  if (e.aliases?.en?.length) aliases.en = e.aliases.en;
  if (aliases.ar || aliases.en) out.aliases = aliases;
  if (e.sameAs?.length) out.sameAs = e.sameAs;
  return out;
}

/** A draft's document as a source of suggestions for another draft. */
export function draftSource(key: string, doc: AnnotationDoc, title?: string): SuggestionSource {
  return {
    source: { kind: 'draft', id: key, title: title ?? doc.article.title.ar },
    entities: doc.entities.map(proposedEntity),
    nodeTypes: doc.nodeTypes,
  };
}

/** A bundled graph as a source of suggestions. */
export function graphSource(graph: Graph, title?: string): SuggestionSource {
  return {
    source: { kind: 'graph', id: graph.id, title: title ?? graph.article.title.ar },
    entities: graph.nodes.filter((n) => n.members === undefined).map(proposedEntity),
    nodeTypes: graph.nodeTypes,
  };
}

/** Where the document's mentions are, by sentence. */
function mentionedSpans(doc: AnnotationDoc, only?: string): Map<string, { start: number; end: number }[]> {
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const out = new Map<string, { start: number; end: number }[]>();
  for (const e of doc.entities) {
    if (only !== undefined && e.id !== only) continue;
    for (const m of e.mentions) {
      const at = locateSpan(texts.get(m.sentence) ?? '', m);
      if (at) out.set(m.sentence, [...(out.get(m.sentence) ?? []), at]);
    }
  }
  return out;
}

/**
 * The span's reference in its sentence: `s3:الصين#2` (the second «الصين» of s3), counted
 * as `spanFromOffsets` counts (the matcher has already kept spans on character boundaries).
 */
function spanKey(texts: ReadonlyMap<string, string>, sentence: string, start: number, end: number): string {
  const text = texts.get(sentence) ?? '';
  const quote = text.slice(start, end);
  let occurrence = 1;
  for (let at = text.indexOf(quote); at !== -1 && at < start; at = text.indexOf(quote, at + 1)) occurrence++;
  return `${sentence}:${quote}#${occurrence}`;
}

/** The key a suggestion is rejected under: the entity as other articles know it (type and folded label), at one span. */
export function suggestionKey(entity: Pick<ProposedEntity, 'type' | 'label'>, span: string): string {
  return `suggestion:${entity.type}:${fold(entity.label.ar)}@${span}`;
}

export function occurrenceKey(entityId: string, span: string): string {
  return `occurrence:${entityId}@${span}`;
}

/**
 * The other places the names of the given entities of the draft occur, not yet mentioned
 * (a span already mentioned by any entity is not proposed) and not rejected.
 */
export function occurrenceProposals(doc: AnnotationDoc, entityIds: readonly string[], rejected: ReadonlySet<string>): Proposal[] {
  if (entityIds.length === 0) return [];
  const mentioned = mentionedSpans(doc);
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const parts = partsFor(doc.entities);
  const out: Proposal[] = [];
  for (const id of entityIds) {
    const entity = doc.entities.find((e) => e.id === id);
    if (!entity) continue;
    for (const hit of cachedHitsOf(doc.sentences, namesOf(entity), parts.get(entity.id) ?? [])) {
      if ((mentioned.get(hit.sentence) ?? []).some((m) => overlaps(m, hit))) continue;
      const span = spanKey(texts, hit.sentence, hit.start, hit.end);
      const key = occurrenceKey(entity.id, span);
      if (rejected.has(key)) continue;
      out.push({
        key,
        kind: 'occurrence',
        sentence: hit.sentence,
        start: hit.start,
        end: hit.end,
        quote: hit.quote,
        entity: proposedEntity(entity),
        source: null,
        ...(hit.part ? { part: true as const } : {}),
      });
    }
  }
  return out;
}

/** An entity the selected words name, and the mention of it they would widen (its index), if any. */
export interface NamedWithin {
  entity: string;
  /** A mention of the entity lying inside the words: made wider rather than repeated. */
  widens: number | null;
}

/**
 * The draft's entities whose name, or a short form of it, occurs as whole words inside a
 * span (such as «القاهرة» in «العاصمة القاهرة»): the words can become their mention at
 * once. An entity the span is already a mention of is left out. In order of where the
 * name occurs in the span.
 */
export function namedWithin(doc: AnnotationDoc, span: { sentence: string; start: number; end: number }): NamedWithin[] {
  const sentence = doc.sentences.find((s) => s.id === span.sentence);
  if (!sentence || span.end <= span.start || doc.entities.length === 0) return [];
  const text = sentence.text.slice(span.start, span.end);
  const words = [{ id: sentence.id, text }];
  const folded = fold(text);
  const parts = partsFor(doc.entities);
  const found: (NamedWithin & { at: number })[] = [];
  for (const entity of doc.entities) {
    if (!mayName(entity, folded)) continue;
    const hits = hitsOf(words, namesOf(entity), parts.get(entity.id) ?? []);
    if (hits.length === 0) continue;
    const mentions = entity.mentions.map((m) => (m.sentence === sentence.id ? locateSpan(sentence.text, m) : null));
    if (mentions.some((m) => m?.start === span.start && m.end === span.end)) continue;
    const inside = mentions.findIndex((m) => m !== null && span.start <= m.start && m.end <= span.end);
    found.push({ entity: entity.id, widens: inside < 0 ? null : inside, at: Math.min(...hits.map((h) => h.start)) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ entity, widens }) => ({ entity, widens }));
}

/** The words as a mention of an entity they name: a new mention, or the one inside them widened to them (one step). */
export function mentionNamed(doc: AnnotationDoc, named: NamedWithin, span: { sentence: string; start: number; end: number }): { ok: true; doc: AnnotationDoc } | { ok: false; error: EditError } {
  let next = doc;
  if (named.widens !== null) {
    const removed = removeMention(next, named.entity, named.widens);
    if (!removed.ok) return removed;
    next = removed.doc;
  }
  return addMention(next, named.entity, span);
}

/** Whether the draft already has an entity: it shares an IRI, or a folded label in either language. */
function knownIn(doc: AnnotationDoc): (e: ProposedEntity) => boolean {
  const ar = new Set(doc.entities.map((d) => fold(d.label.ar)));
  const en = new Set(doc.entities.map((d) => fold(d.label.en)));
  const iris = new Set(doc.entities.flatMap((d) => d.sameAs ?? []));
  return (e) => ar.has(fold(e.label.ar)) || en.has(fold(e.label.en)) || (e.sameAs ?? []).some((iri) => iris.has(iri));
}

/**
 * Entities of other drafts and graphs whose names occur in this article, one proposal per
 * span. An entity the draft already has is not suggested (its occurrences are), the same
 * entity from two sources is suggested once (from the first source), spans already
 * mentioned are left alone, and of overlapping names the longest is suggested.
 */
export function suggestionProposals(doc: AnnotationDoc, sources: readonly SuggestionSource[], rejected: ReadonlySet<string>): Proposal[] {
  const seen = new Set<string>();
  const known = knownIn(doc);
  const candidates: { entity: ProposedEntity; source: ProposalSource }[] = [];
  for (const { source, entities } of sources) {
    for (const entity of entities) {
      const identity = `${entity.type}:${fold(entity.label.ar)}`;
      if (seen.has(identity) || known(entity)) continue;
      seen.add(identity);
      candidates.push({ entity, source });
    }
  }
  const names: string[] = [];
  const owner: number[] = [];
  candidates.forEach((c, i) => {
    for (const name of namesOf(c.entity)) {
      names.push(name);
      owner.push(i);
    }
  });
  if (names.length === 0) return [];
  const whole = findOccurrences(doc.sentences, names);
  // An entity this article writes out is proposed at its short forms as well.
  const present = [...new Set(whole.map((h) => owner[h.name] ?? -1))].filter((i) => i >= 0);
  const candidateId = (i: number) => `\u0000candidate:${i}`;
  const distinct = distinctParts([...doc.entities, ...present.map((i): NamedEntity => ({ ...(candidates[i] as (typeof candidates)[number]).entity, id: candidateId(i) }))]);
  const parts: NamePart[] = [];
  for (const i of present) {
    for (const part of distinct.get(candidateId(i)) ?? []) {
      parts.push(part);
      owner.push(i);
    }
  }
  const hits = parts.length === 0 ? whole.map((h) => ({ ...h, part: null })) : hitsOf(doc.sentences, names, parts);
  const mentioned = mentionedSpans(doc);
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const out: Proposal[] = [];
  for (const hit of hits) {
    const candidate = candidates[owner[hit.name] ?? -1];
    if (!candidate) continue;
    if ((mentioned.get(hit.sentence) ?? []).some((m) => overlaps(m, hit))) continue;
    const span = spanKey(texts, hit.sentence, hit.start, hit.end);
    const key = suggestionKey(candidate.entity, span);
    if (rejected.has(key)) continue;
    out.push({
      key,
      kind: 'suggestion',
      sentence: hit.sentence,
      start: hit.start,
      end: hit.end,
      quote: hit.quote,
      entity: candidate.entity,
      source: candidate.source,
      ...(hit.part ? { part: true as const } : {}),
    });
  }
  return out;
}

/** The node type a suggestion's entity is written in, from its source. */
export function sourceNodeType(sources: readonly SuggestionSource[], proposal: Proposal): NodeType | undefined {
  const from = sources.find((s) => s.source.kind === proposal.source?.kind && s.source.id === proposal.source.id);
  return from?.nodeTypes.find((t) => t.id === proposal.entity.type);
}

export type AcceptResult = { ok: true; doc: AnnotationDoc; created: string[] } | { ok: false; error: EditError };

/**
 * Accept proposals in one step: an occurrence becomes a mention of its entity; a
 * suggestion creates its entity (type, labels, aliases, sameAs, and its id where that is
 * free; the type joins the vocabulary when the draft lacks it) once, then the mention.
 */
export function acceptProposals(
  doc: AnnotationDoc,
  proposals: readonly Proposal[],
  nodeTypeOf: (proposal: Proposal) => NodeType | undefined = () => undefined,
): AcceptResult {
  let next = doc;
  const created: string[] = [];
  const madeFor = new Map<string, string>();
  for (const p of proposals) {
    const span = { sentence: p.sentence, start: p.start, end: p.end };
    if (p.kind === 'occurrence') {
      const r = addMention(next, p.entity.id, span);
      if (!r.ok) return r;
      next = r.doc;
      continue;
    }
    const identity = `${p.entity.type}:${fold(p.entity.label.ar)}`;
    const made = madeFor.get(identity);
    if (made !== undefined) {
      const r = addMention(next, made, span);
      if (!r.ok) return r;
      next = r.doc;
      continue;
    }
    const r = createFromSuggestion(next, p, nodeTypeOf(p));
    if (!r.ok) return r;
    next = r.doc;
    created.push(r.id);
    madeFor.set(identity, r.id);
  }
  return { ok: true, doc: next, created };
}

function createFromSuggestion(doc: AnnotationDoc, p: Proposal, nodeType: NodeType | undefined): CreateResult {
  let next = doc;
  if (!next.nodeTypes.some((t) => t.id === p.entity.type)) {
    if (nodeType === undefined) return { ok: false, error: { code: 'unknown-node-type', params: { id: p.entity.type } } };
    next = { ...next, nodeTypes: [...next.nodeTypes, nodeType] };
  }
  const id = KEBAB_ID.test(p.entity.id) ? newId(next, p.entity.id) : newId(next, p.entity.label.en);
  const made = addEntity(next, {
    id,
    type: p.entity.type,
    label: p.entity.label,
    ...(p.entity.aliases ? { aliases: p.entity.aliases } : {}),
    mention: { sentence: p.sentence, start: p.start, end: p.end },
  });
  if (!made.ok || !p.entity.sameAs?.length) return made;
  const sameAs = p.entity.sameAs;
  return { ...made, doc: { ...made.doc, entities: made.doc.entities.map((e) => (e.id === made.id ? { ...e, sameAs } : e)) } };
}

export interface ProposalGroup {
  /** `occurrence:<entity id>` or `suggestion:<type>:<folded label>`. */
  key: string;
  entity: ProposedEntity;
  source: ProposalSource | null;
  items: Proposal[];
}

/** Proposals grouped by the entity they would belong to, in order of first appearance. */
export function groupProposals(proposals: readonly Proposal[]): ProposalGroup[] {
  const groups = new Map<string, ProposalGroup>();
  for (const p of proposals) {
    const key = p.kind === 'occurrence' ? `occurrence:${p.entity.id}` : `suggestion:${p.entity.type}:${fold(p.entity.label.ar)}`;
    const group = groups.get(key);
    if (group) group.items.push(p);
    else groups.set(key, { key, entity: p.entity, source: p.source, items: [p] });
  }
  return [...groups.values()];
}
