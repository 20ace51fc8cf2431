import type { GraphAnalysis } from './analysis';
import type { GraphIndex } from './graph-index';
import type { Visibility } from './visibility';

/**
 * What the canvas draws: at most SCENE_BUDGET entities, chosen from the whole graph (as
 * the filters leave it) and what the reader opened. A pure function of its inputs; the
 * full graph, its filters, search, paths and focus are computed elsewhere, on all of it.
 */

/**
 * The most entities the canvas draws at once. Cytoscape redraws about 0.1 ms per visible
 * node on this class of machine (no GPU): 1,000 keeps a repaint near 100 ms.
 */
export const SCENE_BUDGET = 1000;

/** Neighbours added per "more" when an entity's neighbourhood is expanded. */
export const EXPAND_PAGE = 10;

/** How many of a community's most central members name it. */
export const META_LABEL_MEMBERS = 2;

export interface SceneState {
  /** Communities opened by the reader, in order. */
  opened: readonly number[];
  /** Entity id -> pages of its neighbourhood expanded. */
  expanded: Readonly<Record<string, number>>;
  /** Entities asked for from outside the scene (search, list, links), oldest first. */
  brought: readonly string[];
}

export const emptySceneState: SceneState = { opened: [], expanded: {}, brought: [] };

export interface MetaNode {
  id: string;
  community: number;
  /** Members the filters leave visible. */
  size: number;
  /** The most central visible members, most central first. */
  leaders: string[];
}

export interface MetaEdge {
  id: string;
  source: string;
  target: string;
  /** Visible relations between the two communities. */
  weight: number;
}

export interface Scene {
  /** whole: the graph fits the budget and is drawn as it is. */
  kind: 'whole' | 'overview' | 'members';
  nodes: Set<string>;
  edges: Set<string>;
  meta: MetaNode[];
  metaEdges: MetaEdge[];
  /** The communities shown, in the order they were opened: the breadcrumb. */
  path: number[];
  /** Expanded entity -> neighbours not shown yet. */
  more: Map<string, number>;
  /** Visible members of the opened communities left out to keep within the budget. */
  leftOut: number;
}

export function metaNodeId(community: number): string {
  return `community:${community}`;
}

export function isWholeGraphDrawable(visibility: Visibility, budget = SCENE_BUDGET): boolean {
  return visibility.nodes.size <= budget;
}

/** The scene of a graph the budget holds: all of what the filters leave. */
export function wholeScene(visibility: Visibility): Scene {
  return { kind: 'whole', nodes: visibility.nodes, edges: visibility.edges, meta: [], metaEdges: [], path: [], more: new Map(), leftOut: 0 };
}

/**
 * What the list and the exports hold: the scene's entities when the canvas shows part of
 * a large graph, otherwise everything the filters leave (the overview's communities stand
 * for all of it).
 */
export function sceneVisibility(scene: Scene, visibility: Visibility): Visibility {
  if (scene.kind !== 'members') return visibility;
  const faded = new Set<string>();
  for (const id of visibility.faded) if (scene.nodes.has(id)) faded.add(id);
  return { nodes: scene.nodes, edges: scene.edges, faded };
}

export interface SceneInput {
  index: GraphIndex;
  visibility: Visibility;
  analysis: GraphAnalysis;
  state: SceneState;
  /** The selected entity: brought in with its community when it is not in the scene. */
  selected?: string | null;
  budget?: number;
  /** Neighbours per page of an expansion (EXPAND_PAGE unless given). */
  page?: number;
}

export function computeScene(input: SceneInput): Scene {
  const { index, visibility, analysis, state } = input;
  const budget = input.budget ?? SCENE_BUDGET;
  if (isWholeGraphDrawable(visibility, budget)) return wholeScene(visibility);

  const opened = state.opened.filter((c) => analysis.communities[c] !== undefined);
  const brought = [...state.brought, ...(input.selected ? [input.selected] : [])].filter((id) => visibility.nodes.has(id));
  if (opened.length === 0 && brought.length === 0) return overview(index, visibility, analysis, budget);

  // First the scene without what was brought; then each brought entity not in it adds its community.
  let scene = members(input, opened, [], budget);
  const path = [...opened];
  const forced: string[] = [];
  for (const id of brought) {
    if (scene.nodes.has(id)) continue;
    const c = analysis.communityOf[id];
    if (c !== undefined && !path.includes(c)) path.push(c);
    forced.push(id);
    scene = members(input, path, forced, budget);
  }
  return scene;
}

