import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addEntity,
  addEvidence,
  addMention,
  addRelation,
  addRelationType,
  deleteEntity,
  deleteRelation,
  describeDeletion,
  mergeEntities,
  newId,
  removeEvidence,
  removeMention,
  updateArticle,
  updateEntity,
  updateRelation,
  updateSentence,
} from './edits';
import { sampleDoc } from './fixtures';
import { EDIT_ERROR_CODES, type AnnotationDoc } from './schema';

/** Unwrap a successful edit, failing the test with the refusal otherwise. */
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const s2 = 'قال بوتين إن روسيا والصين شريكتان، وإن روسيا تدعم الصين.';

describe('newId', () => {
  it('makes a kebab-case id from an English label, unique in the document', () => {
    const doc = sampleDoc();
    expect(newId(doc, 'Xi Jinping')).toBe('xi-jinping');
    expect(newId(doc, 'Russia')).toBe('russia-2');
    expect(newId(doc, '  Café  Société! ')).toBe('cafe-societe');
    expect(newId(doc, 'شي')).toBe('item');
    const withItem = ok(addEntity(doc, { id: 'item', type: 'person', label: { ar: 'أ', en: 'A' } })).doc;
    expect(newId(withItem, 'شي')).toBe('item-2');
  });
});

describe('addEntity', () => {
  it('adds an entity from a selection, with its offsets turned into a quote', () => {
    const doc = sampleDoc();
    const text = doc.sentences[3]!.text;
    const start = text.indexOf('شي جين بينغ');
    const result = ok(addEntity(doc, { type: 'person', label: { ar: 'شي جين بينغ', en: 'Xi Jinping' }, mention: { sentence: 's3', start, end: start + 11 } }));
    expect(result.id).toBe('xi-jinping');
    const xi = result.doc.entities.find((e) => e.id === 'xi-jinping');
    expect(xi).toEqual({ id: 'xi-jinping', type: 'person', label: { ar: 'شي جين بينغ', en: 'Xi Jinping' }, mentions: [{ sentence: 's3', quote: 'شي جين بينغ' }] });
    expect(doc.entities).toHaveLength(3); // the input document is untouched
  });

  it('refuses a duplicate id, a taken label, an unknown type and an empty label', () => {
    const doc = sampleDoc();
    expect(addEntity(doc, { id: 'russia', type: 'country', label: { ar: 'روسيا الاتحادية', en: 'Russian Federation' } })).toEqual({ ok: false, error: { code: 'duplicate-id', params: { id: 'russia' } } });
    expect(addEntity(doc, { type: 'country', label: { ar: 'روسيا', en: 'Rus' } })).toEqual({ ok: false, error: { code: 'label-taken', params: { lang: 'ar', label: 'روسيا', id: 'russia' } } });
    expect(addEntity(doc, { type: 'country', label: { ar: 'روس', en: ' russia ' } })).toMatchObject({ ok: false, error: { code: 'label-taken', params: { lang: 'en' } } });
    expect(addEntity(doc, { type: 'city', label: { ar: 'بكين', en: 'Beijing' } })).toMatchObject({ ok: false, error: { code: 'unknown-node-type' } });
    expect(addEntity(doc, { type: 'country', label: { ar: ' ', en: 'Beijing' } })).toEqual({ ok: false, error: { code: 'empty-label', params: { lang: 'ar' } } });
    expect(addEntity(doc, { id: 'Not Kebab', type: 'country', label: { ar: 'بكين', en: 'Beijing' } })).toMatchObject({ ok: false, error: { code: 'invalid-id' } });
  });

  it('refuses a selection that runs into the next sentence or is blank, and adds nothing', () => {
    const doc = sampleDoc();
    const len = doc.sentences[1]!.text.length;
    expect(addEntity(doc, { type: 'country', label: { ar: 'بكين', en: 'Beijing' }, mention: { sentence: 's1', start: len - 3, end: len + 4 } })).toEqual({
      ok: false,
      error: { code: 'span-crosses-sentences', params: { sentence: 's1' } },
    });
    expect(addEntity(doc, { type: 'country', label: { ar: 'بكين', en: 'Beijing' }, mention: { sentence: 's1', start: 3, end: 4 } })).toEqual({ ok: false, error: { code: 'empty-span' } });
    expect(addEntity(doc, { type: 'country', label: { ar: 'بكين', en: 'Beijing' }, mention: { sentence: 's9', quote: 'x' } })).toMatchObject({ ok: false, error: { code: 'unknown-sentence' } });
  });
});

