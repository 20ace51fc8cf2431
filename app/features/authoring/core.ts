/**
 * The authoring UI's one door to the annotation core. PROVISIONAL: until branch
 * `authoring` lands `app/domain/annotation/*`, this file carries minimal stand-ins with
 * the design's signatures, so the UI can be built and tested; it becomes re-exports.
 */
import type { Bilingual, Category, Graph, LocalizedNote, NodeType, RelationType } from '../../domain/schema';

export type SpanRef = { sentence: string; quote: string; occurrence?: number };
export type DocSentence = { id: string; role: 'title' | 'lede' | 'body'; text: string; en: string };
export type DocEntity = {
  id: string;
  type: string;
  label: Bilingual;
  aliases?: { ar?: string[]; en?: string[] };
  description?: LocalizedNote;
  qualifiers?: LocalizedNote;
  note?: LocalizedNote;
  mentions: SpanRef[];
  position?: { x: number; y: number };
};
export type DocRelation = {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: SpanRef[];
  attributedTo?: string;
  qualifiers?: LocalizedNote;
  note?: LocalizedNote;
};
export type AnnotationDoc = {
  format: 'article-graph-annotations';
  version: 1;
  id: string;
  article: { title: Bilingual; lang: string; source: string };
  sentences: DocSentence[];
  notes?: LocalizedNote;
  categories?: Category[];
  nodeTypes: NodeType[];
  relationTypes: RelationType[];
  entities: DocEntity[];
  relations: DocRelation[];
};
export type EditError = { code: string; params?: Record<string, string | number> };
export type EditResult = { ok: true; doc: AnnotationDoc } | { ok: false; error: EditError };
export type History = { past: AnnotationDoc[]; present: AnnotationDoc; future: AnnotationDoc[] };

const fail = (code: string, params?: Record<string, string | number>): EditResult => ({ ok: false, error: params ? { code, params } : { code } });

// ---- spans ----------------------------------------------------------------------------

export function locateSpan(text: string, span: SpanRef): { start: number; end: number } | null {
  if (span.quote === '') return null;
  let from = 0;
  for (let n = span.occurrence ?? 1; ; n -= 1) {
    const at = text.indexOf(span.quote, from);
    if (at === -1) return null;
    if (n === 1) return { start: at, end: at + span.quote.length };
    from = at + 1;
  }
}

export function spanFromOffsets(text: string, start: number, end: number): SpanRef {
  const quote = text.slice(start, end);
  let occurrence = 1;
  for (let at = text.indexOf(quote); at !== -1 && at < start; at = text.indexOf(quote, at + 1)) occurrence += 1;
  return occurrence > 1 ? { sentence: '', quote, occurrence } : { sentence: '', quote };
}

// ---- sentences ------------------------------------------------------------------------

const FURNITURE = ['Translation:', 'Translated by AI', 'Newsletter', 'Related Articles'];

export function cutArticle(raw: string): { title: string; lede: string; body: string[]; furniture: string[] } {
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const furniture = lines.filter((l) => FURNITURE.includes(l.trim()));
  const kept = lines.filter((l) => !FURNITURE.includes(l.trim()));
  const [title = '', lede = '', ...rest] = kept;
  const body = rest.flatMap((line) => line.split(/(?<=[.。؟?!])\s+/).filter((s) => s.trim() !== ''));
  return { title, lede, body, furniture };
}

export function mergeSentences(doc: AnnotationDoc, firstId: string): EditResult {
  const i = doc.sentences.findIndex((s) => s.id === firstId);
  const a = doc.sentences[i];
  const b = doc.sentences[i + 1];
  if (!a || !b) return fail('unknown-sentence', { id: firstId });
  const text = `${a.text} ${b.text}`;
  const move = (span: SpanRef): SpanRef => {
    if (span.sentence !== a.id && span.sentence !== b.id) return span;
    const src = span.sentence === a.id ? a.text : b.text;
    const at = locateSpan(src, span);
    if (!at) return span;
    const shift = span.sentence === a.id ? 0 : a.text.length + 1;
    return { ...spanFromOffsets(text, at.start + shift, at.end + shift), sentence: a.id };
  };
  const merged: DocSentence = { ...a, text, en: [a.en, b.en].filter(Boolean).join(' ') };
  return {
    ok: true,
    doc: {
      ...doc,
      sentences: doc.sentences.flatMap((s) => (s.id === a.id ? [merged] : s.id === b.id ? [] : [s])),
      entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(move) })),
      relations: doc.relations.map((r) => ({ ...r, evidence: r.evidence.map(move) })),
    },
  };
}

