import type { GraphIndex } from '../../../domain/graph-index';
import { LIMITS, type Graph, type GraphEdge, type GraphNode } from '../../../domain/schema';
import { serializeGraph } from '../../../domain/serialize';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * The selection as a graph file in the app's own format, one that `validateGraph`
 * accepts: the article, types and categories stay whole; nodes left with no relation
 * are dropped (the contract refuses them), and an attribution to an entity outside the
 * selection is moved into the edge's note. Positions, when given, are the canvas's.
 */
export function viewGraph(index: GraphIndex, selection: ExportSelection, positions?: Positions): Graph {
  const { graph } = index;
  const edges = selectedEdges(index, selection);
  const connected = new Set<string>();
  for (const e of edges) connected.add(e.source).add(e.target);
  const nodes = selectedNodes(index, selection)
    .filter((n) => connected.has(n.id))
    .map((n) => withPosition(structuredClone(n), positions?.get(n.id)));
  const kept = new Set(nodes.map((n) => n.id));
  return {
    ...structuredClone({ ...graph, nodes: [], edges: [] }),
    nodes,
    edges: edges.map((e) => detachAttribution(structuredClone(e), kept, index)),
  };
}

export function writeViewJson(index: GraphIndex, selection: ExportSelection, positions?: Positions): string {
  return serializeGraph(viewGraph(index, selection, positions));
}

function withPosition(node: GraphNode, position: { x: number; y: number } | undefined): GraphNode {
  if (position && Number.isFinite(position.x) && Number.isFinite(position.y)) {
    node.position = { x: Math.round(position.x * 100) / 100, y: Math.round(position.y * 100) / 100 };
  }
  return node;
}

function detachAttribution(edge: GraphEdge, kept: ReadonlySet<string>, index: GraphIndex): GraphEdge {
  if (edge.attributedTo === undefined || kept.has(edge.attributedTo)) return edge;
  const who = index.nodeById.get(edge.attributedTo);
  const addition = {
    en: `Attributed to ${who?.label.en ?? edge.attributedTo} (${edge.attributedTo}), who is not in this exported view.`,
    ar: `منسوبة إلى ${who?.label.ar ?? edge.attributedTo} (${edge.attributedTo})، وليس ضمن هذا العرض المصدَّر.`,
  };
  const note = { ...edge.note };
  for (const lang of ['en', 'ar'] as const) {
    const joined = note[lang] ? `${note[lang]}\n${addition[lang]}` : addition[lang];
    if (joined.length <= LIMITS.noteLength) note[lang] = joined;
  }
  delete edge.attributedTo;
  edge.note = note;
  return edge;
}
