import type { Corpus } from './schema';

/**
 * The corpus as a file: articles added in the browser are named by the graph file the
 * user saves beside it (`<article id>.graph.json`) instead of the page's own token.
 */
export function corpusForExport(corpus: Corpus): Corpus {
  return { ...corpus, articles: corpus.articles.map((a) => (a.graph.startsWith('added:') ? { ...a, graph: `${a.id}.graph.json` } : a)) };
}
