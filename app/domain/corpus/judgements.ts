import type { Graph } from '../schema';
import { samePair, sameRef, type Corpus, type EntityRef, type Judgement } from './schema';

/**
 * The user's merge decisions as pure producers of a new corpus: each replaces any earlier
 * judgement of the same pair, so the corpus never holds both verdicts for one pair.
 */

function judge(corpus: Corpus, verdict: Judgement['verdict'], a: EntityRef, b: EntityRef, date: string, note?: string): Corpus {
  const pair: [EntityRef, EntityRef] = [{ ...a }, { ...b }];
  const judgement: Judgement = { verdict, entities: pair, date, ...(note ? { note } : {}) };
  return { ...corpus, judgements: [...corpus.judgements.filter((j) => !samePair(j.entities, pair)), judgement] };
}

export function confirmMerge(corpus: Corpus, a: EntityRef, b: EntityRef, date: string, note?: string): Corpus {
  return judge(corpus, 'same', a, b, date, note);
}

export function rejectMerge(corpus: Corpus, a: EntityRef, b: EntityRef, date: string, note?: string): Corpus {
  return judge(corpus, 'different', a, b, date, note);
}

/**
 * Take one article's entity out of a merged node: it is judged different from every
 * other member, so neither a judgement nor a shared IRI joins it to them again.
 */
export function splitOff(corpus: Corpus, members: readonly EntityRef[], ref: EntityRef, date: string, note?: string): Corpus {
  let next = corpus;
  for (const other of members) if (!sameRef(other, ref)) next = judge(next, 'different', ref, other, date, note);
  return next;
}

/** Add an article (its graph already read) to a corpus; its id is made unique. */
export function addArticle(
  corpus: Corpus,
  graph: Graph,
  meta: { graph: string; published: string; source?: string },
): { corpus: Corpus; articleId: string } {
  let articleId = graph.id;
  for (let n = 2; corpus.articles.some((a) => a.id === articleId); n++) articleId = `${graph.id}-${n}`;
  const article = {
    id: articleId,
    graph: meta.graph,
    title: graph.article.title,
    source: meta.source ?? graph.article.source,
    published: meta.published,
    lang: graph.article.lang,
  };
  return { corpus: { ...corpus, articles: [...corpus.articles, article] }, articleId };
}
