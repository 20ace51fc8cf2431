import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, validateGraph, validateGraphText } from '../../domain/validate';
import { translate, type MessageKey } from './translate';
import { smallGraph } from '../../test/fixtures';
import { problemPlace, problemSentence } from './problem-sentence';

const tr = (lang: 'ar' | 'en') => (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

describe('problemSentence', () => {
  it('says where a problem is as a reader counts, not as a JSON path', () => {
    expect(problemPlace('$.edges[3].target', tr('en'))).toEqual({ place: 'Relation 4', field: 'target' });
    expect(problemPlace('$.nodes[0].label.en', tr('ar'))).toEqual({ place: 'الكيان 1', field: 'label.en' });
    expect(problemPlace('$', tr('en')).place).toBe('The file');
  });

  it('says a validator problem in each language, with no placeholder left and no JSON path', () => {
    const g = smallGraph();
    g.edges[0]!.target = 'nobody';
    const result = validateGraph(g);
    if (result.ok) throw new Error('expected problems');
    expect(problemSentence(result.problems[0]!, tr('en'))).toBe('Relation 1: the entity “nobody” is not in the graph.');
    expect(problemSentence(result.problems[0]!, tr('ar'))).toBe('العلاقة 1: الكيان «nobody» غير موجود في الشبكة.');
    const page = validateGraphText('<!doctype html><title>app</title>');
    if (page.ok) throw new Error('expected problems');
    expect(problemSentence(page.problems[0]!, tr('en'))).toMatch(/web page, not a graph file/);
  });

  it('has a sentence in both dictionaries for every code', () => {
    for (const code of PROBLEM_CODES) {
      for (const lang of ['ar', 'en'] as const) {
        const text = problemSentence({ path: '$.edges[0].type', message: 'x', code, params: { id: 'a', label: 'b', quote: 'c', size: '1 B', limit: '0 B' } }, tr(lang));
        expect(text).not.toMatch(/\{\w+\}|\$\./);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });
});
