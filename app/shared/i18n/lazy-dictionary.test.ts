import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * A fresh copy of translate.ts (the test set-up registers both dictionaries in the shared
 * one), so what loads and when can be seen.
 */
async function freshTranslate() {
  vi.resetModules();
  return import('./translate');
}

afterEach(() => {
  vi.doUnmock('./ar');
  vi.resetModules();
});

describe('dictionaries loaded when needed', () => {
  it('has no dictionary until one is loaded, then translates with it', async () => {
    const t = await freshTranslate();
    expect(t.hasDictionary('en')).toBe(false);
    expect(t.translate('en', 'app.title')).toBe('app.title');
    await t.loadDictionary('ar');
    expect(t.hasDictionary('ar')).toBe(true);
    expect(t.hasDictionary('en')).toBe(false);
    expect(t.translate('ar', 'app.title')).toBe('مستكشف شبكة المقال');
    expect(t.countPhrase('ar', 'relations', 2)).toBe('علاقتان');
    // Until English arrives, an English string comes from the dictionary that is here.
    expect(t.translate('en', 'app.title')).toBe('مستكشف شبكة المقال');
    expect(t.isMessageKey('category.alliance')).toBe(true);
    expect(t.isMessageKey('category.nothing')).toBe(false);
    expect(t.isMessageKey('toString')).toBe(false);
  });

  it('reports a failed download and can try again', async () => {
    vi.doMock('./ar', () => {
      throw new Error('offline');
    });
    const t = await freshTranslate();
    await expect(t.loadDictionary('ar')).rejects.toThrow();
    expect(t.hasDictionary('ar')).toBe(false);
    vi.doUnmock('./ar');
    await t.loadDictionary('ar');
    expect(t.translate('ar', 'app.title')).toBe('مستكشف شبكة المقال');
  });
});
