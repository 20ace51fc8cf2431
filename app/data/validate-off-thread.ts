import type { Graph } from '../domain/schema';
import type { ValidationResult } from '../domain/validate';
import { joinGraph } from './graph-parts';
import type { ValidateReply, ValidateRequest } from './validate.worker';

/**
 * Validate a graph file's bytes in a Web Worker (the bytes are transferred, not copied)
 * and rebuild the graph on the page in small parts, so that reading a 20 MB file leaves
 * the page responsive. Where there is no Worker (unit tests in Node) the same validator
 * runs here, loaded on demand, so zod is never part of the page's first script.
 */
export async function validateOffThread(buffer: ArrayBuffer): Promise<ValidationResult> {
  if (typeof Worker === 'undefined') return validateHere(buffer);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return validateHere(buffer);
  }
  try {
    const reply = await new Promise<ValidateReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ValidateReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the validation worker failed'));
      const request: ValidateRequest = { buffer };
      worker.postMessage(request, [buffer]);
    });
    if (!reply.ok) return { ok: false, problems: reply.problems };
    const graph: Graph = await joinGraph(reply.graph);
    return { ok: true, graph };
  } finally {
    worker.terminate();
  }
}

async function validateHere(buffer: ArrayBuffer): Promise<ValidationResult> {
  await import('./zod-config');
  const { validateGraphText } = await import('../domain/validate');
  return validateGraphText(new TextDecoder().decode(buffer));
}
