import type { GraphAnalysis } from './analysis';

/**
 * What the analysis reads of a graph, and the checks around an analysis made early (from
 * a file's bytes, before validation). Apart from analysis.ts so that the page's first
 * script, which starts that early analysis, does not carry graphology.
 */

/** The part of a graph the analysis reads (a worker is sent it packed, below). */
export interface AnalysisInput {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

/**
 * The part the analysis reads, as indices: what the validation worker sends the analysis
 * worker. The relations' ends are typed arrays, transferred rather than copied, and each
 * end is looked up once, here, instead of once more for every step of the analysis.
 */
export interface PackedInput {
  /** Entity ids in the graph's order (an id given twice is here twice). */
  ids: string[];
  /** Per relation, the index in `ids` of its source's first occurrence, or -1 for an id that is no entity's. */
  source: Int32Array;
  target: Int32Array;
  /** Per entity, the index of its id's first occurrence; absent when no id is given twice (a valid graph). */
  firstOf?: Int32Array;
}

/** The typed arrays of a packed input, to transfer with it. */
export function packedTransfer(input: PackedInput): ArrayBuffer[] {
  const buffers = [input.source.buffer as ArrayBuffer, input.target.buffer as ArrayBuffer];
  if (input.firstOf) buffers.push(input.firstOf.buffer as ArrayBuffer);
  return buffers;
}

export function packInput(graph: AnalysisInput): PackedInput {
  return packed(graph.nodes.map((node) => node.id), graph.edges);
}

/**
 * The part the analysis reads, packed, taken from a graph file's parsed JSON before it is
 * validated (null when it is not shaped like a graph), without an object per entity.
 * Validation keeps ids as written, so for a file that turns out valid this is the
 * validated graph's part.
 */
export function packedInputOf(data: unknown): PackedInput | null {
  if (typeof data !== 'object' || data === null) return null;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return null;
  const ids: string[] = new Array<string>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const id = (nodes[i] as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return null;
    ids[i] = id;
  }
  for (const edge of edges as unknown[]) {
    const { source, target } = (edge ?? {}) as { source?: unknown; target?: unknown };
    if (typeof source !== 'string' || typeof target !== 'string') return null;
  }
  return packed(ids, edges as { source: string; target: string }[]);
}

function packed(ids: string[], edges: readonly { source: string; target: string }[]): PackedInput {
  const indexOf = new Map<string, number>();
  let firstOf: Int32Array | undefined;
  for (let i = 0; i < ids.length; i++) {
    const first = indexOf.get(ids[i]!);
    if (first === undefined) {
      indexOf.set(ids[i]!, i);
      continue;
    }
    firstOf ??= Int32Array.from(ids, (_, j) => j);
    firstOf[i] = first;
  }
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    source[e] = indexOf.get(edges[e]!.source) ?? -1;
    target[e] = indexOf.get(edges[e]!.target) ?? -1;
  }
  return firstOf ? { ids, source, target, firstOf } : { ids, source, target };
}

/** Whether an analysis was made of this graph's entities and relations (one made early, from the file). */
export function analysisFits(analysis: GraphAnalysis, graph: AnalysisInput): boolean {
  if (analysis.ranking.length !== graph.nodes.length) return false;
  for (const node of graph.nodes) if (analysis.communityOf[node.id] === undefined) return false;
  let ends = 0;
  for (const edge of graph.edges) ends += edge.source === edge.target ? 1 : 2;
  let degrees = 0;
  for (const node of graph.nodes) degrees += analysis.degree[node.id] ?? 0;
  return degrees === ends;
}
