import { describe, expect, it } from 'vitest';
import { KEBAB_ID, toKebab } from './ids';

describe('toKebab', () => {
  it('makes a kebab-case id from an English title, accents dropped rather than cut', () => {
    expect(toKebab('  Putin’s Visit to China!  ')).toBe('putin-s-visit-to-china');
    expect(toKebab('Résumé of the Café talks')).toBe('resume-of-the-cafe-talks');
    expect(KEBAB_ID.test(toKebab('Résumé of the Café talks'))).toBe(true);
  });

  it('gives nothing for text with no Latin letters or digits, and at most 60 characters', () => {
    expect(toKebab('زيارة بوتين')).toBe('');
    const long = toKebab('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('KEBAB_ID', () => {
  it('accepts lowercase ascii kebab-case only', () => {
    expect(['a', 's12', 'putin-china-visit'].every((id) => KEBAB_ID.test(id))).toBe(true);
    expect(['', 'A', '-a', 'a-', 'a--b', 'a_b', 'بوتين'].some((id) => KEBAB_ID.test(id))).toBe(false);
  });
});
