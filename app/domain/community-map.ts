import type { GraphAnalysis } from './analysis';

/**
 * A map of the graph by community, with no layout of the whole graph: each community is
 * a disc (force-laid-out among the others by the relations between them), each member a
 * place on a sunflower spiral in its community's disc, most central at the centre. Every
 * entity has its place before it is drawn, so the scene adds and removes entities without
 * the rest moving, and an opened community takes the place of its meta-node.
 */

/**
 * Distance between neighbouring members on a community's spiral, in canvas pixels: room
 * for a label once the reader zooms in to where labels show.
 */
export const MEMBER_SPACING = 40;

export function discRadius(members: number): number {
  return MEMBER_SPACING * Math.sqrt(members + 0.5);
}

const rankCache = new WeakMap<GraphAnalysis, Map<string, number>>();

/** Where an entity goes on the community map. */
export function placeOnMap(analysis: GraphAnalysis, id: string): { x: number; y: number } {
  let rankIn = rankCache.get(analysis);
  if (!rankIn) {
    rankIn = new Map();
    for (const c of analysis.communities) c.members.forEach((member, i) => rankIn!.set(member, i));
    rankCache.set(analysis, rankIn);
  }
  const c = analysis.communityOf[id];
  const rank = rankIn.get(id) ?? 0;
  const origin = (c !== undefined ? analysis.centres[c] : undefined) ?? { x: 0, y: 0 };
  const r = MEMBER_SPACING * Math.sqrt(rank + 0.5);
  const angle = rank * Math.PI * (3 - Math.sqrt(5));
  return { x: Math.round(origin.x + r * Math.cos(angle)), y: Math.round(origin.y + r * Math.sin(angle)) };
}
