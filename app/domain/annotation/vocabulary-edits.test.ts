import { describe, expect, it } from 'vitest';
import { compileAnnotations } from './compile';
import { addCategory, addEntity, addNodeType, addRelation, removeCategory, removeNodeType, removeRelationType, updateCategory, updateNodeType, updateRelationType } from './edits';
import { sampleDoc } from './fixtures';
import { commit, createHistory, undo } from './history';
import type { AnnotationDoc } from './schema';

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

describe('vocabulary edits', () => {
  it('adds an entity type that an entity can use at once, and one undo takes it back', () => {
    const doc = sampleDoc();
    const added = ok(addNodeType(doc, { label: { ar: 'مدينة', en: 'City' } }));
    expect(added.id).toBe('city');
    const used = ok(addEntity(added.doc, { type: 'city', label: { ar: 'بكين', en: 'Beijing' } }));
    expect(used.doc.entities.at(-1)?.type).toBe('city');
    expect(undo(commit(createHistory(doc), added.doc)).present).toBe(doc);
  });

  it('refuses a type name already taken (case and spacing ignored), an empty one and a bad id', () => {
    const doc = sampleDoc();
    expect(addNodeType(doc, { label: { ar: 'شخص', en: 'Human' } })).toEqual({ ok: false, error: { code: 'label-taken', params: { lang: 'ar', label: 'شخص', id: 'person' } } });
    expect(addNodeType(doc, { label: { ar: 'بلد', en: '  country ' } })).toMatchObject({ ok: false, error: { code: 'label-taken', params: { lang: 'en', id: 'country' } } });
    expect(addNodeType(doc, { label: { ar: '', en: 'City' } })).toMatchObject({ ok: false, error: { code: 'empty-label' } });
    expect(addNodeType(doc, { id: 'Bad Id', label: { ar: 'مدينة', en: 'City' } })).toMatchObject({ ok: false, error: { code: 'invalid-id' } });
    expect(addNodeType(doc, { id: 'person', label: { ar: 'مدينة', en: 'City' } })).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
  });

  it('renames an entity type keeping its id, refusing a name another type has', () => {
    const doc = sampleDoc();
    const renamed = ok(updateNodeType(doc, 'country', { label: { ar: 'دولة أو حكومة', en: 'Country or government' } }));
    expect(renamed.doc.nodeTypes.find((t) => t.id === 'country')?.label.en).toBe('Country or government');
    expect(renamed.doc.entities.filter((e) => e.type === 'country')).toHaveLength(2);
    expect(updateNodeType(doc, 'country', { label: { ar: 'شخص', en: 'Person' } })).toMatchObject({ ok: false, error: { code: 'label-taken' } });
    // Its own name again is no clash.
    expect(updateNodeType(doc, 'country', { label: { ar: 'دولة', en: 'Country' } }).ok).toBe(true);
    expect(updateNodeType(doc, 'city', { label: { ar: 'مدينة', en: 'City' } })).toMatchObject({ ok: false, error: { code: 'unknown-node-type' } });
  });

  it('removes an unused entity type and refuses one in use, saying how many use it', () => {
    const doc = ok(addNodeType(sampleDoc(), { label: { ar: 'مدينة', en: 'City' } })).doc;
    expect(ok(removeNodeType(doc, 'city')).doc.nodeTypes.map((t) => t.id)).toEqual(['person', 'country']);
    expect(removeNodeType(doc, 'country')).toEqual({ ok: false, error: { code: 'type-in-use', params: { id: 'country', count: 2 } } });
  });

  it('renames, recategorises and redirects a relation type; the document still compiles', () => {
    const doc = sampleDoc();
    const moved = ok(addCategory(doc, { label: { ar: 'المواقف', en: 'Stances' } }));
    const changed = ok(updateRelationType(moved.doc, 'supports', { label: { ar: 'يساند', en: 'backs' }, category: moved.id, directed: true }));
    const type = changed.doc.relationTypes.find((t) => t.id === 'supports');
    expect(type).toEqual({ id: 'supports', label: { ar: 'يساند', en: 'backs' }, category: 'stances', directed: true });
    expect(compileAnnotations(changed.doc).problems).toEqual([]);
    expect(ok(updateRelationType(doc, 'visits', { directed: false })).doc.relationTypes.find((t) => t.id === 'visits')?.directed).toBe(false);
    expect(updateRelationType(doc, 'visits', { label: { ar: 'يدعم', en: 'x' } })).toMatchObject({ ok: false, error: { code: 'label-taken', params: { id: 'supports' } } });
    expect(updateRelationType(doc, 'visits', { category: 'nowhere' })).toEqual({ ok: false, error: { code: 'unknown-category', params: { id: 'nowhere' } } });
  });

  it('keeps a relation type directed while two of its relations go both ways', () => {
    const doc: AnnotationDoc = ok(addRelation(sampleDoc(), { source: 'china', target: 'putin', type: 'visits', evidence: { sentence: 's1', quote: 'الصين' } })).doc;
    expect(updateRelationType(doc, 'visits', { directed: false })).toEqual({ ok: false, error: { code: 'undirected-twins', params: { id: 'putin-visits-china' } } });
  });

  it('removes unused relation types and categories, refusing those in use', () => {
    const doc = sampleDoc();
    expect(removeRelationType(doc, 'visits')).toEqual({ ok: false, error: { code: 'type-in-use', params: { id: 'visits', count: 1 } } });
    expect(ok(removeRelationType(doc, 'partner-of')).doc.relationTypes.map((t) => t.id)).toEqual(['visits', 'supports']);
    expect(removeCategory(doc, 'diplomacy')).toEqual({ ok: false, error: { code: 'category-in-use', params: { id: 'diplomacy', count: 3 } } });
    const withNew = ok(addCategory(doc, { id: 'economy', label: { ar: 'الاقتصاد', en: 'Economy' } }));
    expect(ok(removeCategory(withNew.doc, 'economy')).doc.categories).toEqual(doc.categories);
    expect(addCategory(doc, { label: { ar: 'الدبلوماسية', en: 'Other' } })).toMatchObject({ ok: false, error: { code: 'label-taken' } });
    expect(ok(updateCategory(doc, 'diplomacy', { label: { ar: 'الدبلوماسية والزيارات', en: 'Diplomacy and visits' } })).doc.categories?.[0]?.label.en).toBe('Diplomacy and visits');
    expect(updateCategory(doc, 'none', { label: { ar: 'س', en: 'x' } })).toMatchObject({ ok: false, error: { code: 'unknown-category' } });
  });

  it('gives an entity type and a category their own colour in one undo step, carried to the graph; null clears it', () => {
    const doc = sampleDoc();
    const recoloured = ok(updateNodeType(doc, 'country', { color: '#AA3300' })).doc;
    expect(recoloured.nodeTypes.find((t) => t.id === 'country')?.color).toBe('#aa3300');
    expect(recoloured.nodeTypes.filter((t) => t.id !== 'country')).toEqual(doc.nodeTypes.filter((t) => t.id !== 'country'));
    expect(undo(commit(createHistory(doc), recoloured)).present).toBe(doc);
    expect(compileAnnotations(recoloured).graph.nodeTypes.find((t) => t.id === 'country')?.color).toBe('#aa3300');
    const cleared = ok(updateNodeType(recoloured, 'country', { color: null })).doc;
    expect(cleared.nodeTypes.find((t) => t.id === 'country')).toEqual(doc.nodeTypes.find((t) => t.id === 'country'));
    expect('color' in (cleared.nodeTypes.find((t) => t.id === 'country') ?? {})).toBe(false);
    expect(updateNodeType(doc, 'country', { color: 'red' })).toEqual({ ok: false, error: { code: 'invalid-color', params: { color: 'red' } } });
    expect(ok(updateNodeType(doc, 'country', { color: null })).doc).toBe(doc);

    const category = ok(updateCategory(doc, 'diplomacy', { color: '#123456' })).doc;
    expect(category.categories?.find((c) => c.id === 'diplomacy')).toEqual({ ...doc.categories?.find((c) => c.id === 'diplomacy'), color: '#123456' });
    expect(ok(updateCategory(category, 'diplomacy', { color: null })).doc.categories).toEqual(doc.categories);
    expect(updateCategory(doc, 'diplomacy', { color: '#12345' })).toMatchObject({ ok: false, error: { code: 'invalid-color' } });
  });
});
