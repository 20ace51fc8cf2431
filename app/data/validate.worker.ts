/// <reference lib="webworker" />
// First: zod must not probe for eval under the CSP (see zod-config.ts).
import './zod-config';
import { answerValidation, type ValidateMessage, type ValidateRequest } from './validate-answer';

/**
 * Validates a graph file off the main thread: the page transfers the file's bytes (no
 * copy), the worker decodes and parses them (this app's JSON, or GEXF or GraphML mapped
 * onto the contract), checks them with the same validator as `npm run validate`, and
 * answers with the problems (or the reason the file could not be read), or with the graph
 * in parts, sent while it still checks the graph across (validate-answer.ts).
 */
self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  answerValidation(event.data, (message: ValidateMessage) => self.postMessage(message));
};
