import { describe, expect, it } from 'vitest';
import { updateEntity } from './edits';
import { mentionNamed, namedWithin, occurrenceProposals, suggestionProposals, type SuggestionSource } from './propose';
import { ANNOTATION_FORMAT, type AnnotationDoc, type Entity } from './schema';

/**
 * A minister named in full once, then by his family name; a summit named in full, then
 * «القمة»; another summit («القمة المقبلة»); a longer word and another family name that
 * contain the short form.
 */
const SENTENCES = [
  'منصور يفتتح قمة الطاقة',
  'افتتح وزير الطاقة كريم منصور قمة الطاقة بالعاصمة القاهرة.',
  'وقال منصور إن القمة ستناقش الطاقة الشمسية، ولمنصور رأي آخر.',
  'وأشاد المنصور بالقمة، وتعقد القمة المقبلة في الإسكندرية.',
  'ووقع منصورون الاتفاق في ختام القمة.',
];

function doc(entities: Entity[], sentences: readonly string[] = SENTENCES): AnnotationDoc {
  return {
    format: ANNOTATION_FORMAT,
    version: 1,
    id: 'parts',
    article: { title: { ar: sentences[0] ?? '', en: 'Energy summit' }, lang: 'ar', source: 'written for the tests' },
    sentences: sentences.map((text, i) => ({ id: `s${i}`, role: i === 0 ? 'title' : 'body', text, en: '' })),
    categories: [],
    nodeTypes: [
      { id: 'person', label: { ar: 'شخص', en: 'Person' } },
      { id: 'event', label: { ar: 'حدث', en: 'Event' } },
      { id: 'place', label: { ar: 'مكان', en: 'Place' } },
    ],
    relationTypes: [],
    entities,
    relations: [],
  };
}

const karim: Entity = { id: 'karim', type: 'person', label: { ar: 'كريم منصور', en: 'Karim Mansour' }, mentions: [{ sentence: 's1', quote: 'كريم منصور' }] };
const summit: Entity = { id: 'summit', type: 'event', label: { ar: 'قمة الطاقة', en: 'Energy summit' }, mentions: [{ sentence: 's1', quote: 'قمة الطاقة', occurrence: 1 }] };
const cairo: Entity = { id: 'cairo', type: 'place', label: { ar: 'القاهرة', en: 'Cairo' }, mentions: [] };

const seen = (d: AnnotationDoc, ids: string[]) => occurrenceProposals(d, ids, new Set()).map((p) => [p.sentence, p.quote, p.part === true]);

describe('short forms proposed as occurrences', () => {
  it('proposes a person’s family name, prefixes left out, never inside a longer word or behind an added article', () => {
    const d = doc([karim, summit, cairo]);
    // «ولمنصور» gives «منصور»; «المنصور» (another name) and «منصورون» (a longer word) give nothing.
    expect(seen(d, ['karim'])).toEqual([
      ['s0', 'منصور', true],
      ['s2', 'منصور', true],
      ['s2', 'منصور', true],
    ]);
    const [, , third] = occurrenceProposals(d, ['karim'], new Set());
    expect(third?.start).toBe(SENTENCES[2]!.indexOf('ولمنصور') + 2);
  });

  it('proposes the head noun with the article after the whole names, except where a word with the article qualifies it', () => {
    const d = doc([karim, summit, cairo]);
    // The whole name first (s0); then «القمة» of s2, «بالقمة» of s3 and s4; «القمة المقبلة» is another summit.
    expect(seen(d, ['summit'])).toEqual([
      ['s0', 'قمة الطاقة', false],
      ['s2', 'القمة', true],
      ['s3', 'القمة', true],
      ['s4', 'القمة', true],
    ]);
  });

  it('matches a short form across the folds (ta marbuta, hamza, tashkeel)', () => {
    const d = doc([{ ...summit, mentions: [{ sentence: 's0', quote: 'قمة الطاقة' }] }], ['قمة الطاقة', 'وفي ختام القمّه قال…']);
    expect(seen(d, ['summit'])).toEqual([['s1', 'القمّه', true]]);
    const ahmad: Entity = { id: 'ahmad', type: 'person', label: { ar: 'سمير الأحمد', en: 'Samir al-Ahmad' }, mentions: [{ sentence: 's0', quote: 'سمير الأحمد' }] };
    expect(seen(doc([ahmad], ['سمير الأحمد', 'وقال الاحمد إن الأحمدية…']), ['ahmad'])).toEqual([['s1', 'الاحمد', true]]);
  });

  it('proposes neither entity at a part both their names have', () => {
    const ahmad: Entity = { id: 'ahmad', type: 'person', label: { ar: 'أحمد منصور', en: 'Ahmad Mansour' }, mentions: [] };
    const g20: Entity = { id: 'g20', type: 'event', label: { ar: 'قمة العشرين', en: 'G20 summit' }, mentions: [] };
    const d = doc([karim, ahmad, summit, g20]);
    expect(seen(d, ['karim', 'ahmad'])).toEqual([]);
    expect(seen(d, ['summit'])).toEqual([['s0', 'قمة الطاقة', false]]);
  });

  it('gives no part of one or two letters', () => {
    const li: Entity = { id: 'li', type: 'person', label: { ar: 'لي وي', en: 'Li Wei' }, mentions: [] };
    expect(seen(doc([li], ['قال لي وي', 'وقال وي إن لي رأيًا']), ['li'])).toEqual([['s0', 'لي وي', false]]);
  });

  it('keeps a rejected short form out, under the same kind of key as a whole name', () => {
    const d = doc([karim]);
    const [first, ...rest] = occurrenceProposals(d, ['karim'], new Set());
    expect(first?.key).toBe('occurrence:karim@s0:منصور#1');
    expect(occurrenceProposals(d, ['karim'], new Set([first?.key ?? ''])).map((p) => p.key)).toEqual(rest.map((p) => p.key));
  });
});

