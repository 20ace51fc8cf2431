import { z } from 'zod';
import { KEBAB_ID } from './ids';

/**
 * The graph file contract (../shared/graph-contract.md) as a zod schema: the single
 * source of the app's graph types, and of the key order files are written in (fields are
 * declared in that order; see serialize.ts). Size caps are part of the contract because the app
 * loads other people's files: a 1 MB label must be refused with a message, not drawn.
 */

export const LIMITS = {
  idLength: 200,
  labelLength: 500,
  sentenceLength: 20_000,
  noteLength: 5_000,
  aliases: 50,
  mentions: 500,
  evidence: 200,
  sentences: 20_000,
  types: 500,
  nodes: 50_000,
  edges: 200_000,
} as const;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`);

const label = z.string().min(1, 'must not be empty').max(LIMITS.labelLength, `must be at most ${LIMITS.labelLength} characters`);

/** Text the graph states in both languages. */
export const BilingualSchema = z.object({ ar: label, en: label });

/** Free text where one language is enough (qualifiers, notes). */
const note = z.string().max(LIMITS.noteLength, `must be at most ${LIMITS.noteLength} characters`);
export const LocalizedNoteSchema = z
  .object({ en: note.optional(), ar: note.optional() })
  .refine((v) => v.ar !== undefined || v.en !== undefined, 'needs "ar" or "en"');

const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const SentenceSchema = z.object({
  id,
  role: z.enum(['title', 'lede', 'body']),
  text: z.string().min(1, 'must not be empty').max(LIMITS.sentenceLength),
  en: z.string().max(LIMITS.sentenceLength),
  /** In a graph merged from a corpus: the article the sentence belongs to. */
  article: id.optional(),
});

export const MentionSchema = z.object({
  sentence: id,
  start: offset,
  end: offset,
  text: z.string().min(1).max(LIMITS.sentenceLength),
  /** In a graph merged from a corpus: the article this mention is in. */
  article: id.optional(),
});

export const EvidenceSchema = z.object({
  sentence: id,
  start: offset,
  end: offset,
  quote: z.string().min(1).max(LIMITS.sentenceLength),
  /** In a graph merged from a corpus: the article whose words these are. */
  article: id.optional(),
  /** In a graph merged from a corpus: whose claim this is as that article states it (a node id). */
  attributedTo: id.optional(),
});

/**
 * An ISO 8601 calendar date (`2024-05-16`) or interval of two (`2024-05-16/2024-05-17`).
 * The calendar check (no 31 February) is done where the value is read (`parseIsoRange`).
 */
export const ISO_DATE_OR_INTERVAL = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

/** When a relation holds: the words of the article that say it, and the date they mean. */
export const TimeQualifierSchema = z.object({
  text: z.string().min(1, 'must not be empty').max(LIMITS.labelLength),
  value: z.string().regex(ISO_DATE_OR_INTERVAL, 'must be an ISO 8601 date (YYYY-MM-DD) or interval (YYYY-MM-DD/YYYY-MM-DD)'),
});

/** Metadata of one article of a graph merged from a corpus. */
export const ArticleMetaSchema = z.object({
  id,
  title: BilingualSchema,
  source: z.string().max(LIMITS.noteLength),
  published: z.string().regex(ISO_DATE_OR_INTERVAL, 'must be an ISO 8601 date (YYYY-MM-DD)'),
  lang: z.string().min(2).max(20),
});

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/** A colour of the user's choosing, written #rrggbb; it wins over the app's palette. */
export const COLOR_HEX = /^#[0-9a-fA-F]{6}$/;
export const ColorSchema = z.string().regex(COLOR_HEX, 'must be a colour written #rrggbb');

export const NodeTypeSchema = z.object({
  id,
  label: BilingualSchema,
  description: LocalizedNoteSchema.optional(),
  color: ColorSchema.optional(),
});

/**
 * Forms of a relation label that agree with its subject, where they differ from the
 * label itself (which is written for the subject most relations have). Arabic verbs,
 * adjectives and pronoun suffixes agree in gender and number; English verbs in number.
 */
export const RelationFormsSchema = z.object({
  ar: z
    .object({
      masculine: label.optional(),
      feminine: label.optional(),
      masculineDual: label.optional(),
      feminineDual: label.optional(),
      masculinePlural: label.optional(),
      femininePlural: label.optional(),
    })
    .optional(),
  en: z.object({ singular: label.optional(), plural: label.optional() }).optional(),
});

export const RelationTypeSchema = z.object({
  id,
  label: BilingualSchema,
  category: id,
  directed: z.boolean(),
  forms: RelationFormsSchema.optional(),
});

/** Optional labels for categories the app does not know by name. */
export const CategorySchema = z.object({ id, label: BilingualSchema, color: ColorSchema.optional() });

/**
 * The grammar of an entity's label, so a relation's words can agree with it. Arabic: a
 * plural of people agrees in the plural, any other plural in the feminine singular, a
 * dual (two nouns joined by "and") in the dual, masculine unless both are feminine.
 */
export const GrammarSchema = z.object({
  ar: z
    .object({
      gender: z.enum(['masculine', 'feminine']),
      number: z.enum(['singular', 'dual', 'plural']).optional(),
      human: z.boolean().optional(),
    })
    .optional(),
  en: z.object({ number: z.enum(['singular', 'plural']) }).optional(),
});

/** The same entity elsewhere, as an IRI. */
export const IriSchema = z.string().url('must be an IRI (http or https URL)').max(LIMITS.idLength);

export const NodeSchema = z.object({
  id,
  type: id,
  label: BilingualSchema,
  mentions: z.array(MentionSchema).max(LIMITS.mentions),
  aliases: z
    .object({
      ar: z.array(label).max(LIMITS.aliases).optional(),
      en: z.array(label).max(LIMITS.aliases).optional(),
    })
    .optional(),
  description: LocalizedNoteSchema.optional(),
  qualifiers: LocalizedNoteSchema.optional(),
  note: LocalizedNoteSchema.optional(),
  grammar: GrammarSchema.optional(),
  /** Stored layout position; when every node has one the app skips layout. */
  position: PositionSchema.optional(),
  /** IRIs of the same entity elsewhere (a Wikidata entity IRI where the annotator knows it). */
  sameAs: z.array(IriSchema).max(LIMITS.aliases).optional(),
  /** In a graph merged from a corpus: the entity of each article this node stands for. */
  members: z.array(z.object({ article: id, entity: id })).max(LIMITS.nodes).optional(),
});

export const EdgeSchema = z.object({
  id,
  source: id,
  target: id,
  type: id,
  /** At least one item whenever the graph has source text (validate.ts checks it). */
  evidence: z.array(EvidenceSchema).max(LIMITS.evidence),
  attributedTo: id.optional(),
  /** The text implies the relation without stating it; `note` says what it rests on. */
  inferred: z.boolean().optional(),
  qualifiers: LocalizedNoteSchema.optional(),
  /** The date the relation holds, as the text states it. */
  time: TimeQualifierSchema.optional(),
  note: LocalizedNoteSchema.optional(),
});

/** The date an article was published, and the address it is at. */
export const ARTICLE_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const HTTP_ADDRESS = /^https?:\/\/\S+$/i;

export const ArticleSchema = z.object({
  title: BilingualSchema,
  lang: z.string().min(2).max(20),
  source: z.string().max(LIMITS.noteLength),
  /** Who published the article, when (ISO date) and where, for the reader's "About" line. */
  outlet: label.optional(),
  published: z.string().regex(ARTICLE_DATE, 'must be a date written YYYY-MM-DD').optional(),
  url: z.string().max(2000).regex(HTTP_ADDRESS, 'must be an http or https address').optional(),
  /** The text is itself a translation (from this language; by a machine or not). */
  translation: z.object({ from: z.string().min(2).max(20), machine: z.boolean() }).optional(),
  /**
   * Empty for a graph without source text (one imported from GEXF, GraphML or a
   * spreadsheet): its edges then have no evidence and its nodes no mentions.
   */
  sentences: z.array(SentenceSchema).max(LIMITS.sentences),
});

export const GraphSchema = z.object({
  schemaVersion: z.literal(1, 'must be 1'),
  id: z.string().regex(KEBAB_ID, 'must be lowercase ascii kebab-case').max(LIMITS.idLength),
  article: ArticleSchema,
  notes: LocalizedNoteSchema.optional(),
  categories: z.array(CategorySchema).max(LIMITS.types).optional(),
  nodeTypes: z.array(NodeTypeSchema).min(1).max(LIMITS.types),
  relationTypes: z.array(RelationTypeSchema).min(1).max(LIMITS.types),
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
  /** A graph merged from a corpus lists its articles; evidence, mentions and sentences name them. */
  articles: z.array(ArticleMetaSchema).max(LIMITS.types).optional(),
});

export type Bilingual = z.infer<typeof BilingualSchema>;
export type LocalizedNote = z.infer<typeof LocalizedNoteSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type NodeType = z.infer<typeof NodeTypeSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type RelationForms = z.infer<typeof RelationFormsSchema>;
export type Grammar = z.infer<typeof GrammarSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Graph = z.infer<typeof GraphSchema>;
export type TimeQualifier = z.infer<typeof TimeQualifierSchema>;
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Lang = keyof Bilingual;
