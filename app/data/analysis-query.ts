import { queryOptions } from '@tanstack/react-query';
import type { GraphAnalysis } from '../domain/analysis';
import { analysisFits, packedTransfer, packInput, type AnalysisInput } from '../domain/analysis-input';
import type { Graph } from '../domain/schema';
import type { AnalysisRequest } from './analysis.worker';

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

/** The analysis worker, started (and loading its script) now. */
export function startAnalysisWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The worker's answer; it is ended here, unless it ends itself (after keeping a file's analysis). */
async function ask(worker: Worker, request: AnalysisRequest, transfer: Transferable[] = [], endsItself = false): Promise<GraphAnalysis | null> {
  try {
    return await new Promise<GraphAnalysis | null>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<GraphAnalysis | null>) => {
        // When the page has the communities and key actors: the overview's page-side work starts here.
        performance.mark('age:analysis-received');
        resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the analysis worker failed'));
      worker.postMessage(request, transfer);
    });
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    if (!endsItself) worker.terminate();
  }
}

export async function analyseOffThread(graph: Graph): Promise<GraphAnalysis> {
  const worker = startAnalysisWorker();
  const input = worker ? packInput(graph) : null;
  const analysis = worker && input ? await ask(worker, { input }, packedTransfer(input)) : null;
  return analysis ?? analyseHere(graph);
}

/** Analyses started from a file's bytes, by the graph the file turned out to hold. */
const early = new WeakMap<Graph, Promise<GraphAnalysis | null>>();

/**
 * Starts analysing a graph file from its bytes (a copy: the caller keeps its own) while
 * the file is validated, so that a large graph's communities are ready about when its
 * validation is, rather than seconds after. `adopt` hands the result to the validated
 * graph's analysis query (which still checks it fits that graph); `cancel` stops it when
 * the file is refused. Null where there is no Worker. `started` is a worker started while
 * the file was read, if any. `port` is for the validation worker: it sends the entities and
 * relations through it once it has parsed the file, so that the file is parsed once.
 */
export function analyseFileEarly(
  bytes: ArrayBuffer,
  started: Worker | null = null,
): { adopt: (graph: Graph) => void; cancel: () => void; port: MessagePort } | null {
  const worker = started ?? startAnalysisWorker();
  if (!worker) return null;
  const copy = bytes.slice(0);
  const channel = new MessageChannel();
  const result = ask(worker, { bytes: copy, port: channel.port2 }, [copy, channel.port2], true).catch(() => null);
  return {
    port: channel.port1,
    adopt: (graph) => early.set(graph, result.then((analysis) => (analysis && analysisFits(analysis, inputOf(graph)) ? analysis : null))),
    cancel: () => worker.terminate(),
  };
}

/** Where there is no Worker (unit tests in Node): the same analysis, loaded on demand. */
async function analyseHere(graph: Graph): Promise<GraphAnalysis> {
  const { analyseGraph } = await import('../domain/analysis');
  return analyseGraph(inputOf(graph));
}

export function analysisQueryOptions(graph: Graph) {
  return queryOptions({
    queryKey: ['graph-analysis', keyOf(graph)],
    queryFn: async () => (await early.get(graph)) ?? analyseOffThread(graph),
    staleTime: 'static',
    gcTime: 5 * 60_000,
  });
}
