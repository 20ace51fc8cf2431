import type { Sentence } from '../../domain/schema';
import type { Translate } from './translate';

/** "Title", "Lede" or "Sentence n" in the user's language (n from `bodyNumbers`). */
export function sentenceRoleLabel(t: Translate, sentence: Pick<Sentence, 'role'> | undefined, bodyNumber: number | string): string {
  if (sentence?.role === 'title') return t('details.sentenceRole.title');
  if (sentence?.role === 'lede') return t('details.sentenceRole.lede');
  return t('details.sentenceRole.body', { n: bodyNumber });
}
