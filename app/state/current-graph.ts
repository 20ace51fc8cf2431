import { createContext, createElement, use, useMemo, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { draftGraphQueryOptions } from '../data/draft-graph-query';
import { graphQueryOptions } from '../data/graph-query';
import { indexGraph, type GraphIndex } from '../domain/graph-index';
import { useDrafts } from './drafts';
import { useAppStore } from './store';

/**
 * The open graph's query: the query cache is its only copy. A draft's graph is compiled
 * from the draft's present document, so every step shows wherever the graph is read.
 */
function useOpenGraphQuery() {
  const source = useAppStore((s) => s.source);
  const draftId = source.kind === 'draft' ? source.id : '';
  const doc = useDrafts((s) => (draftId ? s.drafts[draftId]?.history.present : undefined));
  const hydrated = useDrafts((s) => s.hydrated);
  const edits = useAppStore((s) => (s.source.kind === 'corpus' ? s.corpusEdits : null));
  // A corpus merged again after a decision keeps showing the last merge until the new one is ready.
  const file = useQuery({
    ...graphQueryOptions(source, edits),
    ...(source.kind === 'corpus' ? { placeholderData: keepPreviousData } : {}),
    enabled: source.kind !== 'draft',
  });
  const draft = useQuery(draftGraphQueryOptions(draftId, doc, draftId !== '' && hydrated));
  return source.kind === 'draft' ? draft : file;
}

type OpenGraphQuery = ReturnType<typeof useOpenGraphQuery>;

const NO_PROVIDER = Symbol('no CurrentGraphProvider');
const QueryContext = createContext<OpenGraphQuery | typeof NO_PROVIDER>(NO_PROVIDER);
const IndexContext = createContext<GraphIndex | undefined | typeof NO_PROVIDER>(NO_PROVIDER);

/**
 * Observes the open graph's query once, for the whole page (in Providers): some twenty
 * parts read the graph, and an observer each (two, with the draft's) cost the first
 * render and every click a pass over all of them. The index changes only with the data.
 */
export function CurrentGraphProvider({ children }: { children: ReactNode }) {
  const query = useOpenGraphQuery();
  const { data } = query;
  const index = useMemo(() => (data ? indexGraph(data) : undefined), [data]);
  return createElement(QueryContext, { value: query }, createElement(IndexContext, { value: index }, children));
}

/** The open graph's query (loading, error, data), as observed by CurrentGraphProvider. */
export function useCurrentGraphQuery(): OpenGraphQuery {
  const query = use(QueryContext);
  if (query === NO_PROVIDER) throw new Error('useCurrentGraphQuery is used outside CurrentGraphProvider (providers.tsx)');
  return query;
}

/** The open graph's index; only call below the component that handles loading. */
export function useGraphIndex(): GraphIndex | undefined {
  const index = use(IndexContext);
  if (index === NO_PROVIDER) throw new Error('useGraphIndex is used outside CurrentGraphProvider (providers.tsx)');
  return index;
}
