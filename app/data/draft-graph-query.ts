import { queryOptions } from '@tanstack/react-query';
import type { AnnotationDoc } from '../domain/annotation/schema';
import type { Graph } from '../domain/schema';
import { GraphLoadError } from './load-error';

/** Each document object gets a number once: a step makes a new object, so a new key. */
const revisions = new WeakMap<AnnotationDoc, number>();
let nextRevision = 0;
function revision(doc: AnnotationDoc): number {
  let n = revisions.get(doc);
  if (n === undefined) {
    n = (nextRevision += 1);
    revisions.set(doc, n);
  }
  return n;
}

/**
 * A draft's graph, compiled from its present document: derived from the document (the
 * key names its version), never written into the cache from outside. The compiler (and
 * zod with it) loads only when a draft is previewed; the workspace's bar has usually
 * compiled the same document already, and that compile is the one returned.
 */
export function draftGraphQueryOptions(id: string, doc: AnnotationDoc | undefined, enabled: boolean) {
  return queryOptions({
    queryKey: ['draft-graph', id, doc ? revision(doc) : 0] as const,
    queryFn: async (): Promise<Graph> => {
      if (!doc) throw new GraphLoadError(`No draft "${id}" in this browser`, { key: 'load.draftGone', params: { id } });
      await import('./zod-config');
      const { compileDraft } = await import('../domain/annotation/compile');
      return compileDraft(doc).graph;
    },
    enabled,
    // The previous version stays on screen while the next compiles, so the canvas is kept.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
    staleTime: 'static',
    gcTime: 5_000,
    retry: false,
  });
}
