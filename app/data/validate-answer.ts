import type { Graph } from '../domain/schema';
import type { Problem } from '../domain/validate';
import { sendGraph, type GraphPart } from './graph-parts';
import type { LoadReason } from './load-error';
import { readGraphFile } from './read-graph-file';

export type ValidateRequest = { buffer: ArrayBuffer; name?: string };

/**
 * What the validation worker says, in order: the graph's shell and parts as soon as its
 * shape is checked, then whether the checks across it (references, offsets) found it valid.
 * A file refused for its shape sends only the last message.
 */
export type ValidateMessage =
  | { kind: 'shell'; shell: string }
  | { kind: 'part'; part: GraphPart }
  | { kind: 'done'; ok: true }
  | { kind: 'done'; ok: false; problems: Problem[]; reason?: LoadReason };

/** The validation worker's answer to one request (apart from the worker, so tests run it as it is). */
export function answerValidation({ buffer, name }: ValidateRequest, post: (message: ValidateMessage) => void): void {
  let sent = false;
  const onShaped = (graph: Graph) => {
    sent = true;
    sendGraph(
      graph,
      (shell) => post({ kind: 'shell', shell }),
      (part) => post({ kind: 'part', part }),
    );
  };
  try {
    const result = readGraphFile(buffer, name, { onShaped });
    if (result.ok && !sent) throw new Error('the graph was not sent');
    post(result.ok ? { kind: 'done', ok: true } : { kind: 'done', ...result });
  } catch (error) {
    post({ kind: 'done', ok: false, problems: [{ path: '$', message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, code: 'unreadable' }] });
  }
}