function overview(index: GraphIndex, visibility: Visibility, analysis: GraphAnalysis, budget: number): Scene {
  const meta: MetaNode[] = [];
  // Every entity visible: each community's members as they are, without a pass over them.
  const allNodes = visibility.nodes.size === index.graph.nodes.length;
  for (const c of analysis.communities) {
    const visible = allNodes ? c.members : c.members.filter((id) => visibility.nodes.has(id));
    if (visible.length === 0) continue;
    meta.push({ id: metaNodeId(c.id), community: c.id, size: visible.length, leaders: visible.slice(0, META_LABEL_MEMBERS) });
    // More communities than the budget (a graph of mostly isolated entities): the largest.
    if (meta.length >= budget) break;
  }
  const shown = new Set(meta.map((m) => m.community));
  const links = visibility.edges.size === index.graph.edges.length ? analysis.links : visibleLinks(index, visibility, analysis);
  const weights: MetaEdge[] = [];
  for (const { a, b, weight } of links) {
    if (!shown.has(a) || !shown.has(b)) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    weights.push({ id: `community-edge:${lo}-${hi}`, source: metaNodeId(lo), target: metaNodeId(hi), weight });
  }
  // The heaviest links between communities, as many as the budget leaves room for beside
  // the communities: every element costs the canvas its style and its drawing, and a link
  // of one relation among hundreds of heavier ones says little (the list has them all).
  const metaEdges = weights.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1)).slice(0, Math.max(0, budget - meta.length));
  return { kind: 'overview', nodes: new Set(), edges: new Set(), meta, metaEdges, path: [], more: new Map(), leftOut: 0 };
}

/**
 * The relations the filters leave between communities, counted per pair. With every
 * relation visible these are the analysis's own links, which the overview takes as they are.
 */
function visibleLinks(index: GraphIndex, visibility: Visibility, analysis: GraphAnalysis): GraphAnalysis['links'] {
  const weights = new Map<string, { a: number; b: number; weight: number }>();
  for (const edgeId of visibility.edges) {
    const edge = index.edgeById.get(edgeId);
    if (!edge) continue;
    const a = analysis.communityOf[edge.source];
    const b = analysis.communityOf[edge.target];
    if (a === undefined || b === undefined || a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}-${hi}`;
    const existing = weights.get(key);
    if (existing) existing.weight++;
    else weights.set(key, { a: lo, b: hi, weight: 1 });
  }
  return [...weights.values()];
}

/** Visible neighbours of an entity, most connected first (then by id, for a stable order). */
export function rankedNeighbours(index: GraphIndex, visibility: Visibility, analysis: GraphAnalysis, id: string): string[] {
  const seen = new Set<string>();
  for (const edgeId of index.edgesByNode.get(id) ?? []) {
    if (!visibility.edges.has(edgeId)) continue;
    const edge = index.edgeById.get(edgeId);
    if (!edge) continue;
    const other = edge.source === id ? edge.target : edge.source;
    if (other !== id && visibility.nodes.has(other)) seen.add(other);
  }
  return [...seen].sort((a, b) => (analysis.degree[b] ?? 0) - (analysis.degree[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The members of the given communities, within the budget: forced entities first, then
 * expanded neighbourhoods (a page at a time), then each community's members, latest
 * opened first, most central first.
 */
function members(input: SceneInput, path: readonly number[], forced: readonly string[], budget: number): Scene {
  const { index, visibility, analysis, state } = input;
  const nodes = new Set<string>();
  const add = (id: string) => {
    if (nodes.size < budget && visibility.nodes.has(id)) nodes.add(id);
  };
  for (const id of forced) add(id);

  const queues = [...path].reverse().map((c) => (analysis.communities[c]?.members ?? []).filter((id) => visibility.nodes.has(id)));
  // The expanded entity must be in the scene for its neighbours to join: members come
  // first, then the pages, so an expansion never pushes out the community it grew from.
  let memberBudgetLeft = budget - nodes.size;
  const expansions = Object.entries(state.expanded);
  const page = input.page ?? EXPAND_PAGE;
  const reserved = Math.min(memberBudgetLeft, expansions.reduce((sum, [, pages]) => sum + pages * page, 0));
  memberBudgetLeft -= reserved;
  let leftOut = 0;
  for (const queue of queues) {
    for (const id of queue) {
      if (nodes.has(id)) continue;
      if (memberBudgetLeft > 0 && nodes.size < budget) {
        nodes.add(id);
        memberBudgetLeft--;
      } else leftOut++;
    }
  }

  const more = new Map<string, number>();
  const inPath = new Set(path);
  for (const [id, pages] of expansions) {
    if (!nodes.has(id)) continue;
    // Neighbours already drawn as members of an opened community are not "more".
    const outside = rankedNeighbours(index, visibility, analysis, id).filter((n) => !inPath.has(analysis.communityOf[n] ?? -1) || !nodes.has(n));
    const shown = outside.slice(0, pages * page);
    for (const n of shown) add(n);
    more.set(id, outside.length - shown.filter((n) => nodes.has(n)).length);
  }

  const edges = new Set<string>();
  for (const id of nodes) {
    for (const edgeId of index.edgesByNode.get(id) ?? []) {
      if (edges.has(edgeId) || !visibility.edges.has(edgeId)) continue;
      const edge = index.edgeById.get(edgeId);
      if (edge && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edgeId);
    }
  }
  return { kind: 'members', nodes, edges, meta: [], metaEdges: [], path: [...path], more, leftOut };
}