describe('mentions', () => {
  it('adds a mention by offsets, counting the occurrence, and refuses the same span twice', () => {
    const doc = sampleDoc();
    const second = s2.lastIndexOf('الصين');
    const next = ok(addMention(doc, 'china', { sentence: 's2', start: second, end: second + 5 })).doc;
    expect(next.entities.find((e) => e.id === 'china')!.mentions.at(-1)).toEqual({ sentence: 's2', quote: 'الصين', occurrence: 2 });
    expect(addMention(next, 'china', { sentence: 's2', quote: 'الصين', occurrence: 2 })).toMatchObject({ ok: false, error: { code: 'duplicate-mention' } });
    expect(addMention(doc, 'china', { sentence: 's2', quote: 'الصين', occurrence: 3 })).toMatchObject({ ok: false, error: { code: 'quote-not-found' } });
    expect(addMention(doc, 'nobody', { sentence: 's2', quote: 'الصين' })).toEqual({ ok: false, error: { code: 'unknown-entity', params: { id: 'nobody' } } });
  });

  it('removes a mention by index', () => {
    const next = ok(removeMention(sampleDoc(), 'russia', 0)).doc;
    expect(next.entities.find((e) => e.id === 'russia')!.mentions).toEqual([{ sentence: 's2', quote: 'روسيا', occurrence: 2 }]);
    expect(removeMention(sampleDoc(), 'russia', 5)).toMatchObject({ ok: false, error: { code: 'unknown-mention' } });
  });
});

describe('updateEntity', () => {
  it('renames, retypes, sets and clears optional fields, keeping the id', () => {
    const doc = sampleDoc();
    const renamed = ok(updateEntity(doc, 'putin', { label: { ar: 'بوتين', en: 'Putin' }, note: { en: 'renamed' }, aliases: null })).doc;
    const putin = renamed.entities.find((e) => e.id === 'putin')!;
    expect(putin.label).toEqual({ ar: 'بوتين', en: 'Putin' });
    expect(putin.aliases).toBeUndefined();
    expect(putin.note).toEqual({ en: 'renamed' });
    const retyped = ok(updateEntity(doc, 'russia', { type: 'person' })).doc;
    expect(retyped.entities.find((e) => e.id === 'russia')!.type).toBe('person');
  });

  it('refuses a label taken by another entity or an unknown type, but allows keeping its own label', () => {
    const doc = sampleDoc();
    expect(updateEntity(doc, 'putin', { label: { ar: 'الصين', en: 'X' } })).toMatchObject({ ok: false, error: { code: 'label-taken', params: { id: 'china' } } });
    expect(updateEntity(doc, 'putin', { type: 'planet' })).toMatchObject({ ok: false, error: { code: 'unknown-node-type' } });
    expect(updateEntity(doc, 'putin', { label: { ar: 'فلاديمير بوتين', en: 'vladimir putin' } }).ok).toBe(true);
    expect(updateEntity(doc, 'ghost', {})).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
  });
});

