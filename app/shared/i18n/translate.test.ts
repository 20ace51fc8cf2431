import { describe, expect, it } from 'vitest';
import { ar, arPlurals } from './ar';
import { en, enPlurals } from './en';
import { countPhrase, translate } from './translate';

describe('counted phrases (Intl.PluralRules)', () => {
  it('uses all six Arabic plural forms', () => {
    expect(countPhrase('ar', 'relations', 0)).toBe('0 علاقة');
    expect(countPhrase('ar', 'relations', 1)).toBe('علاقة واحدة');
    expect(countPhrase('ar', 'relations', 2)).toBe('علاقتان');
    expect(countPhrase('ar', 'relations', 3)).toBe('3 علاقات');
    expect(countPhrase('ar', 'relations', 10)).toBe('10 علاقات');
    expect(countPhrase('ar', 'entities', 11)).toBe('11 كيانًا');
    expect(countPhrase('ar', 'entities', 58)).toBe('58 كيانًا');
    expect(countPhrase('ar', 'entities', 100)).toBe('100 كيان');
    // 110 ends in 10: the plural of 3–10 again.
    expect(countPhrase('ar', 'relations', 110)).toBe('110 علاقات');
  });

  it('uses the English singular for one and the plural otherwise', () => {
    expect(countPhrase('en', 'problems', 1)).toBe('1 problem');
    expect(countPhrase('en', 'problems', 0)).toBe('0 problems');
    expect(countPhrase('en', 'problems', 2)).toBe('2 problems');
  });

  it('fills counted placeholders in messages, in both languages', () => {
    expect(translate('en', 'app.problems', { count: 1 })).toBe('1 problem found. The first ones, with their place in the file:');
    expect(translate('en', 'app.problems', { count: 4 })).toMatch(/^4 problems found\./);
    expect(translate('ar', 'app.problems', { count: 2 })).toMatch(/^وُجدت مشكلتان\./);
    expect(translate('en', 'path.found', { count: 1, steps: 2 })).toBe('1 shortest chain of 2 steps');
    expect(translate('ar', 'path.found', { count: 2, steps: 2 })).toBe('سلسلتان قصيرتان من خطوتين');
    expect(translate('en', 'graph.label', { nodes: 58, edges: 1 })).toContain('58 entities and 1 relation shown');
  });

  it('names only phrases that exist, with the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::(\w+))?\}/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const text of [en[key], ar[key]]) {
        for (const m of text.matchAll(/\{\w+:(\w+)\}/g)) expect(Object.keys(enPlurals), `${key}: ${m[1]}`).toContain(m[1]);
      }
      expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(arPlurals).sort()).toEqual(Object.keys(enPlurals).sort());
  });
});
