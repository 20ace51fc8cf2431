import { shortestPaths, type GraphIndex } from '../../domain/graph-index';
import type { Visibility } from '../../domain/visibility';

/** What the canvas should show, as sets of ids per class: a pure function of the store. */
export interface CanvasClasses {
  hidden: Set<string>;
  faded: Set<string>;
  /** When set, everything else is dimmed. */
  highlighted: Set<string> | null;
  selected: string | null;
  searchHits: Set<string>;
  onPath: Set<string>;
  /** Relations whose labels show: in focus mode all on screen, else the highlighted ones when few. */
  edgeLabels: Set<string>;
}

export interface ProjectionInput {
  index: GraphIndex;
  visibility: Visibility;
  selection: { kind: 'node' | 'edge'; id: string } | null;
  sentence: string | null;
  searchHits: readonly string[];
  pathEnds: { from: string | null; to: string | null };
  focus?: { nodeId: string; depth: number } | null;
}

const filterClasses = new WeakMap<Visibility, { hidden: Set<string>; faded: Set<string> }>();

/**
 * What the filters hide and fade, once per visibility: the same sets (by identity) for
 * every selection, search or path drawn over it, so applying them again costs nothing.
 */
function hiddenAndFaded(index: GraphIndex, visibility: Visibility): { hidden: Set<string>; faded: Set<string> } {
  let found = filterClasses.get(visibility);
  if (found) return found;
  const hidden = new Set<string>();
  const faded = new Set<string>();
  for (const node of index.graph.nodes) {
    if (!visibility.nodes.has(node.id)) hidden.add(node.id);
    else if (visibility.faded.has(node.id)) faded.add(node.id);
  }
  for (const edge of index.graph.edges) if (!visibility.edges.has(edge.id)) hidden.add(edge.id);
  found = { hidden, faded };
  filterClasses.set(visibility, found);
  return found;
}

export function projectCanvas(input: ProjectionInput): CanvasClasses {
  const { index, visibility } = input;
  const { hidden, faded } = hiddenAndFaded(index, visibility);

  const onPath = new Set<string>();
  const { from, to } = input.pathEnds;
  if (from && to) {
    for (const path of shortestPaths(index, from, to, { visibleEdges: visibility.edges })) {
      for (const id of path.nodes) onPath.add(id);
      for (const id of path.edges) onPath.add(id);
    }
  }

  let highlighted: Set<string> | null = null;
  const addEdge = (set: Set<string>, edgeId: string) => {
    const edge = index.edgeById.get(edgeId);
    if (!edge || !visibility.edges.has(edgeId)) return;
    set.add(edgeId).add(edge.source).add(edge.target);
  };
  if (input.sentence) {
    highlighted = new Set();
    const cited = index.elementsBySentence.get(input.sentence);
    for (const id of cited?.nodes ?? []) highlighted.add(id);
    for (const id of cited?.edges ?? []) addEdge(highlighted, id);
  } else if (input.selection?.kind === 'node') {
    highlighted = new Set([input.selection.id]);
    for (const edgeId of index.edgesByNode.get(input.selection.id) ?? []) addEdge(highlighted, edgeId);
  } else if (input.selection?.kind === 'edge') {
    highlighted = new Set();
    addEdge(highlighted, input.selection.id);
    highlighted.add(input.selection.id);
  } else if (onPath.size > 0) {
    highlighted = new Set(onPath);
  }

  return {
    hidden,
    faded,
    highlighted,
    selected: input.selection?.id ?? null,
    searchHits: new Set(input.searchHits),
    onPath,
    edgeLabels: edgeLabels(input, highlighted),
  };
}

/** Above this many highlighted relations (a hub's), their labels would cover each other: they show on hover instead. */
export const MAX_SELECTION_EDGE_LABELS = 12;

function edgeLabels(input: ProjectionInput, highlighted: Set<string> | null): Set<string> {
  if (input.focus) return new Set(input.visibility.edges);
  if (!highlighted) return new Set();
  const edges = [...highlighted].filter((id) => input.index.edgeById.has(id));
  return edges.length <= MAX_SELECTION_EDGE_LABELS ? new Set(edges) : new Set();
}
