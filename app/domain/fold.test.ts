import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from './fold';

describe('fold', () => {
  it('unifies alef and hamza forms', () => {
    expect(fold('أوكرانيا')).toBe(fold('اوكرانيا'));
    expect(fold('إطلاق')).toBe('اطلاق');
    expect(fold('آسيا')).toBe('اسيا');
    expect(fold('ٱلله')).toBe('الله');
  });
  it('strips tashkeel and tatweel', () => {
    expect(fold('اقتصادياً')).toBe('اقتصاديا');
    expect(fold('بُوتِين')).toBe('بوتين');
    expect(fold('روســيا')).toBe('روسيا');
  });
  it('folds ya / alif maqsura and ta marbuta / ha', () => {
    expect(fold('مستوى')).toBe(fold('مستوي'));
    expect(fold('الصينية')).toBe('الصينيه');
  });
  it('maps Arabic-Indic digits to ASCII', () => {
    expect(fold('٨٠٠٠ شخص')).toBe('8000 شخص');
    expect(fold('۱۲')).toBe('12');
  });
  it('lower-cases and strips Latin accents', () => {
    expect(fold('  Zelénsky  KYIV ')).toBe('zelensky kyiv');
  });
});

describe('foldWithMap', () => {
  it('maps folded positions back to the original text', () => {
    const text = 'قالَ بوتين';
    const { folded, map } = foldWithMap(text);
    const at = folded.indexOf('بوتين');
    expect(text.slice(map[at], (map[at + 4] ?? 0) + 1)).toBe('بوتين');
  });
});