describe('aliases', () => {
  it('proposes an alias typed in the entity’s panel like its label, and a part of the alias', () => {
    const minister: Entity = { id: 'minister', type: 'person', label: { ar: 'وزير الطاقة', en: 'Energy minister' }, mentions: [{ sentence: 's1', quote: 'وزير الطاقة' }] };
    const before = doc([minister]);
    expect(seen(before, ['minister'])).toEqual([]);
    const updated = updateEntity(before, 'minister', { aliases: { ar: ['كريم منصور'] } });
    expect(updated.ok).toBe(true);
    if (!updated.ok) return;
    expect(seen(updated.doc, ['minister'])).toEqual([
      ['s1', 'كريم منصور', false],
      ['s0', 'منصور', true],
      ['s2', 'منصور', true],
      ['s2', 'منصور', true],
    ]);
  });
});

describe('short forms in suggestions', () => {
  const source = (entities: SuggestionSource['entities']): SuggestionSource => ({
    source: { kind: 'draft', id: 'other', title: 'Other article' },
    entities,
    nodeTypes: [{ id: 'person', label: { ar: 'شخص', en: 'Person' } }],
  });
  const mansour = { id: 'karim-mansour', type: 'person', label: { ar: 'كريم منصور', en: 'Karim Mansour' } };

  it('suggests an entity at its family name where the article also writes its whole name', () => {
    const got = suggestionProposals(doc([]), [source([mansour])], new Set()).map((p) => [p.sentence, p.quote, p.part === true]);
    expect(got).toEqual([
      ['s1', 'كريم منصور', false],
      ['s0', 'منصور', true],
      ['s2', 'منصور', true],
      ['s2', 'منصور', true],
    ]);
  });

  it('does not suggest a family name that an entity of the draft also has', () => {
    const ahmad: Entity = { id: 'ahmad', type: 'person', label: { ar: 'أحمد منصور', en: 'Ahmad Mansour' }, mentions: [] };
    const got = suggestionProposals(doc([ahmad]), [source([mansour])], new Set()).map((p) => [p.sentence, p.quote, p.part === true]);
    expect(got).toEqual([['s1', 'كريم منصور', false]]);
  });

  it('does not suggest an entity on its family name alone', () => {
    const sentences = ['وقال منصور إن القمة ستناقش الطاقة.'];
    expect(suggestionProposals(doc([], sentences), [source([mansour])], new Set())).toEqual([]);
  });
});

describe('namedWithin and mentionNamed', () => {
  const s1 = SENTENCES[1]!;
  const at = (quote: string) => ({ sentence: 's1', start: s1.indexOf(quote), end: s1.indexOf(quote) + quote.length });

  it('finds the entity whose name the selected words contain, wider than the name', () => {
    const d = doc([karim, summit, cairo]);
    expect(namedWithin(d, at('العاصمة القاهرة'))).toEqual([{ entity: 'cairo', widens: null }]);
    const made = mentionNamed(d, { entity: 'cairo', widens: null }, at('العاصمة القاهرة'));
    expect(made.ok && made.doc.entities.find((e) => e.id === 'cairo')?.mentions).toEqual([{ sentence: 's1', quote: 'العاصمة القاهرة' }]);
  });

  it('widens a mention that lies inside the words, in one step, rather than adding a second', () => {
    const d = doc([karim, summit, cairo]);
    const words = at('وزير الطاقة كريم منصور');
    // The minister's words hold «كريم منصور» (a mention of karim); «الطاقة» names nobody.
    expect(namedWithin(d, words)).toEqual([{ entity: 'karim', widens: 0 }]);
    const widened = mentionNamed(d, { entity: 'karim', widens: 0 }, words);
    expect(widened.ok && widened.doc.entities.find((e) => e.id === 'karim')?.mentions).toEqual([{ sentence: 's1', quote: 'وزير الطاقة كريم منصور' }]);
  });

  it('lists the entities in the order their names occur, and leaves out one the words already are a mention of', () => {
    const d = doc([karim, summit, cairo]);
    expect(namedWithin(d, at('كريم منصور قمة الطاقة بالعاصمة القاهرة')).map((n) => n.entity)).toEqual(['karim', 'summit', 'cairo']);
    expect(namedWithin(d, at('كريم منصور'))).toEqual([]);
    expect(namedWithin(d, at('افتتح'))).toEqual([]);
    // A short form counts: «منصور» alone names karim.
    expect(namedWithin(d, { sentence: 's2', start: 5, end: 10 })).toEqual([{ entity: 'karim', widens: null }]);
  });
});
