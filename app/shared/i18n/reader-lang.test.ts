// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY, storedOrPreferredLang } from './reader-lang';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('storedOrPreferredLang', () => {
  it('takes the stored choice first', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    expect(storedOrPreferredLang()).toBe('ar');
  });

  it('else the first of the browser’s languages it has, else English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'ar-EG', 'en']);
    expect(storedOrPreferredLang()).toBe('ar');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de']);
    expect(storedOrPreferredLang()).toBe('en');
  });

  it('ignores a stored value that is not a language of the app', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar']);
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(storedOrPreferredLang()).toBe('ar');
  });
});
