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
  for (const edge of index.graph.edges) {
    if (visibleEdges && !visibleEdges.has(edge.id)) continue;
    if (index.nodeById.get(edge.target)?.type === CONDITION_TYPE && index.nodeById.get(edge.source)?.type !== CONDITION_TYPE) {
      entry(edge.source).conditions.push(edge);
    }
    if (edge.attributedTo) entry(edge.attributedTo).claims.push(edge);
    else if (index.relationTypeById.get(edge.type)?.category === STANCE_CATEGORY) entry(edge.source).stances.push(edge);
  }
  const weight = (c: ActorClaims) => c.conditions.length * 100 + c.claims.length * 10 + c.stances.length;
  return [...byActor.values()].sort((a, b) => weight(b) - weight(a) || a.actor.localeCompare(b.actor));
}
