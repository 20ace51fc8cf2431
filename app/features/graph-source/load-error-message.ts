import { GraphLoadError } from '../../data/graph-query';
import { ImportError } from '../../data/import/import-error';
import type { Translate } from '../../shared/i18n/translate';

/** Why a graph failed to load or import, as a sentence in the user's language. */
export function loadErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof GraphLoadError || error instanceof ImportError) return t(error.reason.key, error.reason.params);
  return t('load.unknown');
}

/** The error's own (English) text, for the "Details" under the sentence. */
export function loadErrorTechnical(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
