import { articleFacts, edgeInRange, edgePassesArticle, nodePassesArticle, type ArticleFilter } from './corpus/facts';
import { neighbourhood, type GraphIndex } from './graph-index';
import type { DayRange } from './time-range';

/** Which elements the current filters leave on screen: a pure function of the filters. */

export const ATTRIBUTION_NONE = '@article';

export interface VisibilityFilters {
  hiddenRelationTypes: ReadonlySet<string>;
  hiddenNodeTypes: ReadonlySet<string>;
  /** null: any; ATTRIBUTION_NONE: only what the article states itself; else a node id. */
  attribution: string | null;
  focus: { nodeId: string; depth: number } | null;
  /** What happens to entities the other filters leave with no visible relation. */
  isolated: 'fade' | 'hide';
  /** A merged corpus graph: keep what one article states (or first states). */
  article?: ArticleFilter | null;
  /** A merged corpus graph: keep relations evidenced in this range of days. */
  timeRange?: DayRange | null;
}

export interface Visibility {
  /** The entities on screen (isolated ones included only when they fade). */
  nodes: Set<string>;
  edges: Set<string>;
  /** Entities on screen with no visible relation, drawn faded (none when they hide). */
  faded: Set<string>;
}

export function computeVisibility(index: GraphIndex, f: VisibilityFilters): Visibility {
  const nodes = new Set<string>();
  const facts = f.article || f.timeRange ? articleFacts(index.graph) : null;
  // What an article adds includes the known entities its new relations reach.
  const reached = new Set<string>();
  if (facts && f.article?.mode === 'adds') {
    for (const edge of index.graph.edges) {
      if (edgePassesArticle(facts, edge.id, f.article)) reached.add(edge.source).add(edge.target);
    }
  }
  for (const node of index.graph.nodes) {
    if (f.hiddenNodeTypes.has(node.type)) continue;
    if (facts && f.article && !reached.has(node.id) && !nodePassesArticle(facts, node.id, f.article)) continue;
    nodes.add(node.id);
  }

  const edges = new Set<string>();
  // Entities with a visible relation; counted as the relations pass, unless a focus drops some after.
  const touched = new Set<string>();
  for (const edge of index.graph.edges) {
    if (f.hiddenRelationTypes.has(edge.type)) continue;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (facts && f.article && !edgePassesArticle(facts, edge.id, f.article)) continue;
    if (facts && f.timeRange && !edgeInRange(facts, edge.id, f.timeRange)) continue;
    if (f.attribution === ATTRIBUTION_NONE ? edge.attributedTo !== undefined : f.attribution !== null && edge.attributedTo !== f.attribution) {
      continue;
    }
    edges.add(edge.id);
    touched.add(edge.source).add(edge.target);
  }

  if (f.focus && index.nodeById.has(f.focus.nodeId)) {
    const keep = neighbourhood(index, f.focus.nodeId, f.focus.depth, edges);
    for (const id of nodes) if (!keep.has(id)) nodes.delete(id);
    touched.clear();
    for (const id of edges) {
      const e = index.edgeById.get(id);
      if (!e || !nodes.has(e.source) || !nodes.has(e.target)) edges.delete(id);
      else touched.add(e.source).add(e.target);
    }
  }

  // Whose claims are shown stays lit, though the claims often link other entities.
  if (f.attribution !== null && f.attribution !== ATTRIBUTION_NONE && nodes.has(f.attribution)) touched.add(f.attribution);
  // The one place the isolated-entity rule lives: every reader (canvas, list, counts,
  // export) gets nodes and faded already decided.
  const faded = new Set<string>();
  for (const id of nodes) {
    if (touched.has(id)) continue;
    if (f.isolated === 'hide') nodes.delete(id);
    else faded.add(id);
  }
  return { nodes, edges, faded };
}
