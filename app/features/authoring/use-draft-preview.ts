import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setDraftGraph } from '../../data/draft-graphs';
import { graphQueryKey } from '../../data/graph-query';
import { validateGraph, type Problem } from '../../domain/validate';
import { compileAnnotations } from './core';
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
    const { graph, problems } = compileAnnotations(doc);
    const checked = validateGraph(graph);
    const all: Problem[] = [...problems.map((p) => ({ path: p.path, message: p.message })), ...(checked.ok ? [] : checked.problems)];
    return { graph, problems: all };
  }, [doc]);

  useEffect(
    function publishDraftGraph() {
      if (!compiled) return;
      setDraftGraph(compiled.graph.id, compiled.graph);
      queryClient.setQueryData(graphQueryKey({ kind: 'draft', id: compiled.graph.id }), compiled.graph);
    },
    [compiled, queryClient],
  );
  return compiled;
}
