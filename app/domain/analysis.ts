import GraphModel from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { communityCentres } from './community-centres';
import { seededRandom } from './seeded-random';
import { packInput, type AnalysisInput, type PackedInput } from './analysis-input';
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
  /** Model key by index in the packed input's `ids` (an id given twice has its first's key). */
  keyOf: Int32Array;
}

const modelCache = new WeakMap<PackedInput, GraphModelOf>();
const packedCache = new WeakMap<AnalysisInput, PackedInput>();

function packedOf(graph: AnalysisInput): PackedInput {
  let input = packedCache.get(graph);
  if (!input) packedCache.set(graph, (input = packInput(graph)));
  return input;
}

/** The graph as a graphology model, built once per graph. */
export function graphModel(graph: AnalysisInput): GraphModelOf {
  return packedModel(packedOf(graph));
}

/**
 * The model of a packed graph. Parallel relations are merged into one edge before the
 * model sees them (by the pair of ends, as one number), so that it is asked to add each
 * edge once and never to look one up: the same edges, in the same order, with the same
 * weights and ends as adding them one by one would give, so the same communities.
 */
export function packedModel(input: PackedInput): GraphModelOf {
  const cached = modelCache.get(input);
  if (cached) return cached;
  const { keyOf, ids } = modelKeys(input);
  const n = ids.length;
  const pairs = new Map<number, number>();
  const ends: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < input.source.length; e++) {
    const s = input.source[e]!;
    const t = input.target[e]!;
    if (s < 0 || t < 0) continue;
    const a = keyOf[s]!;
    const b = keyOf[t]!;
    if (a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    const known = pairs.get(pair);
    if (known !== undefined) {
      weights[known]!++;
      continue;
    }
    pairs.set(pair, weights.length);
    weights.push(1);
    ends.push(a, b);
  }
  const model = new GraphModel({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let key = 0; key < n; key++) model.addNode(key);
  for (let key = 0; key < weights.length; key++) model.addEdgeWithKey(key, ends[2 * key]!, ends[2 * key + 1]!, { weight: weights[key]! });
  const built = { model, ids, keyOf };
  modelCache.set(input, built);
  return built;
}

/** Model keys: each distinct id by its first occurrence, numbered in order; keyOf by index in `input.ids`. */
function modelKeys(input: PackedInput): { keyOf: Int32Array; ids: string[] } {
  const keyOf = new Int32Array(input.ids.length);
  const ids: string[] = [];
  for (let i = 0; i < input.ids.length; i++) {
    const first = input.firstOf ? input.firstOf[i]! : i;
    if (first === i) {
      keyOf[i] = ids.length;
      ids.push(input.ids[i]!);
    } else keyOf[i] = keyOf[first]!;
  }
  return { keyOf, ids };
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

/** The analysis's steps, in order, for a caller that times them (the worker marks each). */
export type AnalysisStep = 'model' | 'louvain' | 'centrality' | 'communities' | 'map';

export function analyseGraph(graph: AnalysisInput, onStep?: (step: AnalysisStep) => void): GraphAnalysis {
  return analysePacked(packedOf(graph), onStep);
}

/** analyseGraph of a packed graph (what the analysis worker is sent), on indices until the answer is written. */
export function analysePacked(input: PackedInput, onStep: (step: AnalysisStep) => void = () => undefined): GraphAnalysis {
  const { model, ids: keyIds, keyOf } = packedModel(input);
  onStep('model');
  const { ids, source, target } = input;
  const firstOf = (i: number) => (input.firstOf ? input.firstOf[i]! : i);
  const n = ids.length;
  // Relations touching each entity, by its id's first occurrence; an end that is no entity's counts for the other end only.
  const degreeAt = new Int32Array(n);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s >= 0) degreeAt[s]!++;
    if (t >= 0 && t !== s) degreeAt[t]!++;
  }
  const degree: Record<string, number> = {};
  for (let i = 0; i < n; i++) if (firstOf(i) === i) degree[ids[i]!] = degreeAt[i]!;

  // Louvain visits nodes in random order: a fixed seed gives the same communities each time.
  const louvainOf: Record<string, number> | null = model.size > 0 ? louvain(model, { getEdgeWeight: 'weight', rng: seededRandom(1) }) : null;
  onStep('louvain');
  const betweenness =
    n <= BETWEENNESS_MAX_NODES && model.size > 0 ? byId(betweennessCentrality(model, { normalized: true, getEdgeWeight: null }), keyIds) : null;
  const betweennessAt = betweenness ? Float64Array.from(ids, (id) => betweenness[id] ?? 0) : null;

  // Most central first: betweenness, then relations, then id (the order of key actors).
  const rank = (a: number, b: number) => {
    const fa = firstOf(a);
    const fb = firstOf(b);
    const ia = ids[fa]!;
    const ib = ids[fb]!;
    return (betweennessAt ? betweennessAt[fb]! - betweennessAt[fa]! : 0) || degreeAt[fb]! - degreeAt[fa]! || (ia < ib ? -1 : ia > ib ? 1 : 0);
  };
  const order = Array.from(ids, (_, i) => i).sort(rank);
  const ranking = order.map((i) => ids[i]!);
  onStep('centrality');

  // Nodes without relations are communities of one; group them by Louvain's id otherwise.
  const groups = new Map<number, number[]>();
  for (const i of order) {
    const community = louvainOf?.[keyOf[i]!];
    const key = community === undefined ? -1 - firstOf(i) : community;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || rank(a[0]!, b[0]!));
  const communities: Community[] = ordered.map((members, id) => ({ id, members: members.map((i) => ids[i]!) }));
  const communityAt = new Int32Array(n).fill(-1);
  const communityOf: Record<string, number> = {};
  for (const c of communities) {
    for (const i of ordered[c.id]!) communityAt[firstOf(i)] = c.id;
    for (const m of c.members) communityOf[m] = c.id;
  }
  const count = communities.length;
  const linkWeights = new Map<number, { a: number; b: number; weight: number }>();
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s < 0 || t < 0) continue;
    const a = communityAt[s]!;
    const b = communityAt[t]!;
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = lo * count + hi;
    const link = linkWeights.get(key);
    if (link) link.weight++;
    else linkWeights.set(key, { a: lo, b: hi, weight: 1 });
  }
  const links = [...linkWeights.values()];
  onStep('communities');
  const centres = communityCentres(communities, links);
  onStep('map');
  return { communities, communityOf, degree, betweenness, ranking, links, centres };
}
