/// <reference lib="webworker" />
import { analyseGraph } from '../domain/analysis';
import { analysisInputOf, type AnalysisInput } from '../domain/analysis-input';
import { contentKey, readCachedAnalysis, writeCachedAnalysis } from './analysis-cache';

/**
 * Communities and centrality off the main thread: Louvain and betweenness take seconds on
 * large graphs. Given a file's bytes instead of the graph (while the file is validated
 * elsewhere), it takes the entities and relations from the validation worker, which
 * parses the file anyway, through `port` (or, without one, reads them itself), and
 * answers null when the file is not a JSON graph; such an analysis is kept by the file's
 * content (analysis-cache.ts), so the same file opened again is answered from there.
 */
export type AnalysisRequest = { input: AnalysisInput } | { bytes: ArrayBuffer; port?: MessagePort };

/** What the validation worker read from the same file, or null when it found no graph to read. */
function inputFromPort(port: MessagePort): Promise<AnalysisInput | null> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<AnalysisInput | null>) => {
      port.close();
      resolve(event.data);
    };
  });
}

function inputFromBytes(bytes: ArrayBuffer): AnalysisInput | null {
  try {
    return analysisInputOf(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/** Answers first, then keeps a new analysis, then closes (the page does not wait for the write). */
async function analyseFile(bytes: ArrayBuffer, port?: MessagePort): Promise<void> {
  const read = port ? inputFromPort(port) : null;
  const key = await contentKey(bytes);
  const cached = key ? await readCachedAnalysis(key) : null;
  if (cached) return self.postMessage(cached);
  const input = read ? await read : inputFromBytes(bytes);
  const analysis = input ? analyseGraph(input) : null;
  self.postMessage(analysis);
  if (key && analysis) await writeCachedAnalysis(key, analysis);
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (!('bytes' in request)) return self.postMessage(analyseGraph(request.input));
  void analyseFile(request.bytes, request.port).finally(() => self.close());
};