export function splitSentence(doc: AnnotationDoc, id: string, at: number): EditResult {
  const i = doc.sentences.findIndex((s) => s.id === id);
  const s = doc.sentences[i];
  if (!s) return fail('unknown-sentence', { id });
  const head = s.text.slice(0, at).trimEnd();
  const tailStart = at + (s.text.slice(at).length - s.text.slice(at).trimStart().length);
  const tail = s.text.slice(tailStart);
  if (head === '' || tail === '') return fail('split-at-edge');
  const newIdValue = uniqueId(new Set(doc.sentences.map((x) => x.id)), `${s.id}b`);
  const spans = [...doc.entities.flatMap((e) => e.mentions), ...doc.relations.flatMap((r) => r.evidence)];
  for (const span of spans) {
    if (span.sentence !== id) continue;
    const loc = locateSpan(s.text, span);
    if (loc && loc.start < at && loc.end > at) return fail('split-inside-span', { quote: span.quote });
  }
  const move = (span: SpanRef): SpanRef => {
    if (span.sentence !== id) return span;
    const loc = locateSpan(s.text, span);
    if (!loc) return span;
    if (loc.end <= at) return { ...spanFromOffsets(head, loc.start, loc.end), sentence: id };
    return { ...spanFromOffsets(tail, loc.start - tailStart, loc.end - tailStart), sentence: newIdValue };
  };
  const sentences = [...doc.sentences];
  sentences.splice(i, 1, { ...s, text: head }, { id: newIdValue, role: 'body', text: tail, en: '' });
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

// ---- compile --------------------------------------------------------------------------

export function compileAnnotations(doc: AnnotationDoc): { graph: Graph; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  const at = (span: SpanRef, path: string) => {
    const loc = locateSpan(texts.get(span.sentence) ?? '', span);
    if (!loc) problems.push({ path, message: `"${span.quote}" is not in sentence ${span.sentence}` });
    return { sentence: span.sentence, start: loc?.start ?? 0, end: loc?.end ?? 0 };
  };
  const graph: Graph = {
    schemaVersion: 1,
    id: doc.id,
    article: { title: doc.article.title, lang: doc.article.lang, source: doc.article.source, sentences: doc.sentences },
    ...(doc.notes ? { notes: doc.notes } : {}),
    ...(doc.categories ? { categories: doc.categories } : {}),
    nodeTypes: doc.nodeTypes,
    relationTypes: doc.relationTypes,
    nodes: doc.entities.map(({ mentions, ...e }, i) => ({ ...e, mentions: mentions.map((m, j) => ({ ...at(m, `entities[${i}].mentions[${j}]`), text: m.quote })) })),
    edges: doc.relations.map(({ evidence, ...r }, i) => ({ ...r, evidence: evidence.map((m, j) => ({ ...at(m, `relations[${i}].evidence[${j}]`), quote: m.quote })) })),
  };
  return { graph, problems };
}

export function decompileGraph(graph: Graph): AnnotationDoc {
  const texts = new Map(graph.article.sentences.map((s) => [s.id, s.text]));
  const ref = (s: { sentence: string; start: number; end: number }): SpanRef => ({ ...spanFromOffsets(texts.get(s.sentence) ?? '', s.start, s.end), sentence: s.sentence });
  return {
    format: 'article-graph-annotations',
    version: 1,
    id: graph.id,
    article: { title: graph.article.title, lang: graph.article.lang, source: graph.article.source },
    sentences: graph.article.sentences,
    ...(graph.notes ? { notes: graph.notes } : {}),
    ...(graph.categories ? { categories: graph.categories } : {}),
    nodeTypes: graph.nodeTypes,
    relationTypes: graph.relationTypes,
    entities: graph.nodes.map(({ mentions, ...n }) => ({ ...n, mentions: mentions.map(ref) }) as DocEntity),
    relations: graph.edges.map(({ evidence, ...e }) => ({ ...e, evidence: evidence.map(ref) }) as DocRelation),
  };
}

// ---- edits ----------------------------------------------------------------------------

function uniqueId(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function newId(doc: AnnotationDoc, base: string): string {
  const slug = base.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  return uniqueId(new Set([...doc.entities.map((e) => e.id), ...doc.relations.map((r) => r.id), ...doc.relationTypes.map((r) => r.id)]), slug);
}

function checkSpan(doc: AnnotationDoc, span: SpanRef): EditError | null {
  const s = doc.sentences.find((x) => x.id === span.sentence);
  if (!s) return { code: 'unknown-sentence', params: { id: span.sentence } };
  if (span.quote.trim() === '') return { code: 'empty-span' };
  if (!locateSpan(s.text, span)) return { code: 'quote-not-found', params: { quote: span.quote } };
  return null;
}

export function addEntity(doc: AnnotationDoc, entity: DocEntity): EditResult {
  if (doc.entities.some((e) => e.id === entity.id)) return fail('duplicate-id', { id: entity.id });
  if (!entity.label.ar.trim() || !entity.label.en.trim()) return fail('empty-label');
  for (const m of entity.mentions) {
    const e = checkSpan(doc, m);
    if (e) return { ok: false, error: e };
  }
  return { ok: true, doc: { ...doc, entities: [...doc.entities, entity] } };
}

export function addMention(doc: AnnotationDoc, entityId: string, span: SpanRef): EditResult {
  const e = checkSpan(doc, span);
  if (e) return { ok: false, error: e };
  if (!doc.entities.some((x) => x.id === entityId)) return fail('unknown-entity', { id: entityId });
  return { ok: true, doc: { ...doc, entities: doc.entities.map((x) => (x.id === entityId ? { ...x, mentions: [...x.mentions, span] } : x)) } };
}

export function removeMention(doc: AnnotationDoc, entityId: string, index: number): EditResult {
  return { ok: true, doc: { ...doc, entities: doc.entities.map((x) => (x.id === entityId ? { ...x, mentions: x.mentions.filter((_, i) => i !== index) } : x)) } };
}

export function updateEntity(doc: AnnotationDoc, id: string, patch: Partial<Omit<DocEntity, 'id' | 'mentions'>>): EditResult {
  if (!doc.entities.some((x) => x.id === id)) return fail('unknown-entity', { id });
  return { ok: true, doc: { ...doc, entities: doc.entities.map((x) => (x.id === id ? { ...x, ...patch } : x)) } };
}

export function mergeEntities(doc: AnnotationDoc, keepId: string, dropId: string): EditResult & { dropped?: string[] } {
  const keep = doc.entities.find((e) => e.id === keepId);
  const drop = doc.entities.find((e) => e.id === dropId);
  if (!keep || !drop) return fail('unknown-entity', { id: keep ? dropId : keepId });
  if (keepId === dropId) return fail('merge-self');
  const swap = (id: string) => (id === dropId ? keepId : id);
  const relations = doc.relations
    .map((r) => ({ ...r, source: swap(r.source), target: swap(r.target), ...(r.attributedTo ? { attributedTo: swap(r.attributedTo) } : {}) }))
    .filter((r) => r.source !== r.target);
  const merged: DocEntity = { ...keep, mentions: [...keep.mentions, ...drop.mentions], aliases: { ar: [...(keep.aliases?.ar ?? []), drop.label.ar], en: [...(keep.aliases?.en ?? []), drop.label.en] } };
  return { ok: true, doc: { ...doc, entities: doc.entities.filter((e) => e.id !== dropId).map((e) => (e.id === keepId ? merged : e)), relations } };
}

export function describeDeletion(doc: AnnotationDoc, id: string): { relations: string[]; attributedRelations: string[]; mentions: number } {
  return {
    relations: doc.relations.filter((r) => r.source === id || r.target === id).map((r) => r.id),
    attributedRelations: doc.relations.filter((r) => r.attributedTo === id && r.source !== id && r.target !== id).map((r) => r.id),
    mentions: doc.entities.find((e) => e.id === id)?.mentions.length ?? 0,
  };
}

export function deleteEntity(doc: AnnotationDoc, id: string): EditResult {
  return {
    ok: true,
    doc: {
      ...doc,
      entities: doc.entities.filter((e) => e.id !== id),
      relations: doc.relations
        .filter((r) => r.source !== id && r.target !== id)
        .map((r) => {
          if (r.attributedTo !== id) return r;
          const rest = { ...r };
          delete rest.attributedTo;
          return rest;
        }),
    },
  };
}

export function addRelationType(doc: AnnotationDoc, type: RelationType): EditResult {
  if (doc.relationTypes.some((t) => t.id === type.id)) return fail('duplicate-id', { id: type.id });
  if (doc.relationTypes.some((t) => t.label.en === type.label.en || t.label.ar === type.label.ar)) return fail('label-taken', { label: type.label.en });
  return { ok: true, doc: { ...doc, relationTypes: [...doc.relationTypes, type] } };
}

export function addRelation(doc: AnnotationDoc, relation: DocRelation): EditResult {
  if (relation.source === relation.target) return fail('self-relation');
  if (doc.relations.some((r) => r.id === relation.id)) return fail('duplicate-id', { id: relation.id });
  for (const id of [relation.source, relation.target]) if (!doc.entities.some((e) => e.id === id)) return fail('unknown-entity', { id });
  for (const m of relation.evidence) {
    const e = checkSpan(doc, m);
    if (e) return { ok: false, error: e };
  }
  return { ok: true, doc: { ...doc, relations: [...doc.relations, relation] } };
}

export function addEvidence(doc: AnnotationDoc, relationId: string, span: SpanRef): EditResult {
  const e = checkSpan(doc, span);
  if (e) return { ok: false, error: e };
  return { ok: true, doc: { ...doc, relations: doc.relations.map((r) => (r.id === relationId ? { ...r, evidence: [...r.evidence, span] } : r)) } };
}

export function updateRelation(doc: AnnotationDoc, id: string, patch: Partial<Omit<DocRelation, 'id' | 'evidence'>>): EditResult {
  const next = { ...doc.relations.find((r) => r.id === id), ...patch } as DocRelation;
  if (next.source === next.target) return fail('self-relation');
  return { ok: true, doc: { ...doc, relations: doc.relations.map((r) => (r.id === id ? next : r)) } };
}

export function deleteRelation(doc: AnnotationDoc, id: string): EditResult {
  return { ok: true, doc: { ...doc, relations: doc.relations.filter((r) => r.id !== id) } };
}

// ---- history --------------------------------------------------------------------------

const CAP = 200;
export const commit = (h: History, doc: AnnotationDoc): History => ({ past: [...h.past, h.present].slice(-CAP), present: doc, future: [] });
export const undo = (h: History): History => {
  const prev = h.past.at(-1);
  return prev ? { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] } : h;
};
export const redo = (h: History): History => {
  const [next, ...future] = h.future;
  return next ? { past: [...h.past, h.present], present: next, future } : h;
};

// ---- intake ---------------------------------------------------------------------------

const MAX_BYTES = 10 * 1024 * 1024;
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function readArticle(input: ArrayBuffer | string, _name?: string): { ok: true; text: string; warnings: EditError[] } | { ok: false; error: EditError } {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.byteLength > MAX_BYTES) return { ok: false, error: { code: 'too-large', params: { size: input.byteLength } } };
    if (new Uint8Array(input).includes(0)) return { ok: false, error: { code: 'binary' } };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, error: { code: 'binary' } };
    }
  }
  if (text.length > MAX_BYTES) return { ok: false, error: { code: 'too-large', params: { size: text.length } } };
  if (text.includes('\0')) return { ok: false, error: { code: 'binary' } };
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const bidi = text.match(BIDI)?.length ?? 0;
  return { ok: true, text, warnings: bidi ? [{ code: 'bidi-controls', params: { count: bidi } }] : [] };
}