describe('mergeEntities', () => {
  function withMoscow(): AnnotationDoc {
    let doc = sampleDoc();
    doc = ok(addEntity(doc, { id: 'moscow', type: 'country', label: { ar: 'موسكو', en: 'Moscow' }, mention: { sentence: 's2', quote: 'روسيا', occurrence: 2 } })).doc;
    // Moscow supports China (duplicate of russia-supports-china once merged), Moscow partners Russia (a self-relation once merged),
    // China partners Moscow (undirected: duplicate of russia-partner-of-china once merged), attributed to Moscow.
    doc = ok(addRelation(doc, { id: 'moscow-supports-china', source: 'moscow', target: 'china', type: 'supports', evidence: { sentence: 's2', quote: 'تدعم الصين' } })).doc;
    doc = ok(addRelation(doc, { id: 'moscow-partner-russia', source: 'moscow', target: 'russia', type: 'partner-of', evidence: { sentence: 's2', quote: 'شريكتان' } })).doc;
    doc = ok(addRelation(doc, { id: 'russia-partner-china', source: 'russia', target: 'china', type: 'partner-of', evidence: { sentence: 's2', quote: 'روسيا والصين شريكتان' } })).doc;
    doc = ok(addRelation(doc, { id: 'china-partner-moscow', source: 'china', target: 'moscow', type: 'partner-of', evidence: { sentence: 's2', quote: 'الصين شريكتان' }, attributedTo: 'moscow' })).doc;
    doc = ok(updateRelation(doc, 'putin-visits-china', { attributedTo: 'moscow' })).doc;
    return doc;
  }

  it('moves mentions, labels, relations and attributions to the kept entity', () => {
    const { doc, report } = ok(mergeEntities(withMoscow(), 'russia', 'moscow'));
    expect(doc.entities.map((e) => e.id)).toEqual(['putin', 'russia', 'china']);
    const russia = doc.entities.find((e) => e.id === 'russia')!;
    expect(russia.mentions).toEqual([{ sentence: 's2', quote: 'روسيا' }, { sentence: 's2', quote: 'روسيا', occurrence: 2 }]); // the shared span is kept once
    expect(russia.aliases).toEqual({ ar: ['موسكو'], en: ['Moscow'] });
    expect(doc.relations.find((r) => r.id === 'putin-visits-china')!.attributedTo).toBe('russia');
    expect(report.droppedSelfRelations).toEqual(['moscow-partner-russia']);
    expect(report.mergedRelations).toEqual([
      { kept: 'russia-supports-china', dropped: 'moscow-supports-china' },
      { kept: 'russia-partner-china', dropped: 'china-partner-moscow' },
    ]);
    expect(doc.relations.map((r) => r.id)).toEqual(['putin-visits-china', 'russia-supports-china', 'russia-partner-china']);
    expect(doc.relations.find((r) => r.id === 'russia-supports-china')!.evidence).toEqual([
      { sentence: 's2', quote: 'روسيا تدعم الصين' },
      { sentence: 's2', quote: 'تدعم الصين' },
    ]);
    // The folded relation takes the attribution it lacked, renamed to the kept entity.
    expect(doc.relations.find((r) => r.id === 'russia-partner-china')!.attributedTo).toBe('russia');
    expect(JSON.stringify(doc)).not.toContain('"moscow"');
  });

  it('leaves alone duplicates the merge did not make', () => {
    const doc = sampleDoc();
    doc.relations.push({ ...doc.relations[1]!, id: 'russia-supports-china-again' });
    const { doc: merged, report } = ok(mergeEntities(doc, 'china', 'putin'));
    expect(report).toEqual({ droppedSelfRelations: ['putin-visits-china'], mergedRelations: [] });
    expect(merged.relations.map((r) => [r.id, r.attributedTo])).toEqual([
      ['russia-supports-china', 'china'],
      ['russia-supports-china-again', 'china'],
    ]);
  });

  it('refuses merging an entity with itself or with an unknown one', () => {
    expect(mergeEntities(sampleDoc(), 'russia', 'russia')).toEqual({ ok: false, error: { code: 'same-entity', params: { id: 'russia' } } });
    expect(mergeEntities(sampleDoc(), 'russia', 'ghost')).toEqual({ ok: false, error: { code: 'unknown-entity', params: { id: 'ghost' } } });
  });
});

