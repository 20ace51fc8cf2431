import { formatSize } from '../format-size';
import type { Graph } from '../schema';
import { toJsonPath, type Problem } from '../validate';
import { CorpusSchema, MAX_CORPUS_CHARS, samePair, type Corpus, type EntityRef } from './schema';

/**
 * The corpus checks of `npm run validate` and of the browser: the shape (zod), then what
 * zod cannot see: one id per article, judgements and identities naming real entities,
 * and no pair of entities judged both the same and different. Problems carry JSON paths.
 */

export type CorpusParse = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

export function parseCorpusText(text: string, maxChars = MAX_CORPUS_CHARS): CorpusParse {
  if (text.length > maxChars) return { ok: false, problems: [{ path: '$', message: `corpus file is too large (${formatSize(text.length)}); the limit is ${formatSize(maxChars)}` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return parseCorpus(data);
}

export function parseCorpus(data: unknown): CorpusParse {
  const parsed = CorpusSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 200).map((i) => ({ path: toJsonPath(i.path), message: i.message })) };
  const problems = duplicateArticles(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, corpus: parsed.data };
}

function duplicateArticles(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  corpus.articles.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) problems.push({ path: `$.articles[${i}].id`, message: `duplicate article id "${a.id}" (also $.articles[${first}])` });
    else seen.set(a.id, i);
  });
  return problems;
}

/** References from the corpus into its articles' graphs, and judgements that contradict each other. */
export function checkCorpusReferences(corpus: Corpus, graphs: ReadonlyMap<string, Graph>): Problem[] {
  const problems: Problem[] = [];
  const checkRef = (path: string, ref: EntityRef) => {
    const graph = graphs.get(ref.article);
    if (!corpus.articles.some((a) => a.id === ref.article)) problems.push({ path: `${path}.article`, message: `unknown article "${ref.article}"` });
    else if (graph && !graph.nodes.some((n) => n.id === ref.entity)) problems.push({ path: `${path}.entity`, message: `article "${ref.article}" has no entity "${ref.entity}"` });
  };
  (corpus.identities ?? []).forEach((identity, i) => checkRef(`$.identities[${i}]`, identity));
  corpus.judgements.forEach((j, i) => {
    j.entities.forEach((ref, k) => checkRef(`$.judgements[${i}].entities[${k}]`, ref));
    if (j.entities[0].article === j.entities[1].article && j.entities[0].entity === j.entities[1].entity) {
      problems.push({ path: `$.judgements[${i}].entities`, message: 'judges an entity against itself' });
    }
    const earlier = corpus.judgements.findIndex((other, k) => k < i && samePair(other.entities, j.entities) && other.verdict !== j.verdict);
    if (earlier !== -1) {
      const [a, b] = j.entities;
      problems.push({
        path: `$.judgements[${i}].verdict`,
        message: `"${a.article}/${a.entity}" and "${b.article}/${b.entity}" are judged "${j.verdict}" here and "${corpus.judgements[earlier]?.verdict}" in $.judgements[${earlier}]`,
      });
    }
  });
  return problems;
}
