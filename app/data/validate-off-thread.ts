import { GraphAssembly } from './graph-parts';
import type { ReadResult } from './read-graph-file';
import type { ValidateMessage, ValidateRequest } from './validate-answer';

/**
 * Validate a graph file's bytes in a Web Worker (the bytes are transferred, not copied)
 * and rebuild the graph on the page from the parts the worker sends, one message each, so
 * that reading a 20 MB file leaves the page responsive; the parts are put together while
 * the worker still checks the graph across (references, offsets), and kept only if it
 * finds it valid. Where there is no Worker (unit tests in Node) the same validator runs
 * here, loaded on demand, so zod is never part of the page's first script.
 */
export async function validateOffThread(buffer: ArrayBuffer, name?: string): Promise<ReadResult> {
  return startValidation().validate(buffer, name);
}

export interface Validation {
  /** `analysis`: see ValidateRequest. */
  validate(buffer: ArrayBuffer, name?: string, analysis?: MessagePort): Promise<ReadResult>;
  /** Ends the worker when there is nothing to validate after all (the file could not be read). */
  cancel(): void;
}

/**
 * Starts the validation worker now, so that it has loaded by the time the file is read
 * (its script holds zod and the importers: loading it is a few hundred milliseconds on a
 * busy machine).
 */
export function startValidation(): Validation {
  let worker: Worker | null = null;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    // Nothing is read for an analysis waiting on the channel: it is told so, and reads the validated graph instead.
    const validate = (buffer: ArrayBuffer, name?: string, analysis?: MessagePort) => {
      analysis?.postMessage(null);
      return validateHere(buffer, name);
    };
    return { validate, cancel: () => undefined };
  }
  const started = worker;
  return {
    validate: (buffer, name, analysis) => validateIn(started, buffer, name, analysis),
    cancel: () => started.terminate(),
  };
}

async function validateIn(worker: Worker, buffer: ArrayBuffer, name?: string, analysis?: MessagePort): Promise<ReadResult> {
  const assembly = new GraphAssembly();
  try {
    const done = await new Promise<Extract<ValidateMessage, { kind: 'done' }>>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ValidateMessage>) => {
        const message = event.data;
        try {
          if (message.kind === 'shell') assembly.shell(message.shell);
          else if (message.kind === 'part') assembly.part(message.part);
          else resolve(message);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the validation worker failed'));
      const request: ValidateRequest = { buffer, ...(name === undefined ? {} : { name }), ...(analysis ? { analysis } : {}) };
      worker.postMessage(request, analysis ? [buffer, analysis] : [buffer]);
    });
    if (!done.ok) return done.reason ? { ok: false, problems: [], reason: done.reason } : { ok: false, problems: done.problems };
    return { ok: true, graph: assembly.graph() };
  } finally {
    worker.terminate();
  }
}

async function validateHere(buffer: ArrayBuffer, name?: string): Promise<ReadResult> {
  await import('./zod-config');
  const { readGraphFile } = await import('./read-graph-file');
  return readGraphFile(buffer, name);
}
