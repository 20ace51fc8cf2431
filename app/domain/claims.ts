import type { GraphIndex } from './graph-index';
import type { GraphEdge } from './schema';

/** Per actor: the conditions they set, the claims attributed to them, the stances they take. */
export interface ActorClaims {
  actor: string;
  conditions: GraphEdge[];
  claims: GraphEdge[];
  stances: GraphEdge[];
}

export const CONDITION_TYPE = 'condition';
export const STANCE_CATEGORY = 'stance';

export function claimsByActor(index: GraphIndex, visibleEdges?: ReadonlySet<string>): ActorClaims[] {
  const byActor = new Map<string, ActorClaims>();
  const entry = (actor: string) => {
    let e = byActor.get(actor);
    if (!e) {
      e = { actor, conditions: [], claims: [], stances: [] };
      byActor.set(actor, e);
    }
    return e;
  };
  const edges = index.graph.edges.filter((edge) => !visibleEdges || visibleEdges.has(edge.id));
  /** actor id -> the condition nodes that actor sets. */
  const setBy = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (index.nodeById.get(edge.target)?.type === CONDITION_TYPE && index.nodeById.get(edge.source)?.type !== CONDITION_TYPE) {
      entry(edge.source).conditions.push(edge);
      let set = setBy.get(edge.source);
      if (!set) setBy.set(edge.source, (set = new Set()));
      set.add(edge.target);
    }
  }
  for (const edge of edges) {
    if (edge.attributedTo) {
      // What a condition the actor sets is for and about ("… is a condition for the
      // negotiations") is already told by the condition itself: not listed again as a claim.
      if (setBy.get(edge.attributedTo)?.has(edge.source)) continue;
      entry(edge.attributedTo).claims.push(edge);
    } else if (index.relationTypeById.get(edge.type)?.category === STANCE_CATEGORY) entry(edge.source).stances.push(edge);
  }
  const weight = (c: ActorClaims) => c.conditions.length * 100 + c.claims.length * 10 + c.stances.length;
  return [...byActor.values()].sort((a, b) => weight(b) - weight(a) || a.actor.localeCompare(b.actor));
}
