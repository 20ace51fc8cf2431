import { describe, expect, it } from 'vitest';
import { EDIT_ERROR_CODES } from '../../domain/annotation/schema';
import { ar } from '../../shared/i18n/ar';
import { en } from '../../shared/i18n/en';
import { translate } from '../../shared/i18n/translate';
import { errorMessage } from './messages';

describe('refusal messages', () => {
  it('every refusal code of the core has its own message in both languages', () => {
    const missing = EDIT_ERROR_CODES.flatMap((code) => [en, ar].filter((dict) => !(`author.error.${code}` in dict)).map((dict) => `${dict === en ? 'en' : 'ar'}:${code}`));
    expect(missing).toEqual([]);
  });

  it('fills parameters, sizes in readable units, and names an unknown code instead of failing', () => {
    const t = (lang: 'en' | 'ar') => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
    expect(errorMessage(t('en'), { code: 'too-large', params: { size: 11 * 1024 * 1024, limit: 10 * 1024 * 1024 } })).toBe('This article is 11.0 MB; articles over 10.0 MB are not opened.');
    expect(errorMessage(t('ar'), { code: 'duplicate-id', params: { id: 'putin' } })).toBe('المعرّف «putin» مستعمل؛ اختر غيره.');
    expect(errorMessage(t('ar'), { code: 'too-large', params: { size: 11 * 1024 * 1024, limit: 10 * 1024 * 1024 } })).toBe('حجم هذا المقال 11.0 MB؛ المقالات التي تتجاوز 10.0 MB لا تُفتح.');
    expect(errorMessage(t('en'), { code: 'no-such-code' })).toBe('That step was refused (no-such-code).');
  });
});
