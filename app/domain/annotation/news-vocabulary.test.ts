import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../fold';
import { CategorySchema, NodeTypeSchema, RelationTypeSchema, type Graph } from '../schema';
import { NEWS_VOCABULARY, withNewsVocabulary } from './news-vocabulary';

const bundled = JSON.parse(readFileSync(new URL('../../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;

const unique = (values: string[]) => new Set(values).size === values.length;

describe('the news vocabulary', () => {
  it('has the kinds of entity news is about, and the common relations, each in both languages', () => {
    const nodes = NEWS_VOCABULARY.nodeTypes.map((t) => t.id);
    for (const id of ['person', 'bloc', 'country', 'city', 'river', 'place', 'event', 'meeting', 'agreement']) expect(nodes).toContain(id);
    const relations = NEWS_VOCABULARY.relationTypes.map((t) => t.id);
    for (const id of ['meets', 'visits', 'holds-talks-with', 'signs', 'supports', 'opposes', 'condition-for']) expect(relations).toContain(id);
    for (const t of [...NEWS_VOCABULARY.nodeTypes, ...NEWS_VOCABULARY.relationTypes, ...NEWS_VOCABULARY.categories]) {
      expect(t.label.ar.trim()).not.toBe('');
      expect(t.label.en.trim()).not.toBe('');
    }
    for (const t of NEWS_VOCABULARY.nodeTypes) NodeTypeSchema.parse(t);
    for (const t of NEWS_VOCABULARY.relationTypes) RelationTypeSchema.parse(t);
    for (const c of NEWS_VOCABULARY.categories) CategorySchema.parse(c);
  });

  it('gives relation labels the Arabic forms that agree with a feminine or plural subject', () => {
    const meets = NEWS_VOCABULARY.relationTypes.find((t) => t.id === 'meets');
    expect(meets?.forms).toEqual({ ar: { feminine: 'تلتقي', masculinePlural: 'يلتقون' }, en: { plural: 'meet' } });
    const withVerbForms = NEWS_VOCABULARY.relationTypes.filter((t) => t.forms?.ar?.feminine);
    expect(withVerbForms.length).toBeGreaterThan(20);
  });

  it('joined to the bundled graph, includes every one of its types unchanged, with unique ids and names', () => {
    const v = withNewsVocabulary(bundled);
    for (const t of bundled.nodeTypes) expect(v.nodeTypes).toContainEqual(t);
    for (const t of bundled.relationTypes) expect(v.relationTypes).toContainEqual(t);
    for (const c of bundled.categories ?? []) expect(v.categories).toContainEqual(c);
    for (const list of [v.nodeTypes, v.relationTypes, v.categories]) {
      expect(unique(list.map((t) => t.id))).toBe(true);
      expect(unique(list.map((t) => fold(t.label.ar)))).toBe(true);
      expect(unique(list.map((t) => fold(t.label.en)))).toBe(true);
    }
    const categories = new Set(v.categories.map((c) => c.id));
    for (const t of v.relationTypes) expect(categories.has(t.category)).toBe(true);
    // The news types come first, in their order, for the palette.
    expect(v.nodeTypes.slice(0, 4).map((t) => t.id)).toEqual(['person', 'bloc', 'country', 'city']);
  });
});
