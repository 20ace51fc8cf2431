import { describe, expect, it } from 'vitest';
import { EDIT_ERROR_CODES } from '../../domain/annotation/schema';
import { ar } from '../../shared/i18n/ar';
import { en, type MessageKey } from '../../shared/i18n/en';
import { translate } from '../../shared/i18n/translate';
import { DONE_MESSAGES, doneMessage, REFUSAL_MESSAGES, refusalMessage, type Refusal, type RefusalCode } from './messages';

const t = (lang: 'en' | 'ar') => (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

describe('refusal and notice messages', () => {
  it('gives every refusal code of the core its own message, and no two codes the same one', () => {
    for (const code of EDIT_ERROR_CODES) expect(REFUSAL_MESSAGES[code], code).toBeDefined();
    const keys = Object.values(REFUSAL_MESSAGES);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(ar[key].length, key).toBeGreaterThan(0);
    }
  });

  it('keeps success notices apart from refusals', () => {
    const refusals = new Set<MessageKey>(Object.values(REFUSAL_MESSAGES));
    for (const [code, key] of Object.entries(DONE_MESSAGES)) {
      expect(refusals.has(key), code).toBe(false);
      expect(code in REFUSAL_MESSAGES, code).toBe(false);
    }
  });

  it('fills parameters, sizes in readable units', () => {
    expect(refusalMessage(t('en'), { code: 'too-large', params: { size: 11 * 1024 * 1024, limit: 10 * 1024 * 1024 } })).toBe('This article is 11.0 MB; articles over 10.0 MB are not opened.');
    expect(refusalMessage(t('ar'), { code: 'duplicate-id', params: { id: 'putin' } })).toBe('المعرّف «putin» مستعمل؛ اختر غيره.');
    expect(refusalMessage(t('ar'), { code: 'too-large', params: { size: 11 * 1024 * 1024, limit: 10 * 1024 * 1024 } })).toBe('حجم هذا المقال 11.0 MB؛ المقالات التي تتجاوز 10.0 MB لا تُفتح.');
    expect(doneMessage(t('en'), { code: 'done-entity', params: { label: 'Putin' } })).toBe('Entity “Putin” created.');
    expect(doneMessage(t('en'), { code: 'undone' })).toBe('Undone.');
  });

  it('says where the caret went on to after the step, in the user’s language', () => {
    expect(doneMessage(t('en'), { code: 'done-accepted', params: { label: 'Putin', count: 2 }, next: { label: 'China', count: 3 } })).toBe(
      'Accepted: 2 mentions of Putin. The caret is on the proposals of China (3 proposals).',
    );
    expect(doneMessage(t('ar'), { code: 'done-entity-proposed', params: { label: 'بوتين', count: 1 } })).toBe('أُنشئ الكيان «بوتين»؛ واقتُرحت مواضعه الأخرى (مقترح واحد): Shift+Enter يقبلها كلها، وN ينتقل إليها.');
  });

  it('rejects at compile time a code without a message, a partial table, and success passed as a refusal', () => {
    // @ts-expect-error a code nobody defined has no message
    const unknown: Refusal = { code: 'no-such-code' };
    // @ts-expect-error a success notice is not a refusal
    const done: Refusal = { code: 'undone' };
    // @ts-expect-error a table that leaves a code out does not compile
    const partial: Record<RefusalCode, MessageKey> = { 'no-span': 'author.error.no-span' };
    expect([unknown, done, partial]).toHaveLength(3);
  });
});
