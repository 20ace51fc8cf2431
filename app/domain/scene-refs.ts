import type { GraphAnalysis } from './analysis';
import type { SceneState } from './scene';

/**
 * The parts of a scene state that name nothing in the graph: communities it does not
 * have, entities it does not hold. Only a link does that (made by hand, or for a graph
 * that has changed since); the scene ignores them, and the reader is told how many.
 */
export function staleSceneRefs(state: SceneState, analysis: GraphAnalysis, hasEntity: (id: string) => boolean): number {
  let stale = 0;
  for (const c of state.opened) if (analysis.communities[c] === undefined) stale++;
  for (const id of Object.keys(state.expanded)) if (!hasEntity(id)) stale++;
  for (const id of state.brought) if (!hasEntity(id)) stale++;
  return stale;
}
