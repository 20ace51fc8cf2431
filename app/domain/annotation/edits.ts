/**
 * Every user step on an annotation document as a pure function
 * `(doc, args) -> { ok: true, doc } | { ok: false, error }`. A refused step returns the
 * reason and leaves the document untouched, so nothing is ever half applied.
 *
 * Spans may be given as a SpanRef or as offsets `{ sentence, start, end }` (taken from
 * a selection); steps that create something also return its `id`; `mergeEntities` also returns a `report`; and there are
 * `removeEvidence`, `updateSentence` and `updateArticle`, which an editor needs too.
 * Optional fields are cleared in updates by passing `null`.
 */
import { KEBAB_ID, toKebab } from '../ids';
import { ColorSchema, type Bilingual, type LocalizedNote, type NodeType, type RelationType } from '../schema';
import type { Aliases, AnnotationDoc, AnnotationRelation, EditError, EditErrorCode, Entity, SpanRef } from './schema';
import { isBlank, locateSpan, sameSpan, spanFromOffsets } from './spans';

export type SpanInput = SpanRef | { sentence: string; start: number; end: number };

export type CreateResult = { ok: true; doc: AnnotationDoc; id: string } | { ok: false; error: EditError };
type Result = { ok: true; doc: AnnotationDoc } | { ok: false; error: EditError };

const fail = (code: EditErrorCode, params?: Record<string, string | number>): { ok: false; error: EditError } =>
  params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };

// ---------------------------------------------------------------------------------------
// Ids and spans
// ---------------------------------------------------------------------------------------

/**
 * A fresh kebab-case id from an English label ("Vladimir Putin" -> "vladimir-putin"),
 * made unique against entities, relations, relation types, node types and categories
 * (`-2`, `-3`, … appended). Non-Latin text gives `item`.
 */
export function newId(doc: AnnotationDoc, base: string): string {
  const stem = toKebab(base) || 'item';
  const taken = new Set<string>([
    ...doc.entities.map((e) => e.id),
    ...doc.relations.map((r) => r.id),
    ...doc.relationTypes.map((t) => t.id),
    ...doc.nodeTypes.map((t) => t.id),
    ...(doc.categories ?? []).map((c) => c.id),
  ]);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}


/**
 * Check a span against the document's sentences and normalise it to a SpanRef. Offsets
 * past the end of the sentence mean the selection ran into the next sentence.
 */
export function resolveSpan(doc: AnnotationDoc, input: SpanInput): { ok: true; span: SpanRef } | { ok: false; error: EditError } {
  const sentence = doc.sentences.find((s) => s.id === input.sentence);
  if (sentence === undefined) return fail('unknown-sentence', { id: input.sentence });
  if ('start' in input) {
    if (input.end > sentence.text.length || input.start > sentence.text.length) {
      return fail('span-crosses-sentences', { sentence: input.sentence });
    }
    return spanFromOffsets(sentence.text, input.start, input.end, input.sentence);
  }
  if (isBlank(input.quote)) return fail('empty-span');
  if (locateSpan(sentence.text, input) === null) {
    return fail('quote-not-found', { sentence: input.sentence, quote: input.quote, occurrence: input.occurrence ?? 1 });
  }
  return { ok: true, span: input.occurrence === undefined || input.occurrence === 1 ? { sentence: input.sentence, quote: input.quote } : input };
}

// ---------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------

export interface EntityFields {
  type: string;
  label: Bilingual;
  aliases?: Aliases;
  description?: LocalizedNote;
  qualifiers?: LocalizedNote;
  note?: LocalizedNote;
}

export interface AddEntityArgs extends EntityFields {
  /** Defaults to `newId(doc, label.en)`. */
  id?: string;
  /** The selection the entity is made from; optional, mentions can follow. */
  mention?: SpanInput;
}

