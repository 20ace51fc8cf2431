import GraphModel from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { communityCentres } from './community-centres';
import { seededRandom } from './seeded-random';
import type { AnalysisInput } from './analysis-input';
export type { AnalysisInput } from './analysis-input';

/**
 * The whole graph as a graphology model (undirected, parallel relations merged into one
 * weighted edge), and what is computed over it: Louvain communities, degree and
 * betweenness centrality. Pure and synchronous; the app runs it in a worker.
 */

export interface Community {
  /** Stable for one graph: communities are numbered by size, largest first. */
  id: number;
  /** Member ids, most central first (betweenness, then degree, then id). */
  members: string[];
}

export interface GraphAnalysis {
  communities: Community[];
  /** Community id of each node. */
  communityOf: Record<string, number>;
  /** Relations touching each node (parallel relations counted each). */
  degree: Record<string, number>;
  /** Normalised betweenness, or null when the graph is too large to compute it in time. */
  betweenness: Record<string, number> | null;
  /** Node ids, most central first: the graph's key actors in order. */
  ranking: string[];
  /** Pairs of communities with relations between them, and how many. */
  links: { a: number; b: number; weight: number }[];
  /** Where each community sits on the community map (see community-map.ts). */
  centres: { x: number; y: number }[];
}

/**
 * Brandes' betweenness is O(nodes × edges): measured here 1.2 s at 2,000 nodes and 4,000
 * relations, 7.7 s at 5,000. Above this, key actors rank by degree.
 */
export const BETWEENNESS_MAX_NODES = 2000;

/**
 * The graph as a graphology model, its nodes keyed by their index in `graph.nodes`.
 * Integer keys are measured several times faster to build than the ids themselves: V8
 * stores them as array elements of each node's adjacency object, where 20,000 distinct
 * string keys make 20,000 hidden classes (and the garbage collector's work with them).
 */
export interface GraphModelOf {
  model: GraphModel;
  /** Node id by model key (its index). */
  ids: readonly string[];
}

const modelCache = new WeakMap<AnalysisInput, GraphModelOf>();

/** The graph as a graphology model, built once per graph. */
export function graphModel(graph: AnalysisInput): GraphModelOf {
  const cached = modelCache.get(graph);
  if (cached) return cached;
  const model = new GraphModel({ type: 'undirected', multi: false, allowSelfLoops: false });
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  for (const node of graph.nodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, ids.length);
    model.addNode(ids.length);
    ids.push(node.id);
  }
  let key = 0;
  for (const edge of graph.edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    const existing = model.edge(a, b);
    if (existing === undefined) model.addEdgeWithKey(key++, a, b, { weight: 1 });
    else model.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  const built = { model, ids };
  modelCache.set(graph, built);
  return built;
}

/** A result keyed by model key, keyed by node id instead. */
function byId<T>(values: Record<string, T>, ids: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < ids.length; i++) {
    const value = values[i];
    if (value !== undefined) out[ids[i]!] = value;
  }
  return out;
}

export function analyseGraph(graph: AnalysisInput): GraphAnalysis {
  const { model, ids } = graphModel(graph);
  const degree: Record<string, number> = {};
  for (const node of graph.nodes) degree[node.id] = 0;
  for (const edge of graph.edges) {
    if (edge.source in degree) degree[edge.source] = (degree[edge.source] ?? 0) + 1;
    if (edge.target in degree && edge.target !== edge.source) degree[edge.target] = (degree[edge.target] ?? 0) + 1;
  }

  // Louvain visits nodes in random order: a fixed seed gives the same communities each time.
  const raw: Record<string, number> = model.size > 0 ? byId(louvain(model, { getEdgeWeight: 'weight', rng: seededRandom(1) }), ids) : {};
  const betweenness =
    graph.nodes.length <= BETWEENNESS_MAX_NODES && model.size > 0 ? byId(betweennessCentrality(model, { normalized: true, getEdgeWeight: null }), ids) : null;

  const rank = (a: string, b: string) =>
    (betweenness ? (betweenness[b] ?? 0) - (betweenness[a] ?? 0) : 0) || (degree[b] ?? 0) - (degree[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const ranking = graph.nodes.map((n) => n.id).sort(rank);

  // Nodes without relations are communities of one; group them by Louvain's id otherwise.
  const groups = new Map<string, string[]>();
  for (const id of ranking) {
    const key = id in raw ? `c${raw[id]}` : `n${id}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(id);
  }
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || rank(a[0] ?? '', b[0] ?? ''));
  const communities: Community[] = ordered.map((members, id) => ({ id, members }));
  const communityOf: Record<string, number> = {};
  for (const c of communities) for (const m of c.members) communityOf[m] = c.id;
  const linkWeights = new Map<string, { a: number; b: number; weight: number }>();
  for (const edge of graph.edges) {
    const a = communityOf[edge.source];
    const b = communityOf[edge.target];
    if (a === undefined || b === undefined || a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}-${hi}`;
    const link = linkWeights.get(key);
    if (link) link.weight++;
    else linkWeights.set(key, { a: lo, b: hi, weight: 1 });
  }
  const links = [...linkWeights.values()];
  return { communities, communityOf, degree, betweenness, ranking, links, centres: communityCentres(communities, links) };
}
