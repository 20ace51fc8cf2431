/// <reference lib="webworker" />
// First: zod must not probe for eval under the CSP (see zod-config.ts).
import './zod-config';
import type { Problem } from '../domain/validate';
import { splitGraph, type GraphParts } from './graph-parts';
import type { LoadReason } from './load-error';
import { readGraphFile } from './read-graph-file';

/**
 * Validates a graph file off the main thread: the page transfers the file's bytes (no
 * copy), the worker decodes and parses them (this app's JSON, or GEXF or GraphML mapped
 * onto the contract), checks them with the same validator as `npm run validate`, and
 * answers with the problems (or the reason the file could not be read), or with the graph in parts.
 */
export type ValidateRequest = { buffer: ArrayBuffer; name?: string };
export type ValidateReply = { ok: true; graph: GraphParts } | { ok: false; problems: Problem[]; reason?: LoadReason };

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  let reply: ValidateReply;
  try {
    const result = readGraphFile(event.data.buffer, event.data.name);
    reply = result.ok ? { ok: true, graph: splitGraph(result.graph) } : result;
  } catch (error) {
    reply = { ok: false, problems: [{ path: '$', message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, code: 'unreadable' }] };
  }
  self.postMessage(reply);
};
