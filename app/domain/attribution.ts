import type { Graph } from './schema';
import type { Problem } from './validate';

/**
 * Editorial rule for graphs of reported speech: a condition, a demand or a negotiating
 * position belongs to someone. A relation of the negotiation category must either be
 * stated by its holder (its source is an actor: Putin is ready to negotiate) or carry
 * `attributedTo` (the condition that all parties be heard is Putin's), so the explorer
 * never shows someone's position as the article's own statement.
 *
 * It is a rule for the graphs we author (run by `npm run validate` over graph-data/ and
 * by the tests), not for every file a user opens: other people's vocabularies differ.
 */
export const POSITION_CATEGORIES: readonly string[] = ['negotiation'];
export const ACTOR_TYPES: readonly string[] = ['person', 'country', 'armed-force', 'group', 'bloc'];

export function unattributedPositions(
  graph: Graph,
  categories: readonly string[] = POSITION_CATEGORIES,
  actorTypes: readonly string[] = ACTOR_TYPES,
): Problem[] {
  const category = new Map(graph.relationTypes.map((r) => [r.id, r.category]));
  const nodeType = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const problems: Problem[] = [];
  graph.edges.forEach((edge, i) => {
    if (!categories.includes(category.get(edge.type) ?? '')) return;
    if (edge.attributedTo !== undefined) return;
    if (actorTypes.includes(nodeType.get(edge.source) ?? '')) return;
    problems.push({
      path: `$.edges[${i}].attributedTo`,
      message: `relation "${edge.id}" (${edge.type}) states a position but neither its source "${edge.source}" holds it nor does it name whose it is (attributedTo)`,
    });
  });
  return problems;
}
