import { packedInputOf, packedTransfer, type PackedInput } from '../domain/analysis-input';
import type { Graph } from '../domain/schema';
import type { Problem } from '../domain/validate';
import { sendGraph, type GraphPart } from './graph-parts';
import type { LoadReason } from './load-error';
import { readGraphFile } from './read-graph-file';

/**
 * `analysis`: where to send the entities and relations read from the file as soon as it
 * is parsed (the analysis worker's end of a channel), so that the file is parsed once.
 */
export type ValidateRequest = { buffer: ArrayBuffer; name?: string; analysis?: MessagePort };

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
export function answerValidation({ buffer, name, analysis }: ValidateRequest, post: (message: ValidateMessage) => void): void {
  performance.mark('age:file-received');
  let sent = false;
  let input: PackedInput | null | undefined;
  const onParsed = (data: unknown) => {
    performance.mark('age:file-parsed');
    input = packedInputOf(data);
    analysis?.postMessage(input, input ? packedTransfer(input) : []);
    performance.mark('age:file-input-sent');
  };
  const onShaped = (graph: Graph) => {
    performance.mark('age:file-shaped');
    sent = true;
    sendGraph(
      graph,
      (shell) => post({ kind: 'shell', shell }),
      (part) => post({ kind: 'part', part }),
    );
    performance.mark('age:file-parts-sent');
  };
  try {
    const result = readGraphFile(buffer, name, { onShaped, onParsed });
    if (result.ok && !sent) throw new Error('the graph was not sent');
    performance.mark('age:file-checked');
    post(result.ok ? { kind: 'done', ok: true } : { kind: 'done', ...result });
  } catch (error) {
    post({ kind: 'done', ok: false, problems: [{ path: '$', message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, code: 'unreadable' }] });
  } finally {
    // A file that is not JSON (GEXF, GraphML) or not a graph: the analysis is told there is nothing to read.
    if (input === undefined) analysis?.postMessage(null);
  }
}
