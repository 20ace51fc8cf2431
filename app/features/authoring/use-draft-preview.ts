import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { graphQueryKey } from '../../data/graph-query';
import type { Problem } from '../../domain/validate';
import { compileAnnotations } from '../../domain/annotation/compile';
import { useAuthoring } from './store';

/**
 * Compile the document after every step and hand the graph to the explorer through the
 * normal graph source (kind "draft"): the preview is live, and what is exported is
 * exactly what is previewed. Also lists what still stops the file from validating.
 */
export function useDraftPreview() {
  const queryClient = useQueryClient();
  const doc = useAuthoring((s) => s.history?.present);
  const compiled = useMemo(() => {
    if (!doc) return null;
    // The compiler also runs the contract's validator and reports at document paths.
    const { graph, problems, warnings } = compileAnnotations(doc);
    return { graph, problems: problems as Problem[], warnings: warnings as Problem[] };
  }, [doc]);

  useEffect(
    function publishDraftGraph() {
      if (!compiled) return;
      queryClient.setQueryData(graphQueryKey({ kind: 'draft', id: compiled.graph.id }), compiled.graph);
    },
    [compiled, queryClient],
  );
  return compiled;
}