export function addEntity(doc: AnnotationDoc, args: AddEntityArgs): CreateResult {
  const label = cleanLabel(args.label);
  if (!label.ok) return label;
  const id = args.id ?? newId(doc, label.value.en);
  if (!KEBAB_ID.test(id)) return fail('invalid-id', { id });
  if (doc.entities.some((e) => e.id === id)) return fail('duplicate-id', { id });
  if (!doc.nodeTypes.some((t) => t.id === args.type)) return fail('unknown-node-type', { id: args.type });
  const taken = entityLabelTaken(doc, label.value);
  if (taken) return fail('label-taken', taken);
  const mentions: SpanRef[] = [];
  if (args.mention !== undefined) {
    const span = resolveSpan(doc, args.mention);
    if (!span.ok) return span;
    mentions.push(span.span);
  }
  const entity: Entity = {
    id,
    type: args.type,
    label: label.value,
    mentions,
    ...(args.aliases === undefined ? {} : { aliases: args.aliases }),
    ...(args.description === undefined ? {} : { description: args.description }),
    ...(args.qualifiers === undefined ? {} : { qualifiers: args.qualifiers }),
    ...(args.note === undefined ? {} : { note: args.note }),
  };
  return { ok: true, doc: { ...doc, entities: [...doc.entities, entity] }, id };
}

export function addMention(doc: AnnotationDoc, entityId: string, input: SpanInput): Result {
  const entity = doc.entities.find((e) => e.id === entityId);
  if (entity === undefined) return fail('unknown-entity', { id: entityId });
  const span = resolveSpan(doc, input);
  if (!span.ok) return span;
  if (entity.mentions.some((m) => sameSpan(m, span.span))) return fail('duplicate-mention', { id: entityId, quote: span.span.quote });
  return { ok: true, doc: replaceEntity(doc, { ...entity, mentions: [...entity.mentions, span.span] }) };
}

export function removeMention(doc: AnnotationDoc, entityId: string, index: number): Result {
  const entity = doc.entities.find((e) => e.id === entityId);
  if (entity === undefined) return fail('unknown-entity', { id: entityId });
  if (index < 0 || index >= entity.mentions.length) return fail('unknown-mention', { id: entityId, index });
  return { ok: true, doc: replaceEntity(doc, { ...entity, mentions: entity.mentions.filter((_, i) => i !== index) }) };
}

export interface EntityPatch {
  type?: string;
  label?: Bilingual;
  aliases?: Aliases | null;
  description?: LocalizedNote | null;
  qualifiers?: LocalizedNote | null;
  note?: LocalizedNote | null;
}

