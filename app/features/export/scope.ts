import type { GraphIndex } from '../../domain/graph-index';
import type { GraphEdge, GraphNode } from '../../domain/schema';
import type { Visibility } from '../../domain/visibility';

/** "view": what the canvas shows, filters applied; "full": the whole graph. */
export type ExportScope = 'view' | 'full';

/** The elements an export carries, as id sets; writers keep the graph file's order. */
export interface ExportSelection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What an export carries: in the view, the nodes and edges on screen (isolated nodes
 * too when the canvas fades rather than hides them: computeVisibility decides); otherwise
 * everything.
 */
export function selectForExport(index: GraphIndex, scope: ExportScope, visibility: Visibility): ExportSelection {
  if (scope === 'full') {
    return { nodes: new Set(index.graph.nodes.map((n) => n.id)), edges: new Set(index.graph.edges.map((e) => e.id)) };
  }
  return { nodes: new Set(visibility.nodes), edges: new Set(visibility.edges) };
}

export function selectedNodes(index: GraphIndex, selection: ExportSelection): GraphNode[] {
  return index.graph.nodes.filter((n) => selection.nodes.has(n.id));
}

/** Selected edges whose two ends are selected too. */
export function selectedEdges(index: GraphIndex, selection: ExportSelection): GraphEdge[] {
  return index.graph.edges.filter((e) => selection.edges.has(e.id) && selection.nodes.has(e.source) && selection.nodes.has(e.target));
}
