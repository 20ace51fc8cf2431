import type { Problem } from '../domain/validate';
import type { MessageKey } from '../shared/i18n/translate';

/** Why a graph could not be opened, as a message key and its parameters (shown translated). */
export interface LoadReason {
  key: Extract<MessageKey, `load.${string}`>;
  params?: Record<string, string | number>;
}

/**
 * A graph file that failed to load or validate, with the problems to show the user. The
 * Error's own message stays English, for logs and the console; the page shows the reason.
 */
export class GraphLoadError extends Error {
  readonly problems: Problem[];
  readonly reason: LoadReason;
  constructor(message: string, reason: LoadReason, problems: Problem[] = []) {
    super(message);
    this.name = 'GraphLoadError';
    this.reason = reason;
    this.problems = problems;
  }
}
