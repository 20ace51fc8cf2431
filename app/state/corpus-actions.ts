import { registerAddedGraph } from '../data/corpus-files';
import type { CorpusArticle } from '../domain/corpus/schema';
import type { Graph } from '../domain/schema';
import { useAppStore } from './store';

/**
 * Add a compiled graph (an authoring draft's preview graph) to the corpus open in the
 * explorer, as an article published on `published`; the merge then shows the suggestions
 * it brings. False when no corpus is open. The graph's text is kept for every later merge.
 */
export function addGraphToOpenCorpus(graph: Graph, published: string): boolean {
  const state = useAppStore.getState();
  if (state.source.kind !== 'corpus') return false;
  const article: CorpusArticle = {
    id: graph.id,
    graph: registerAddedGraph(JSON.stringify(graph)),
    title: graph.article.title,
    source: graph.article.source,
    published,
    lang: graph.article.lang,
  };
  const edits = state.corpusEdits ?? {};
  state.setCorpusEdits({ ...edits, added: [...(edits.added ?? []), article] });
  return true;
}