describe('deleteEntity', () => {
  it('describes and removes an entity with its relations, and only its name from attributions', () => {
    const doc = sampleDoc();
    expect(describeDeletion(doc, 'putin')).toEqual({ relations: ['putin-visits-china'], attributedRelations: ['russia-supports-china'], mentions: 2 });
    const next = ok(deleteEntity(doc, 'putin')).doc;
    expect(next.entities.map((e) => e.id)).toEqual(['russia', 'china']);
    expect(next.relations).toEqual([{ id: 'russia-supports-china', source: 'russia', target: 'china', type: 'supports', evidence: [{ sentence: 's2', quote: 'روسيا تدعم الصين' }] }]);
    expect(deleteEntity(doc, 'ghost')).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
  });
});

describe('addRelationType', () => {
  it('adds a type in an existing or a new category', () => {
    const doc = sampleDoc();
    const a = ok(addRelationType(doc, { label: { ar: 'يتهم', en: 'accuses' }, category: 'stance', directed: true }));
    expect(a.id).toBe('accuses');
    expect(a.doc.relationTypes.at(-1)).toEqual({ id: 'accuses', label: { ar: 'يتهم', en: 'accuses' }, category: 'stance', directed: true });
    const b = ok(addRelationType(doc, { label: { ar: 'يتاجر مع', en: 'trades with' }, category: { label: { ar: 'الاقتصاد', en: 'Economy' } }, directed: false }));
    expect(b.doc.categories!.at(-1)).toEqual({ id: 'economy', label: { ar: 'الاقتصاد', en: 'Economy' } });
    expect(b.doc.relationTypes.at(-1)).toMatchObject({ id: 'trades-with', category: 'economy', directed: false });
  });

  it('refuses a label already used in either language, and a duplicate id', () => {
    const doc = sampleDoc();
    expect(addRelationType(doc, { label: { ar: 'يزور', en: 'calls on' }, category: 'diplomacy', directed: true })).toEqual({
      ok: false,
      error: { code: 'label-taken', params: { lang: 'ar', label: 'يزور', id: 'visits' } },
    });
    expect(addRelationType(doc, { label: { ar: 'يزور رسمياً', en: 'Visits' }, category: 'diplomacy', directed: true })).toMatchObject({ ok: false, error: { code: 'label-taken', params: { lang: 'en' } } });
    expect(addRelationType(doc, { id: 'visits', label: { ar: 'أ', en: 'b' }, category: 'diplomacy', directed: true })).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
  });
});

