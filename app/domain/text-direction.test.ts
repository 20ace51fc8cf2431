import { describe, expect, it } from 'vitest';
import { articleText, textDirection } from './text-direction';

describe('an article’s text direction', () => {
  it('is right to left for Arabic, Persian, Hebrew and Urdu, left to right for English and French', () => {
    expect(['ar', 'ar-EG', 'fa', 'he', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'en-GB', 'fr', 'zh-Hans'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('follows an explicit script: Kurdish in Arabic script is rtl, Azerbaijani in Latin ltr', () => {
    expect(textDirection('ku-Arab')).toBe('rtl');
    expect(textDirection('az-Latn')).toBe('ltr');
    expect(textDirection('ar-Latn')).toBe('ltr');
  });

  it('gives the tag as it is, with its direction', () => {
    expect(articleText({ lang: 'en' })).toEqual({ lang: 'en', dir: 'ltr' });
    expect(articleText({ lang: 'ar' })).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});
