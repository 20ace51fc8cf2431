import { queryOptions } from '@tanstack/react-query';
import type { AnalysisInput, GraphAnalysis } from '../domain/analysis';
import type { Graph } from '../domain/schema';

/**
 * A graph's communities and key actors, computed in a worker once per loaded graph and
 * kept in the query cache (the graph object is the key: a reloaded file is a new graph).
 */

const graphKeys = new WeakMap<Graph, number>();
let nextKey = 1;

function keyOf(graph: Graph): number {
  let key = graphKeys.get(graph);
  if (key === undefined) graphKeys.set(graph, (key = nextKey++));
  return key;
}

function inputOf(graph: Graph): AnalysisInput {
  return { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) };
}

export async function analyseOffThread(graph: Graph): Promise<GraphAnalysis> {
  if (typeof Worker === 'undefined') return analyseHere(graph);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return analyseHere(graph);
  }
  try {
    return await new Promise<GraphAnalysis>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<GraphAnalysis>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the analysis worker failed'));
      worker.postMessage(inputOf(graph));
    });
  } finally {
    worker.terminate();
  }
}

/** Where there is no Worker (unit tests in Node): the same analysis, loaded on demand. */
async function analyseHere(graph: Graph): Promise<GraphAnalysis> {
  const { analyseGraph } = await import('../domain/analysis');
  return analyseGraph(inputOf(graph));
}

export function analysisQueryOptions(graph: Graph) {
  return queryOptions({
    queryKey: ['graph-analysis', keyOf(graph)],
    queryFn: () => analyseOffThread(graph),
    staleTime: 'static',
    gcTime: 5 * 60_000,
  });
}
