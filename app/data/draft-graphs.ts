import type { Graph } from '../domain/schema';

/**
 * The graph being written in the authoring workspace, compiled after each step. The
 * authoring feature also puts it straight into the query cache (a live preview); this
 * is what the query reads if the cache has none yet.
 */
const drafts = new Map<string, Graph>();

export function setDraftGraph(id: string, graph: Graph): void {
  drafts.set(id, graph);
}

export async function readDraftGraph(id: string): Promise<Graph> {
  const graph = drafts.get(id);
  if (!graph) throw new Error('This draft is not open; open it again from “New graph…”.');
  return graph;
}