/** Rename, retype, set aliases and notes. The id never changes, so references stay valid. */
export function updateEntity(doc: AnnotationDoc, id: string, patch: EntityPatch): Result {
  const entity = doc.entities.find((e) => e.id === id);
  if (entity === undefined) return fail('unknown-entity', { id });
  if (patch.type !== undefined && !doc.nodeTypes.some((t) => t.id === patch.type)) return fail('unknown-node-type', { id: patch.type });
  let label = entity.label;
  if (patch.label !== undefined) {
    const cleaned = cleanLabel(patch.label);
    if (!cleaned.ok) return cleaned;
    const taken = entityLabelTaken(doc, cleaned.value, id);
    if (taken) return fail('label-taken', taken);
    label = cleaned.value;
  }
  const next: Entity = { ...entity, type: patch.type ?? entity.type, label };
  for (const key of ['aliases', 'description', 'qualifiers', 'note'] as const) {
    if (patch[key] === null) delete next[key];
    else if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  return { ok: true, doc: replaceEntity(doc, next) };
}

export interface MergeReport {
  /** Relations between the two entities, dropped because they would point at themselves. */
  droppedSelfRelations: string[];
  /** Relations that became equal to another (same source, type, target) and were folded into it. */
  mergedRelations: { kept: string; dropped: string }[];
}

/**
 * Merge `dropId` into `keepId`: the dropped entity's mentions, labels and aliases join
 * the kept one (as aliases), and every relation, attribution and evidence follows.
 * Relations that would become self-relations are dropped and reported; relations that
 * become duplicates are folded together (evidence united, the first one's fields kept).
 */
export function mergeEntities(
  doc: AnnotationDoc,
  keepId: string,
  dropId: string,
): { ok: true; doc: AnnotationDoc; report: MergeReport } | { ok: false; error: EditError } {
  if (keepId === dropId) return fail('same-entity', { id: keepId });
  const keep = doc.entities.find((e) => e.id === keepId);
  const drop = doc.entities.find((e) => e.id === dropId);
  if (keep === undefined) return fail('unknown-entity', { id: keepId });
  if (drop === undefined) return fail('unknown-entity', { id: dropId });

  const mentions = [...keep.mentions];
  for (const m of drop.mentions) if (!mentions.some((k) => sameSpan(k, m))) mentions.push(m);
  const aliases = mergeAliases(keep, drop);
  const merged: Entity = { ...keep, mentions };
  if (aliases !== undefined) merged.aliases = aliases;
  const entities = doc.entities.filter((e) => e.id !== dropId).map((e) => (e.id === keepId ? merged : e));

  const report: MergeReport = { droppedSelfRelations: [], mergedRelations: [] };
  const swap = (id: string) => (id === dropId ? keepId : id);
  const relations: AnnotationRelation[] = [];
  for (const r of doc.relations) {
    const moved: AnnotationRelation = { ...r, source: swap(r.source), target: swap(r.target) };
    if (r.attributedTo !== undefined) moved.attributedTo = swap(r.attributedTo);
    if (moved.source === moved.target) {
      report.droppedSelfRelations.push(r.id);
      continue;
    }
    // Only relations the merge changed are folded: duplicates that were already there stay as they were.
    const touched = r.source === dropId || r.target === dropId;
    const twin = touched ? relations.findIndex((k) => sameTriple(doc, k, moved)) : -1;
    const existing = relations[twin];
    if (existing === undefined) {
      relations.push(moved);
      continue;
    }
    const evidence = [...existing.evidence];
    for (const e of moved.evidence) if (!evidence.some((k) => sameSpan(k, e))) evidence.push(e);
    const folded: AnnotationRelation = { ...existing, evidence };
    if (folded.attributedTo === undefined && moved.attributedTo !== undefined) folded.attributedTo = moved.attributedTo;
    relations[twin] = folded;
    report.mergedRelations.push({ kept: existing.id, dropped: r.id });
  }
  return { ok: true, doc: { ...doc, entities, relations }, report };
}

/** What deleting an entity takes with it, for the confirmation text. */
export function describeDeletion(
  doc: AnnotationDoc,
  id: string,
): { relations: string[]; attributedRelations: string[]; mentions: number } {
  const entity = doc.entities.find((e) => e.id === id);
  const relations = doc.relations.filter((r) => r.source === id || r.target === id).map((r) => r.id);
  const attributedRelations = doc.relations
    .filter((r) => r.attributedTo === id && r.source !== id && r.target !== id)
    .map((r) => r.id);
  return { relations, attributedRelations, mentions: entity?.mentions.length ?? 0 };
}

/** Delete an entity, its relations, and its name from the attributions of other relations (those relations stay). */
export function deleteEntity(doc: AnnotationDoc, id: string): Result {
  if (!doc.entities.some((e) => e.id === id)) return fail('unknown-entity', { id });
  const relations = doc.relations
    .filter((r) => r.source !== id && r.target !== id)
    .map((r) => {
      if (r.attributedTo !== id) return r;
      const rest = { ...r };
      delete rest.attributedTo;
      return rest;
    });
  return { ok: true, doc: { ...doc, entities: doc.entities.filter((e) => e.id !== id), relations } };
}

// ---------------------------------------------------------------------------------------
// Relation types
// ---------------------------------------------------------------------------------------

export interface AddRelationTypeArgs {
  id?: string;
  label: Bilingual;
  /** An existing category id, or a new category with its labels. */
  category: string | { id?: string; label: Bilingual };
  directed: boolean;
}

/** A new relation type; its label must be unique in each language (case and spacing ignored). */
export function addRelationType(doc: AnnotationDoc, args: AddRelationTypeArgs): CreateResult {
  const label = cleanLabel(args.label);
  if (!label.ok) return label;
  const id = args.id ?? newId(doc, label.value.en);
  if (!KEBAB_ID.test(id)) return fail('invalid-id', { id });
  if (doc.relationTypes.some((t) => t.id === id)) return fail('duplicate-id', { id });
  for (const lang of ['ar', 'en'] as const) {
    const clash = doc.relationTypes.find((t) => sameLabel(t.label[lang], label.value[lang]));
    if (clash) return fail('label-taken', { lang, label: label.value[lang], id: clash.id });
  }
  let categories = doc.categories;
  let category: string;
  if (typeof args.category === 'string') {
    category = args.category;
    if (!KEBAB_ID.test(category)) return fail('invalid-id', { id: category });
  } else {
    const catLabel = cleanLabel(args.category.label);
    if (!catLabel.ok) return catLabel;
    category = args.category.id ?? newId(doc, catLabel.value.en);
    if (!KEBAB_ID.test(category)) return fail('invalid-id', { id: category });
    if ((doc.categories ?? []).some((c) => c.id === category)) return fail('duplicate-id', { id: category });
    categories = [...(doc.categories ?? []), { id: category, label: catLabel.value }];
  }
  const type: RelationType = { id, label: label.value, category, directed: args.directed };
  const next: AnnotationDoc = { ...doc, relationTypes: [...doc.relationTypes, type] };
  if (categories !== undefined) next.categories = categories;
  return { ok: true, doc: next, id };
}

// ---------------------------------------------------------------------------------------
// Vocabulary: entity types, relation types and categories, edited in place
// ---------------------------------------------------------------------------------------

/** A new entity type; its label must be unique in each language among entity types. */
export function addNodeType(doc: AnnotationDoc, args: { id?: string; label: Bilingual; description?: LocalizedNote }): CreateResult {
  const label = cleanLabel(args.label);
  if (!label.ok) return label;
  const id = args.id ?? newId(doc, label.value.en);
  if (!KEBAB_ID.test(id)) return fail('invalid-id', { id });
  if (doc.nodeTypes.some((t) => t.id === id)) return fail('duplicate-id', { id });
  const clash = labelClash(doc.nodeTypes, label.value);
  if (clash) return fail('label-taken', clash);
  const type: NodeType = { id, label: label.value, ...(args.description === undefined ? {} : { description: args.description }) };
  return { ok: true, doc: { ...doc, nodeTypes: [...doc.nodeTypes, type] }, id };
}

/**
 * Rename an entity type or give it its own colour (`null` returns it to the palette's); its
 * id, and so every entity of the type, stays.
 */
export function updateNodeType(doc: AnnotationDoc, id: string, patch: LookPatch): Result {
  const type = doc.nodeTypes.find((t) => t.id === id);
  if (type === undefined) return fail('unknown-node-type', { id });
  const next = patched(doc.nodeTypes, type, patch);
  if (!next.ok) return next;
  return next.value === type ? { ok: true, doc } : { ok: true, doc: { ...doc, nodeTypes: doc.nodeTypes.map((t) => (t.id === id ? next.value : t)) } };
}

/** A new label and/or colour for a type or a category. */
type LookPatch = { label?: Bilingual; color?: string | null };

/** `item` with the patch applied: a label checked against its siblings' labels, a colour checked. */
function patched<T extends { id: string; label: Bilingual; color?: string | undefined }>(siblings: readonly T[], item: T, patch: LookPatch): { ok: true; value: T } | { ok: false; error: EditError } {
  let next = item;
  if (patch.label !== undefined) {
    const label = cleanLabel(patch.label);
    if (!label.ok) return label;
    const clash = labelClash(siblings, label.value, item.id);
    if (clash) return fail('label-taken', clash);
    next = { ...next, label: label.value };
  }
  if (patch.color !== undefined) return withColor(next, patch.color);
  return { ok: true, value: next };
}

/** `item` with its own colour set (lowercased) or, for `null`, removed. */
function withColor<T extends { color?: string | undefined }>(item: T, color: string | null): { ok: true; value: T } | { ok: false; error: EditError } {
  if (color === null) {
    if (item.color === undefined) return { ok: true, value: item };
    const rest = { ...item };
    delete rest.color;
    return { ok: true, value: rest };
  }
  if (!ColorSchema.safeParse(color).success) return fail('invalid-color', { color });
  const value = color.toLowerCase();
  return { ok: true, value: item.color === value ? item : { ...item, color: value } };
}

/** Remove an entity type no entity has; one in use is refused with how many use it. */
export function removeNodeType(doc: AnnotationDoc, id: string): Result {
  if (!doc.nodeTypes.some((t) => t.id === id)) return fail('unknown-node-type', { id });
  const count = doc.entities.filter((e) => e.type === id).length;
  if (count > 0) return fail('type-in-use', { id, count });
  return { ok: true, doc: { ...doc, nodeTypes: doc.nodeTypes.filter((t) => t.id !== id) } };
}

/**
 * Rename a relation type, move it to another category, or change its direction. Making it
 * undirected is refused while two of its relations join the same two entities both ways
 * (they would become one relation twice).
 */
export function updateRelationType(doc: AnnotationDoc, id: string, patch: { label?: Bilingual; category?: string; directed?: boolean }): Result {
  const type = doc.relationTypes.find((t) => t.id === id);
  if (type === undefined) return fail('unknown-relation-type', { id });
  let label = type.label;
  if (patch.label !== undefined) {
    const cleaned = cleanLabel(patch.label);
    if (!cleaned.ok) return cleaned;
    const clash = labelClash(doc.relationTypes, cleaned.value, id);
    if (clash) return fail('label-taken', clash);
    label = cleaned.value;
  }
  const category = patch.category ?? type.category;
  if (patch.category !== undefined && !(doc.categories ?? []).some((c) => c.id === category)) return fail('unknown-category', { id: category });
  const directed = patch.directed ?? type.directed;
  if (!directed && type.directed) {
    const of = doc.relations.filter((r) => r.type === id);
    const twin = of.find((a) => of.some((b) => b !== a && b.source === a.target && b.target === a.source));
    if (twin) return fail('undirected-twins', { id: twin.id });
  }
  // A new label no longer matches the old one's agreeing forms.
  const next: RelationType = { ...type, label, category, directed };
  if (patch.label !== undefined && (patch.label.ar.trim() !== type.label.ar || patch.label.en.trim() !== type.label.en)) delete next.forms;
  return { ok: true, doc: { ...doc, relationTypes: doc.relationTypes.map((t) => (t.id === id ? next : t)) } };
}

/** Remove a relation type no relation has. */
export function removeRelationType(doc: AnnotationDoc, id: string): Result {
  if (!doc.relationTypes.some((t) => t.id === id)) return fail('unknown-relation-type', { id });
  const count = doc.relations.filter((r) => r.type === id).length;
  if (count > 0) return fail('type-in-use', { id, count });
  return { ok: true, doc: { ...doc, relationTypes: doc.relationTypes.filter((t) => t.id !== id) } };
}

/** A new category of relation types. */
export function addCategory(doc: AnnotationDoc, args: { id?: string; label: Bilingual }): CreateResult {
  const label = cleanLabel(args.label);
  if (!label.ok) return label;
  const id = args.id ?? newId(doc, label.value.en);
  if (!KEBAB_ID.test(id)) return fail('invalid-id', { id });
  const categories = doc.categories ?? [];
  if (categories.some((c) => c.id === id)) return fail('duplicate-id', { id });
  const clash = labelClash(categories, label.value);
  if (clash) return fail('label-taken', clash);
  return { ok: true, doc: { ...doc, categories: [...categories, { id, label: label.value }] }, id };
}

/** Rename a relation category or give it its own colour (`null` returns it to the palette's). */
export function updateCategory(doc: AnnotationDoc, id: string, patch: LookPatch): Result {
  const categories = doc.categories ?? [];
  const category = categories.find((c) => c.id === id);
  if (category === undefined) return fail('unknown-category', { id });
  const next = patched(categories, category, patch);
  if (!next.ok) return next;
  return next.value === category ? { ok: true, doc } : { ok: true, doc: { ...doc, categories: categories.map((c) => (c.id === id ? next.value : c)) } };
}

/** Remove a category no relation type is in. */
export function removeCategory(doc: AnnotationDoc, id: string): Result {
  const categories = doc.categories ?? [];
  if (!categories.some((c) => c.id === id)) return fail('unknown-category', { id });
  const count = doc.relationTypes.filter((t) => t.category === id).length;
  if (count > 0) return fail('category-in-use', { id, count });
  return { ok: true, doc: { ...doc, categories: categories.filter((c) => c.id !== id) } };
}

function labelClash(list: readonly { id: string; label: Bilingual }[], label: Bilingual, except?: string): Record<string, string> | null {
  for (const lang of ['ar', 'en'] as const) {
    const clash = list.find((t) => t.id !== except && sameLabel(t.label[lang], label[lang]));
    if (clash) return { lang, label: label[lang], id: clash.id };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------

export interface AddRelationArgs {
  /** Defaults to `<source>-<type>-<target>`, made unique. */
  id?: string;
  source: string;
  target: string;
  type: string;
  evidence: SpanInput;
  attributedTo?: string;
  inferred?: boolean;
  qualifiers?: LocalizedNote;
  note?: LocalizedNote;
}

export function addRelation(doc: AnnotationDoc, args: AddRelationArgs): CreateResult {
  const refs = checkRelationRefs(doc, args.source, args.target, args.type, args.attributedTo);
  if (refs) return { ok: false, error: refs };
  const twin = doc.relations.find((r) => sameTriple(doc, r, args));
  if (twin) return fail('relation-exists', { id: twin.id });
  const id = args.id ?? newId(doc, `${args.source}-${args.type}-${args.target}`);
  if (!KEBAB_ID.test(id)) return fail('invalid-id', { id });
  if (doc.relations.some((r) => r.id === id)) return fail('duplicate-id', { id });
  const span = resolveSpan(doc, args.evidence);
  if (!span.ok) return span;
  const relation: AnnotationRelation = { id, source: args.source, target: args.target, type: args.type, evidence: [span.span] };
  if (args.attributedTo !== undefined) relation.attributedTo = args.attributedTo;
  if (args.inferred === true) relation.inferred = true;
  if (args.qualifiers !== undefined) relation.qualifiers = args.qualifiers;
  if (args.note !== undefined) relation.note = args.note;
  return { ok: true, doc: { ...doc, relations: [...doc.relations, relation] }, id };
}

export function addEvidence(doc: AnnotationDoc, relationId: string, input: SpanInput): Result {
  const relation = doc.relations.find((r) => r.id === relationId);
  if (relation === undefined) return fail('unknown-relation', { id: relationId });
  const span = resolveSpan(doc, input);
  if (!span.ok) return span;
  if (relation.evidence.some((e) => sameSpan(e, span.span))) return fail('duplicate-evidence', { id: relationId, quote: span.span.quote });
  return { ok: true, doc: replaceRelation(doc, { ...relation, evidence: [...relation.evidence, span.span] }) };
}

/** Remove one evidence item; the last one stays, since a relation must rest on the text. */
export function removeEvidence(doc: AnnotationDoc, relationId: string, index: number): Result {
  const relation = doc.relations.find((r) => r.id === relationId);
  if (relation === undefined) return fail('unknown-relation', { id: relationId });
  if (index < 0 || index >= relation.evidence.length) return fail('unknown-evidence', { id: relationId, index });
  if (relation.evidence.length === 1) return fail('last-evidence', { id: relationId });
  return { ok: true, doc: replaceRelation(doc, { ...relation, evidence: relation.evidence.filter((_, i) => i !== index) }) };
}

export interface RelationPatch {
  type?: string;
  source?: string;
  target?: string;
  attributedTo?: string | null;
  /** true marks the relation as implied rather than stated; false or null clears the mark. */
  inferred?: boolean | null;
  qualifiers?: LocalizedNote | null;
  note?: LocalizedNote | null;
}

export function updateRelation(doc: AnnotationDoc, id: string, patch: RelationPatch): Result {
  const relation = doc.relations.find((r) => r.id === id);
  if (relation === undefined) return fail('unknown-relation', { id });
  const source = patch.source ?? relation.source;
  const target = patch.target ?? relation.target;
  const type = patch.type ?? relation.type;
  const attributedTo = patch.attributedTo === undefined ? relation.attributedTo : (patch.attributedTo ?? undefined);
  const refs = checkRelationRefs(doc, source, target, type, attributedTo);
  if (refs) return { ok: false, error: refs };
  const twin = doc.relations.find((r) => r.id !== id && sameTriple(doc, r, { source, target, type }));
  if (twin) return fail('relation-exists', { id: twin.id });
  const next: AnnotationRelation = { id, source, target, type, evidence: relation.evidence };
  if (attributedTo !== undefined) next.attributedTo = attributedTo;
  const inferred = patch.inferred === undefined ? relation.inferred : patch.inferred === true ? true : undefined;
  if (inferred !== undefined) next.inferred = inferred;
  const qualifiers = patch.qualifiers === undefined ? relation.qualifiers : patch.qualifiers;
  if (qualifiers != null) next.qualifiers = qualifiers;
  const note = patch.note === undefined ? relation.note : patch.note;
  if (note != null) next.note = note;
  return { ok: true, doc: replaceRelation(doc, next) };
}

export function deleteRelation(doc: AnnotationDoc, id: string): Result {
  if (!doc.relations.some((r) => r.id === id)) return fail('unknown-relation', { id });
  return { ok: true, doc: { ...doc, relations: doc.relations.filter((r) => r.id !== id) } };
}

// ---------------------------------------------------------------------------------------
// Article
// ---------------------------------------------------------------------------------------

/** Set a sentence's English translation (its text is verbatim and is never edited). */
export function updateSentence(doc: AnnotationDoc, id: string, patch: { en: string }): Result {
  if (!doc.sentences.some((s) => s.id === id)) return fail('unknown-sentence', { id });
  return { ok: true, doc: { ...doc, sentences: doc.sentences.map((s) => (s.id === id ? { ...s, en: patch.en } : s)) } };
}

export function updateArticle(
  doc: AnnotationDoc,
  patch: { title?: Bilingual; lang?: string; source?: string; notes?: LocalizedNote | null },
): Result {
  let title = doc.article.title;
  if (patch.title !== undefined) {
    const cleaned = cleanLabel(patch.title);
    if (!cleaned.ok) return cleaned;
    title = cleaned.value;
  }
  const article = { title, lang: patch.lang ?? doc.article.lang, source: patch.source ?? doc.article.source };
  const next: AnnotationDoc = { ...doc, article };
  if (patch.notes === null) delete next.notes;
  else if (patch.notes !== undefined) next.notes = patch.notes;
  return { ok: true, doc: next };
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

function cleanLabel(label: Bilingual): { ok: true; value: Bilingual } | { ok: false; error: EditError } {
  const ar = label.ar.trim();
  const en = label.en.trim();
  if (ar === '') return fail('empty-label', { lang: 'ar' });
  if (en === '') return fail('empty-label', { lang: 'en' });
  return { ok: true, value: { ar, en } };
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

function entityLabelTaken(doc: AnnotationDoc, label: Bilingual, except?: string): Record<string, string> | null {
  for (const lang of ['ar', 'en'] as const) {
    const clash = doc.entities.find((e) => e.id !== except && sameLabel(e.label[lang], label[lang]));
    if (clash) return { lang, label: label[lang], id: clash.id };
  }
  return null;
}

function checkRelationRefs(
  doc: AnnotationDoc,
  source: string,
  target: string,
  type: string,
  attributedTo: string | undefined,
): EditError | null {
  for (const id of [source, target, ...(attributedTo === undefined ? [] : [attributedTo])]) {
    if (!doc.entities.some((e) => e.id === id)) return { code: 'unknown-entity', params: { id } };
  }
  if (source === target) return { code: 'self-relation', params: { id: source } };
  if (!doc.relationTypes.some((t) => t.id === type)) return { code: 'unknown-relation-type', params: { id: type } };
  return null;
}

/** Same source, type and target; for an undirected type the two ends may be swapped. */
function sameTriple(doc: AnnotationDoc, a: Pick<AnnotationRelation, 'source' | 'target' | 'type'>, b: Pick<AnnotationRelation, 'source' | 'target' | 'type'>): boolean {
  if (a.type !== b.type) return false;
  if (a.source === b.source && a.target === b.target) return true;
  const directed = doc.relationTypes.find((t) => t.id === a.type)?.directed ?? true;
  return !directed && a.source === b.target && a.target === b.source;
}

function mergeAliases(keep: Entity, drop: Entity): Aliases | undefined {
  const out: Aliases = {};
  for (const lang of ['ar', 'en'] as const) {
    const names = [...(keep.aliases?.[lang] ?? [])];
    for (const name of [drop.label[lang], ...(drop.aliases?.[lang] ?? [])]) {
      if (!sameLabel(name, keep.label[lang]) && !names.some((n) => sameLabel(n, name))) names.push(name);
    }
    if (names.length > 0) out[lang] = names;
  }
  return out.ar === undefined && out.en === undefined ? keep.aliases : out;
}

function replaceEntity(doc: AnnotationDoc, entity: Entity): AnnotationDoc {
  return { ...doc, entities: doc.entities.map((e) => (e.id === entity.id ? entity : e)) };
}

function replaceRelation(doc: AnnotationDoc, relation: AnnotationRelation): AnnotationDoc {
  return { ...doc, relations: doc.relations.map((r) => (r.id === relation.id ? relation : r)) };
}
