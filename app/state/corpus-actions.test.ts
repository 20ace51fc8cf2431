import { describe, expect, it } from 'vitest';
import { addedGraphText } from '../data/corpus-files';
import { runCorpusRequest } from '../data/corpus-run';
import { smallGraph } from '../test/fixtures';
import { addGraphToOpenCorpus } from './corpus-actions';
import { useAppStore } from './store';

describe('addGraphToOpenCorpus', () => {
  it('needs an open corpus', () => {
    useAppStore.getState().openGraph({ kind: 'bundled', id: 'putin-china-visit' });
    expect(addGraphToOpenCorpus(smallGraph(), '2026-12-07')).toBe(false);
    expect(useAppStore.getState().corpusEdits).toBeNull();
  });

  it('adds the graph as an article the next merge reads, with its suggestions', () => {
    useAppStore.getState().openGraph({ kind: 'corpus', ref: { from: 'url', url: '/c.corpus.json' } });
    const graph = smallGraph();
    expect(addGraphToOpenCorpus(graph, '2026-12-07')).toBe(true);
    const added = useAppStore.getState().corpusEdits?.added ?? [];
    expect(added.map((a) => [a.id, a.published, a.title.en])).toEqual([[graph.id, '2026-12-07', graph.article.title.en]]);
    const path = added[0]?.graph ?? '';
    expect(JSON.parse(addedGraphText(path) ?? 'null')).toEqual(graph);

    // The worker's merge of a corpus holding the same graph once, plus the added copy: its id is made unique and its entities are suggested.
    const corpusText = JSON.stringify({
      format: 'article-graph-corpus',
      version: 1,
      id: 'c',
      title: { ar: 'م', en: 'C' },
      articles: [{ id: graph.id, graph: 'a.graph.json', title: graph.article.title, source: 's', published: '2026-12-01', lang: 'ar' }],
      judgements: [],
    });
    const reply = runCorpusRequest({ corpusText, graphs: { 'a.graph.json': { text: JSON.stringify(graph) }, [path]: { text: addedGraphText(path) ?? '' } }, edits: { added } });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.corpus.articles.map((a) => a.id)).toEqual([graph.id, `${graph.id}-2`]);
    expect(reply.suggestions.length).toBe(graph.nodes.length);
  });
});
