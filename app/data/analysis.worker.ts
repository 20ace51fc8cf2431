/// <reference lib="webworker" />
import { analyseGraph } from '../domain/analysis';
import { analysisInputOf, type AnalysisInput } from '../domain/analysis-input';

/**
 * Communities and centrality off the main thread: Louvain and betweenness take seconds on
 * large graphs. Given a file's bytes instead of the graph, it reads the entities and
 * relations itself (while the file is validated elsewhere) and answers null when the
 * file is not a JSON graph.
 */
export type AnalysisRequest = { input: AnalysisInput } | { bytes: ArrayBuffer };

function inputFromBytes(bytes: ArrayBuffer): AnalysisInput | null {
  try {
    return analysisInputOf(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const input = 'bytes' in event.data ? inputFromBytes(event.data.bytes) : event.data.input;
  self.postMessage(input ? analyseGraph(input) : null);
};
