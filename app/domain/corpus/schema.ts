import { z } from 'zod';
import { BilingualSchema, ISO_DATE_OR_INTERVAL, LIMITS } from '../schema';
import { MAX_CORPUS_ARTICLES } from './limits';

/**
 * A corpus: several articles' graph files read as one knowledge graph. Identity across
 * articles is data, never a guess: an entity may carry `sameAs` IRIs, and each merge or
 * refusal to merge is a judgement with a note and a date, which can be reversed.
 */

export const CORPUS_FORMAT = 'article-graph-corpus';

export { MAX_CORPUS_ARTICLES, MAX_CORPUS_CHARS } from './limits';

const id = z.string().min(1, 'must not be empty').max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ascii kebab-case').max(LIMITS.idLength);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO 8601 date (YYYY-MM-DD)');

export const EntityRefSchema = z.object({ article: id, entity: id });

export const CorpusArticleSchema = z.object({
  id: kebab,
  /** The article's graph file, relative to the corpus file. */
  graph: z.string().min(1, 'must not be empty').max(1000),
  title: BilingualSchema,
  source: z.string().max(LIMITS.noteLength),
  published: isoDay,
  lang: z.string().min(2).max(20),
});

/** IRIs naming an entity of one article (a Wikidata entity IRI where the annotator knows it). */
export const CorpusIdentitySchema = EntityRefSchema.extend({
  sameAs: z.array(z.string().url('must be an IRI (http or https URL)').max(LIMITS.idLength)).min(1).max(LIMITS.aliases),
});

export const JudgementSchema = z.object({
  verdict: z.enum(['same', 'different']),
  entities: z.tuple([EntityRefSchema, EntityRefSchema]),
  note: z.string().max(LIMITS.noteLength).optional(),
  date: isoDay,
});

export const CorpusSchema = z.object({
  format: z.literal(CORPUS_FORMAT, `must be "${CORPUS_FORMAT}"`),
  version: z.literal(1, 'must be 1'),
  id: kebab,
  title: BilingualSchema,
  articles: z.array(CorpusArticleSchema).min(1, 'needs at least one article').max(MAX_CORPUS_ARTICLES),
  identities: z.array(CorpusIdentitySchema).max(LIMITS.nodes).optional(),
  judgements: z.array(JudgementSchema).max(LIMITS.nodes),
});

export type EntityRef = z.infer<typeof EntityRefSchema>;
export type CorpusArticle = z.infer<typeof CorpusArticleSchema>;
export type Judgement = z.infer<typeof JudgementSchema>;
export type Corpus = z.infer<typeof CorpusSchema>;

export { ISO_DATE_OR_INTERVAL };

/** One string per entity of one article, for maps and sets. */
export function refKey(ref: EntityRef): string {
  return `${ref.article}\u241f${ref.entity}`;
}

export function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.article === b.article && a.entity === b.entity;
}

/** The same unordered pair of entities. */
export function samePair(a: readonly [EntityRef, EntityRef], b: readonly [EntityRef, EntityRef]): boolean {
  return (sameRef(a[0], b[0]) && sameRef(a[1], b[1])) || (sameRef(a[0], b[1]) && sameRef(a[1], b[0]));
}
