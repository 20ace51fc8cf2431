/// <reference lib="webworker" />
// First: zod must not probe for eval under the CSP (see zod-config.ts).
import './zod-config';
import { runCorpusRequest, type CorpusReply, type CorpusRequest } from './corpus-run';

/** The corpus merge's worker: one request, one reply (see corpus-run.ts). */
self.onmessage = (event: MessageEvent<CorpusRequest>) => {
  let reply: CorpusReply;
  try {
    reply = runCorpusRequest(event.data);
  } catch (error) {
    reply = { ok: false, problems: [{ path: '$', message: `could not be merged: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  self.postMessage(reply);
};
