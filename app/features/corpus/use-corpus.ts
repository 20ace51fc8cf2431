import { useCallback } from 'react';
import { corpusExtras, type CorpusExtras } from '../../data/corpus-query';
import type { Corpus } from '../../domain/corpus/schema';
import type { Graph } from '../../domain/schema';
import { useCurrentGraphQuery } from '../../state/hooks';
import { useAppStore } from '../../state/store';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The open corpus as the user has decided it, and one action: replace the decisions.
 * Every decision is a new corpus from a pure producer; the store keeps only what the user
 * changed (judgements, added articles), and the merge is derived from it in the worker.
 */
export interface OpenCorpus {
  graph: Graph;
  extras: CorpusExtras;
  decide: (next: Corpus) => void;
  merging: boolean;
}

export function useCorpus(): OpenCorpus | null {
  const query = useCurrentGraphQuery();
  const setEdits = useAppStore((s) => s.setCorpusEdits);
  const decide = useCallback(
    (next: Corpus) => {
      const edits = useAppStore.getState().corpusEdits;
      const added = next.articles.filter((a) => a.graph.startsWith('added:'));
      setEdits({ ...edits, judgements: next.judgements, ...(added.length ? { added } : {}) });
    },
    [setEdits],
  );
  const graph = query.data;
  const extras = graph ? corpusExtras(graph) : undefined;
  if (!graph || !extras) return null;
  return { graph, extras, decide, merging: query.isPlaceholderData || query.isFetching };
}
