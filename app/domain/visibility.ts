import { neighbourhood, type GraphIndex } from './graph-index';

/** Which elements the current filters leave on screen: a pure function of the filters. */

export const ATTRIBUTION_NONE = '@article';

export interface VisibilityFilters {
  hiddenRelationTypes: ReadonlySet<string>;
  hiddenCategories: ReadonlySet<string>;
  hiddenNodeTypes: ReadonlySet<string>;
  /** null: any; ATTRIBUTION_NONE: only what the article states itself; else a node id. */
  attribution: string | null;
  focus: { nodeId: string; depth: number } | null;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible nodes left with no visible relation. */
  isolated: Set<string>;
}

export function computeVisibility(index: GraphIndex, f: VisibilityFilters): Visibility {
  const nodes = new Set<string>();
  for (const node of index.graph.nodes) if (!f.hiddenNodeTypes.has(node.type)) nodes.add(node.id);

  const edges = new Set<string>();
  for (const edge of index.graph.edges) {
    if (f.hiddenRelationTypes.has(edge.type)) continue;
    const category = index.relationTypeById.get(edge.type)?.category;
    if (category !== undefined && f.hiddenCategories.has(category)) continue;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (f.attribution === ATTRIBUTION_NONE ? edge.attributedTo !== undefined : f.attribution !== null && edge.attributedTo !== f.attribution) {
      continue;
    }
    edges.add(edge.id);
  }

  if (f.focus && index.nodeById.has(f.focus.nodeId)) {
    const keep = neighbourhood(index, f.focus.nodeId, f.focus.depth, edges);
    for (const id of [...nodes]) if (!keep.has(id)) nodes.delete(id);
    for (const id of [...edges]) {
      const e = index.edgeById.get(id);
      if (!e || !nodes.has(e.source) || !nodes.has(e.target)) edges.delete(id);
    }
  }

  const touched = new Set<string>();
  for (const id of edges) {
    const e = index.edgeById.get(id);
    if (e) {
      touched.add(e.source);
      touched.add(e.target);
    }
  }
  const isolated = new Set<string>();
  for (const id of nodes) if (!touched.has(id)) isolated.add(id);
  return { nodes, edges, isolated };
}
