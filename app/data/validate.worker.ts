/// <reference lib="webworker" />
// First: zod must not probe for eval under the CSP (see zod-config.ts).
import './zod-config';
import { validateGraphText, type Problem } from '../domain/validate';
import { splitGraph, type GraphParts } from './graph-parts';

/**
 * Validates a graph file off the main thread: the page transfers the file's bytes (no
 * copy), the worker decodes, parses and checks them with the same validator as
 * `npm run validate`, and answers with the problems, or with the graph in parts.
 */
export type ValidateRequest = { buffer: ArrayBuffer };
export type ValidateReply = { ok: true; graph: GraphParts } | { ok: false; problems: Problem[] };

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  let reply: ValidateReply;
  try {
    const text = new TextDecoder().decode(event.data.buffer);
    const result = validateGraphText(text);
    reply = result.ok ? { ok: true, graph: splitGraph(result.graph) } : { ok: false, problems: result.problems };
  } catch (error) {
    reply = { ok: false, problems: [{ path: '$', message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, code: 'unreadable' }] };
  }
  self.postMessage(reply);
};
