import { en, type MessageKey } from '../../shared/i18n/en';
import type { Translate } from '../../shared/i18n/translate';
import { formatSize } from '../../domain/format-size';
import type { EditError } from '../../domain/annotation/schema';

/** An edit's refusal (a code with parameters from the core) in the user's language. */
export function errorMessage(t: Translate, error: EditError): string {
  const key = `author.error.${error.code}`;
  const params: Record<string, string | number> = { ...error.params };
  for (const key of ['size', 'limit']) if (typeof params[key] === 'number') params[key] = formatSize(params[key]);
  if (key in en) return t(key as MessageKey, params);
  return t('author.error.unknown', { code: error.code });
}
