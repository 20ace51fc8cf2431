import type { Graph } from '../domain/schema';
import { joinGraph } from './graph-parts';
import type { ReadResult } from './read-graph-file';
import type { ValidateReply, ValidateRequest } from './validate.worker';

/**
 * Validate a graph file's bytes in a Web Worker (the bytes are transferred, not copied)
 * and rebuild the graph on the page in small parts, so that reading a 20 MB file leaves
 * the page responsive. Where there is no Worker (unit tests in Node) the same validator
 * runs here, loaded on demand, so zod is never part of the page's first script.
 */
export async function validateOffThread(buffer: ArrayBuffer, name?: string): Promise<ReadResult> {
  if (typeof Worker === 'undefined') return validateHere(buffer, name);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return validateHere(buffer, name);
  }
  try {
    const reply = await new Promise<ValidateReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ValidateReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the validation worker failed'));
      const request: ValidateRequest = name === undefined ? { buffer } : { buffer, name };
      worker.postMessage(request, [buffer]);
    });
    if (!reply.ok) return reply.reason ? { ok: false, problems: [], reason: reply.reason } : { ok: false, problems: reply.problems };
    const graph: Graph = await joinGraph(reply.graph);
    return { ok: true, graph };
  } finally {
    worker.terminate();
  }
}

async function validateHere(buffer: ArrayBuffer, name?: string): Promise<ReadResult> {
  await import('./zod-config');
  const { readGraphFile } = await import('./read-graph-file');
  return readGraphFile(buffer, name);
}
