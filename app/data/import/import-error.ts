import type { LoadReason } from '../load-error';

/** Why a GEXF, GraphML or CSV file could not be turned into a graph, as a message key for the user. */
export class ImportError extends Error {
  readonly reason: LoadReason;
  constructor(message: string, reason: LoadReason) {
    super(message);
    this.name = 'ImportError';
    this.reason = reason;
  }
}
