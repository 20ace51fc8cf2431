import { z } from 'zod';
import { KEBAB_ID } from '../ids';
import {
  ArticleSchema,
  CategorySchema,
  EdgeSchema,
  LIMITS,
  LocalizedNoteSchema,
  NodeSchema,
  NodeTypeSchema,
  RelationTypeSchema,
  SentenceSchema,
} from '../schema';

/**
 * The annotation document: the editable form of a graph. Offsets are never stored;
 * every mention and evidence item is a (sentence, quote, occurrence) reference that
 * `compileAnnotations` turns into offsets, so a document stays valid when a sentence
 * is merged or split and a person can write it by hand (JSON or YAML).
 *
 * Fields are declared in the order files are written in (serialize.ts).
 */

export const ANNOTATION_FORMAT = 'article-graph-annotations';

const id = z.string().min(1, 'must not be empty').max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`);

/** occurrence is 1-based: the n-th time `quote` appears in the sentence's text (overlaps count). */
export const SpanRefSchema = z.object({
  sentence: id,
  quote: z.string().min(1, 'must not be empty').max(LIMITS.sentenceLength),
  occurrence: z.number().int('must be a whole number').min(1, 'is 1-based: must be at least 1').optional(),
});

/**
 * A sentence is the graph file's own: verbatim text, refused when empty and never
 * trimmed, and a translation that may stay empty while the work is in progress.
 */
export const AnnotationSentenceSchema = SentenceSchema;

/**
 * An entity is a graph node whose mentions are span references, not offsets. They are
 * written after what describes the entity (and before its position), so a person reads
 * who it is before where it is mentioned.
 */
export const EntitySchema = NodeSchema.omit({ mentions: true, position: true }).extend({
  mentions: z.array(SpanRefSchema).max(LIMITS.mentions),
  position: NodeSchema.shape.position,
});

/**
 * A relation is a graph edge whose evidence is span references; it may have none yet
 * while the work is in progress (the compiler reports it).
 */
export const AnnotationRelationSchema = EdgeSchema.extend({
  evidence: z.array(SpanRefSchema).max(LIMITS.evidence),
});

export const AnnotationDocSchema = z.object({
  format: z.literal(ANNOTATION_FORMAT, `must be "${ANNOTATION_FORMAT}"`),
  version: z.literal(1, 'must be 1'),
  id: z.string().regex(KEBAB_ID, 'must be lowercase ascii kebab-case').max(LIMITS.idLength),
  article: ArticleSchema.omit({ sentences: true }),
  sentences: z.array(AnnotationSentenceSchema).max(LIMITS.sentences),
  notes: LocalizedNoteSchema.optional(),
  categories: z.array(CategorySchema).max(LIMITS.types).optional(),
  nodeTypes: z.array(NodeTypeSchema).max(LIMITS.types),
  relationTypes: z.array(RelationTypeSchema).max(LIMITS.types),
  entities: z.array(EntitySchema).max(LIMITS.nodes),
  relations: z.array(AnnotationRelationSchema).max(LIMITS.edges),
});

export type SpanRef = z.infer<typeof SpanRefSchema>;
export type AnnotationSentence = z.infer<typeof AnnotationSentenceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Aliases = NonNullable<Entity['aliases']>;
export type AnnotationRelation = z.infer<typeof AnnotationRelationSchema>;
export type AnnotationDoc = z.infer<typeof AnnotationDocSchema>;

/**
 * A refusal the UI translates: `code` is a stable key (e.g. `self-relation`), `params`
 * fill the message (ids, sizes, labels).
 */
export interface EditError {
  code: EditErrorCode;
  params?: Record<string, string | number>;
}

/**
 * Every code an edit, a sentence edit or the intake can return (warnings included), for
 * the UI's dictionaries. A unit test keeps the list in step with the code.
 */
export const EDIT_ERROR_CODES = [
  // spans and sentences
  'unknown-sentence',
  'span-crosses-sentences',
  'span-out-of-range',
  'empty-span',
  'splits-character',
  'quote-not-found',
  'no-next-sentence',
  'invalid-split',
  'empty-sentence',
  'split-inside-span',
  // ids and labels
  'invalid-id',
  'duplicate-id',
  'empty-label',
  'label-taken',
  'invalid-color',
  // entities
  'unknown-entity',
  'unknown-node-type',
  'duplicate-mention',
  'unknown-mention',
  'same-entity',
  // relations
  'unknown-relation',
  'unknown-relation-type',
  'self-relation',
  'relation-exists',
  'duplicate-evidence',
  'unknown-evidence',
  'last-evidence',
  // vocabulary
  'type-in-use',
  'category-in-use',
  'unknown-category',
  'undirected-twins',
  // intake
  'empty',
  'binary',
  'too-large',
  'bidi-controls',
] as const;

export type EditErrorCode = (typeof EDIT_ERROR_CODES)[number];

export type EditResult = { ok: true; doc: AnnotationDoc } | { ok: false; error: EditError };

/** A problem found while reading or compiling a document, with the path of the offending field. */
export interface AnnotationProblem {
  /** e.g. `relations[3].evidence[0]` */
  path: string;
  message: string;
  /** For what is worth a look, what it is, so the app can say it in the reader's language. */
  advice?: { kind: 'no-relation'; entity: string } | { kind: 'empty-graph' };
}

/** Parse untrusted data (a file, IndexedDB) as a document; problems carry paths like `entities[2].label.en`. */
export function parseAnnotationDoc(
  data: unknown,
): { ok: true; doc: AnnotationDoc } | { ok: false; problems: AnnotationProblem[] } {
  const parsed = AnnotationDocSchema.safeParse(data);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 200).map((issue) => ({ path: docPath(issue.path), message: issue.message })),
  };
}

/** `['relations', 3, 'evidence', 0]` -> `relations[3].evidence[0]` */
export function docPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out === '' ? '(document)' : out;
}
