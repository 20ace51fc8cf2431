import { GraphLoadError } from '../../data/graph-query';
import type { Translate } from '../../shared/i18n/translate';

/** Why a graph failed to load, in the user's language (an unexpected error keeps its own text). */
export function loadErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof GraphLoadError) return t(error.reason.key, error.reason.params);
  return t('load.unknown', { detail: error instanceof Error ? error.message : String(error) });
}
