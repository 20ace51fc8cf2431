/// <reference lib="webworker" />
import { analysePacked, type AnalysisStep } from '../domain/analysis';
import { packedInputOf, type PackedInput } from '../domain/analysis-input';
import { contentKey, readCachedAnalysis, writeCachedAnalysis } from './analysis-cache';

/**
 * Communities and centrality off the main thread: Louvain and betweenness take seconds on
 * large graphs. Given a file's bytes instead of the graph (while the file is validated
 * elsewhere), it takes the entities and relations from the validation worker, which
 * parses the file anyway, through `port` (or, without one, reads them itself), and
 * answers null when the file is not a JSON graph; such an analysis is kept by the file's
 * content (analysis-cache.ts), so the same file opened again is answered from there.
 */
export type AnalysisRequest = { input: PackedInput } | { bytes: ArrayBuffer; port?: MessagePort };

/** What the validation worker read from the same file, or null when it found no graph to read. */
function inputFromPort(port: MessagePort): Promise<PackedInput | null> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<PackedInput | null>) => {
      port.close();
      resolve(event.data);
    };
  });
}

function inputFromBytes(bytes: ArrayBuffer): PackedInput | null {
  try {
    return packedInputOf(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/** Answers first, then keeps a new analysis, then closes (the page does not wait for the write). */
async function analyseFile(bytes: ArrayBuffer, port?: MessagePort): Promise<void> {
  const read = port ? inputFromPort(port) : null;
  const key = await contentKey(bytes);
  const cached = key ? await readCachedAnalysis(key) : null;
  performance.mark('age:analysis-cache-read');
  if (cached) return self.postMessage(cached);
  const input = read ? await read : inputFromBytes(bytes);
  performance.mark('age:analysis-input');
  const analysis = input ? analysePacked(input, markStep) : null;
  self.postMessage(analysis);
  performance.mark('age:analysis-posted');
  if (key && analysis) await writeCachedAnalysis(key, analysis);
}

/** Each step's end, as a User Timing mark in the worker's timeline (a performance trace shows them beside the page's). */
function markStep(step: AnalysisStep): void {
  performance.mark(`age:analysis-${step}`);
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  performance.mark('age:analysis-request');
  const request = event.data;
  if (!('bytes' in request)) return self.postMessage(analysePacked(request.input));
  void analyseFile(request.bytes, request.port).finally(() => self.close());
};
