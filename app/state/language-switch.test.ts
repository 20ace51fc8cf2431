import { describe, expect, it, vi } from 'vitest';
import type * as Translate from '../shared/i18n/translate';

describe('switching language', () => {
  it('switches only once the dictionary is here, and keeps the language when it cannot be downloaded', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../shared/i18n/translate', async (original) => {
      const real = await original<typeof Translate>();
      return { ...real, hasDictionary: () => false, loadDictionary: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve()) };
    });
    const { useAppStore } = await import('./store');
    useAppStore.setState({ lang: 'en' });
    useAppStore.getState().setLang('ar');
    expect(useAppStore.getState().lang).toBe('en');
    await vi.waitFor(() => expect(useAppStore.getState().langFailed).toBe('ar'));
    expect(useAppStore.getState().lang).toBe('en');
    fail = false;
    useAppStore.getState().setLang('ar');
    await vi.waitFor(() => expect(useAppStore.getState().lang).toBe('ar'));
    expect(useAppStore.getState().langFailed).toBeNull();

    // A step back to a link in the other language: the rest of the view at once, the language once it is here.
    useAppStore.getState().applyViewState({ lang: 'en', view: 'list' });
    expect(useAppStore.getState()).toMatchObject({ lang: 'ar', view: 'list' });
    await vi.waitFor(() => expect(useAppStore.getState().lang).toBe('en'));
    vi.doUnmock('../shared/i18n/translate');
  });
});