describe('relations', () => {
  it('adds a relation from a selection, with a default id', () => {
    const doc = sampleDoc();
    const start = s2.indexOf('روسيا والصين شريكتان');
    const result = ok(addRelation(doc, { source: 'russia', target: 'china', type: 'partner-of', evidence: { sentence: 's2', start, end: start + 20 }, attributedTo: 'putin' }));
    expect(result.id).toBe('russia-partner-of-china');
    expect(result.doc.relations.at(-1)).toEqual({
      id: 'russia-partner-of-china',
      source: 'russia',
      target: 'china',
      type: 'partner-of',
      evidence: [{ sentence: 's2', quote: 'روسيا والصين شريكتان' }],
      attributedTo: 'putin',
    });
  });

  it('refuses a self-relation, unknown ends or types, and a relation that already exists', () => {
    const doc = sampleDoc();
    const evidence = { sentence: 's2', quote: 'روسيا' };
    expect(addRelation(doc, { source: 'russia', target: 'russia', type: 'supports', evidence })).toEqual({ ok: false, error: { code: 'self-relation', params: { id: 'russia' } } });
    expect(addRelation(doc, { source: 'russia', target: 'ghost', type: 'supports', evidence })).toEqual({ ok: false, error: { code: 'unknown-entity', params: { id: 'ghost' } } });
    expect(addRelation(doc, { source: 'russia', target: 'china', type: 'loves', evidence })).toMatchObject({ ok: false, error: { code: 'unknown-relation-type' } });
    expect(addRelation(doc, { source: 'russia', target: 'china', type: 'supports', evidence, attributedTo: 'ghost' })).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
    expect(addRelation(doc, { source: 'russia', target: 'china', type: 'supports', evidence })).toEqual({ ok: false, error: { code: 'relation-exists', params: { id: 'russia-supports-china' } } });
    expect(addRelation(doc, { id: 'putin-visits-china', source: 'russia', target: 'putin', type: 'supports', evidence })).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
  });

  it('gathers more evidence, refuses the same span twice and keeps the last one', () => {
    const doc = sampleDoc();
    const next = ok(addEvidence(doc, 'russia-supports-china', { sentence: 's2', quote: 'تدعم' })).doc;
    expect(next.relations[1]!.evidence).toHaveLength(2);
    expect(addEvidence(next, 'russia-supports-china', { sentence: 's2', quote: 'تدعم' })).toMatchObject({ ok: false, error: { code: 'duplicate-evidence' } });
    const back = ok(removeEvidence(next, 'russia-supports-china', 1)).doc;
    expect(back.relations[1]!.evidence).toEqual(doc.relations[1]!.evidence);
    expect(removeEvidence(back, 'russia-supports-china', 0)).toEqual({ ok: false, error: { code: 'last-evidence', params: { id: 'russia-supports-china' } } });
  });

  it('updates type, attribution, qualifiers and note, and clears them with null', () => {
    const doc = sampleDoc();
    const next = ok(updateRelation(doc, 'russia-supports-china', { type: 'partner-of', attributedTo: null, inferred: true, qualifiers: { en: 'since 2001' }, note: { ar: 'ملاحظة' } })).doc;
    expect(next.relations[1]).toEqual({
      id: 'russia-supports-china',
      source: 'russia',
      target: 'china',
      type: 'partner-of',
      evidence: [{ sentence: 's2', quote: 'روسيا تدعم الصين' }],
      inferred: true,
      qualifiers: { en: 'since 2001' },
      note: { ar: 'ملاحظة' },
    });
    expect(ok(updateRelation(next, 'russia-supports-china', { inferred: false })).doc.relations[1]!.inferred).toBeUndefined();
    expect(updateRelation(doc, 'russia-supports-china', { target: 'russia' })).toMatchObject({ ok: false, error: { code: 'self-relation' } });
    expect(updateRelation(doc, 'russia-supports-china', { attributedTo: 'ghost' })).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
    expect(updateRelation(doc, 'ghost', {})).toMatchObject({ ok: false, error: { code: 'unknown-relation' } });
  });

  it('deletes a relation', () => {
    const next = ok(deleteRelation(sampleDoc(), 'putin-visits-china')).doc;
    expect(next.relations.map((r) => r.id)).toEqual(['russia-supports-china']);
    expect(deleteRelation(next, 'putin-visits-china')).toMatchObject({ ok: false, error: { code: 'unknown-relation' } });
  });
});

describe('article edits', () => {
  it('sets a translation and the title, refusing an empty title', () => {
    const doc = sampleDoc();
    expect(ok(updateSentence(doc, 's2', { en: 'new' })).doc.sentences[2]!.en).toBe('new');
    expect(updateSentence(doc, 's9', { en: 'x' })).toMatchObject({ ok: false, error: { code: 'unknown-sentence' } });
    expect(ok(updateArticle(doc, { title: { ar: 'عنوان', en: 'Title' }, notes: { en: 'n' } })).doc).toMatchObject({ article: { title: { ar: 'عنوان', en: 'Title' } }, notes: { en: 'n' } });
    expect(updateArticle(doc, { title: { ar: 'عنوان', en: '' } })).toMatchObject({ ok: false, error: { code: 'empty-label' } });
  });
});

describe('EDIT_ERROR_CODES', () => {
  it('lists exactly the codes the annotation modules can return, so the UI can translate each', () => {
    const dir = new URL('./', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const m of source.matchAll(/(?:fail\(|code: )'([a-z-]+)'/g)) used.add(m[1]!);
    }
    expect([...used].sort()).toEqual([...EDIT_ERROR_CODES].sort());
  });
});
