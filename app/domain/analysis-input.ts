import type { GraphAnalysis } from './analysis';

/**
 * What the analysis reads of a graph, and the checks around an analysis made early (from
 * a file's bytes, before validation). Apart from analysis.ts so that the page's first
 * script, which starts that early analysis, does not carry graphology.
 */

/** The part of a graph the analysis reads (what a worker is sent). */
export interface AnalysisInput {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

/**
 * The part the analysis reads, taken from a graph file's parsed JSON before it is
 * validated (null when it is not shaped like a graph). Validation keeps ids as written,
 * so for a file that turns out valid this is the validated graph's part.
 */
export function analysisInputOf(data: unknown): AnalysisInput | null {
  if (typeof data !== 'object' || data === null) return null;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return null;
  const input: { nodes: { id: string }[]; edges: { source: string; target: string }[] } = { nodes: [], edges: [] };
  for (const node of nodes as unknown[]) {
    const id = (node as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return null;
    input.nodes.push({ id });
  }
  for (const edge of edges as unknown[]) {
    const { source, target } = (edge ?? {}) as { source?: unknown; target?: unknown };
    if (typeof source !== 'string' || typeof target !== 'string') return null;
    input.edges.push({ source, target });
  }
  return input;
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
