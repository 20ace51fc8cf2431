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
  /**
   * The entities and relations the canvas holds, when it holds part of a large graph (the
   * scene): only those can take a class, so only those are looked at.
   */
  drawn?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

type Drawn = NonNullable<ProjectionInput['drawn']>;

/** A canvas that holds part of a graph, before that part is known. */
export const NOTHING_DRAWN: Drawn = { nodes: new Set(), edges: new Set() };
type FilterClasses = { hidden: Set<string>; faded: Set<string> };

/** Per visibility, the filters' classes: of the whole graph, and of each part drawn over it. */
const filterClasses = new WeakMap<Visibility, { whole?: FilterClasses; parts: WeakMap<Drawn, FilterClasses> }>();

/**
 * What the filters hide and fade, once per visibility (and part drawn): the same sets (by
 * identity) for every selection, search or path drawn over it, so applying them again
 * costs nothing.
 */
function hiddenAndFaded(index: GraphIndex, visibility: Visibility, drawn: Drawn | null): FilterClasses {
  let cached = filterClasses.get(visibility);
  if (!cached) filterClasses.set(visibility, (cached = { parts: new WeakMap() }));
  const found = drawn ? cached.parts.get(drawn) : cached.whole;
  if (found) return found;
  const hidden = new Set<string>();
  const faded = new Set<string>();
  const nodeIds = drawn ? drawn.nodes : index.graph.nodes.map((n) => n.id);
  for (const id of nodeIds) {
    if (!visibility.nodes.has(id)) hidden.add(id);
    else if (visibility.faded.has(id)) faded.add(id);
  }
  const edgeIds = drawn ? drawn.edges : index.graph.edges.map((e) => e.id);
  for (const id of edgeIds) if (!visibility.edges.has(id)) hidden.add(id);
  const made = { hidden, faded };
  if (drawn) cached.parts.set(drawn, made);
  else cached.whole = made;
  return made;
}

export function projectCanvas(input: ProjectionInput): CanvasClasses {
  const { index, visibility } = input;
  const { hidden, faded } = hiddenAndFaded(index, visibility, input.drawn ?? null);

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
