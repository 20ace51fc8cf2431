import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgePhrase, edgeSentence, indexGraph } from './graph-index';
import { arabicAgreement, englishNumber, joinWords, relationPhrase, relationSentence, splitJoin } from './relation-sentence';
import { GraphSchema } from './schema';

const graph = GraphSchema.parse(JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')));
const index = indexGraph(graph);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Words of a predicate that only a masculine singular subject takes. */
const MASCULINE_ONLY = /^(لديه|له|تربطه|مقرّه|مصدره|حليف|شريك|مستعد|تابع|مفروض|رئيس|قائد|وزير|بلغ|استفزّ|تسبب)$/;
/** Words of a predicate that only a feminine singular subject (or a plural of things) takes. */
const FEMININE_ONLY = /^(لديها|لها|تربطها|مقرّها|مصدرها|حليفة|شريكة|مستعدة|تابعة|مفروضة|رئيسة|قائدة|وزيرة|بلغت|استفزّت|تسببت)$/;
/** Impersonal verbs that stay masculine whatever the subject: «يمكن أن توفر», «يُؤمَل أن تعالج». */
const IMPERSONAL = new Set(['يمكن', 'يُؤمَل']);

/** The verb or adjective of an Arabic predicate that must agree: the one after an impersonal «... أن». */
function agreeingWord(phrase: string): string {
  const w = words(phrase);
  return IMPERSONAL.has(w[0] ?? '') && w[1] === 'أن' ? (w[2] ?? '') : (w[0] ?? '');
}

describe('relation sentences of the bundled graph', () => {
  it('every entity and every relation type used as a predicate carries its grammar', () => {
    expect(graph.nodes.filter((n) => !n.grammar?.ar || !n.grammar.en).map((n) => n.id)).toEqual([]);
    const feminineUses = new Set(graph.edges.filter((e) => arabicAgreement(index.nodeById.get(e.source)) === 'feminine').map((e) => e.type));
    expect(feminineUses.size).toBeGreaterThan(20);
  });

  for (const edge of graph.edges) {
    const subject = index.nodeById.get(edge.source);
    const object = index.nodeById.get(edge.target);
    if (!subject || !object) throw new Error(`dangling edge ${edge.id}`);
    const agreement = arabicAgreement(subject);

    it(`${edge.id}: Arabic agrees with «${subject.label.ar}» (${agreement}) and joins its prepositions`, () => {
      const sentence = edgeSentence(index, edge, 'ar');
      const phrase = edgePhrase(index, edge, 'ar');
      expect(sentence.startsWith(`${subject.label.ar} `)).toBe(true);
      // A prefixed preposition never stands alone before its word.
      expect(sentence).not.toMatch(/(^|\s)[لبك]\u0640\s/);
      expect(sentence).not.toMatch(/(^|\s)[لبك]\u0640[\u0621-\u064A]/);
      // «لـ» + «ال...» is written «لل...».
      expect(sentence).not.toMatch(/(^|\s)لال/);
      const word = agreeingWord(phrase);
      if (agreement === 'feminine') {
        expect(word).not.toMatch(MASCULINE_ONLY);
        // A third-person masculine present verb begins with ي; the feminine begins with ت.
        expect(word.startsWith('ي') && !IMPERSONAL.has(word) && word !== 'يؤديان').toBe(false);
      }
      if (agreement === 'masculine') {
        expect(word).not.toMatch(FEMININE_ONLY);
        // Where the type has a feminine form, a masculine subject does not take it.
        const forms = index.relationTypeById.get(edge.type)?.forms?.ar;
        const feminine = relationPhrase(index.relationTypeById.get(edge.type), edge.type, { label: subject.label, grammar: { ar: { gender: 'feminine' } } }, 'ar');
        if (forms?.feminine !== undefined || forms?.masculine !== undefined) expect(phrase).not.toBe(feminine);
      }
      if (agreement === 'masculineDual') expect(word).toMatch(/ان$/);
      const type = index.relationTypeById.get(edge.type);
      const form = type?.forms?.ar?.[agreement];
      if (form) expect(phrase).toBe(form);
    });

    it(`${edge.id}: English agrees in number with "${subject.label.en}"`, () => {
      const sentence = edgeSentence(index, edge, 'en');
      const phrase = edgePhrase(index, edge, 'en');
      expect(sentence).toBe(`${subject.label.en} ${phrase} ${object.label.en}`);
      const first = words(phrase)[0] ?? '';
      if (englishNumber(subject) === 'plural') {
        expect(['is', 'has', 'was']).not.toContain(first);
        // "visits", "takes" are singular; "discuss", "possess" are not.
        expect(first).not.toMatch(/[^s]s$/);
      } else {
        expect(['are', 'have', 'were']).not.toContain(first);
      }
    });
  }

  it('reads the sentences the issue found wrong as grammatical Arabic', () => {
    const sentence = (id: string) => {
      const edge = index.edgeById.get(id);
      if (!edge) throw new Error(id);
      return edgeSentence(index, edge, 'ar');
    };
    const all = graph.edges.map((e) => edgeSentence(index, e, 'ar'));
    for (const wrong of ['روسيا يشنّ', 'الصين يتخذ', 'خطة السلام الصينية يهدف', 'روسيا لديه', 'الصين له مصلحة', 'حليف لـ الصين']) {
      expect(all.filter((s) => s === wrong || s.includes(`${wrong} `))).toEqual([]);
    }
    const allied = graph.edges.find((e) => e.type === 'allied-with');
    expect(allied && sentence(allied.id)).toBe('روسيا حليفة للصين');
  });
});

describe('relationPhrase', () => {
  const type = {
    label: { ar: 'يزور', en: 'visits' },
    forms: { ar: { feminine: 'تزور', masculinePlural: 'يزورون' }, en: { plural: 'visit' } },
  };
  const entity = (grammar: object) => ({ label: { ar: 'س', en: 'X' }, grammar });

  it('takes the form of the subject, and the label when the subject has no grammar', () => {
    expect(relationPhrase(type, 'visits', undefined, 'ar')).toBe('يزور');
    expect(relationPhrase(type, 'visits', entity({ ar: { gender: 'feminine' } }), 'ar')).toBe('تزور');
    expect(relationPhrase(type, 'visits', entity({ ar: { gender: 'masculine', number: 'plural', human: true } }), 'ar')).toBe('يزورون');
    // A plural of things agrees in the feminine singular.
    expect(relationPhrase(type, 'visits', entity({ ar: { gender: 'masculine', number: 'plural' } }), 'ar')).toBe('تزور');
    // No feminine plural written: the feminine is the nearest form.
    expect(relationPhrase(type, 'visits', entity({ ar: { gender: 'feminine', number: 'plural', human: true } }), 'ar')).toBe('تزور');
    expect(relationPhrase(type, 'visits', entity({ en: { number: 'plural' } }), 'en')).toBe('visit');
    expect(relationPhrase(type, 'visits', entity({ en: { number: 'singular' } }), 'en')).toBe('visits');
    expect(relationPhrase(undefined, 'visits', undefined, 'en')).toBe('visits');
  });

  it('builds the sentence with ids for missing ends', () => {
    expect(relationSentence(undefined, type, 'visits', undefined, 'en', { source: 'a', target: 'b' })).toBe('a visits b');
  });
});

describe('joinWords', () => {
  it('joins لـ, بـ and كـ to the next word', () => {
    expect(joinWords('حليف لـ', 'الصين')).toBe('حليف للصين');
    expect(joinWords('شرط لـ', 'المفاوضات بشأن أوكرانيا')).toBe('شرط للمفاوضات بشأن أوكرانيا');
    expect(joinWords('تابع لـ', 'روسيا')).toBe('تابع لروسيا');
    expect(joinWords('حل لـ', 'الليل')).toBe('حل لليل');
    expect(joinWords('يقوم بـ', 'زيارة')).toBe('يقوم بزيارة');
    expect(joinWords('تربطه علاقات بـ', 'الصين')).toBe('تربطه علاقات بالصين');
    expect(joinWords('يعمل كـ', 'شريك')).toBe('يعمل كشريك');
    expect(joinWords('لـ', 'الصين')).toBe('للصين');
  });

  it('keeps the tatweel before digits and Latin words, and spaces other words', () => {
    expect(joinWords('شرط لـ', '2024')).toBe('شرط لـ2024');
    expect(joinWords('يشيد بـ', 'NATO')).toBe('يشيد بـNATO');
    expect(joinWords('يزور', 'الصين')).toBe('يزور الصين');
    expect(joinWords('visits', 'China')).toBe('visits China');
    // A word that merely ends in ل is not a preposition.
    expect(joinWords('يصل', 'الصين')).toBe('يصل الصين');
    expect(joinWords('حليف لـ', '')).toBe('حليف لـ');
  });

  it('splits the joined words between the relation and its object', () => {
    expect(splitJoin('حليفة لـ', 'الصين')).toEqual({ phrase: 'حليفة', object: 'للصين' });
    expect(splitJoin('يزور', 'الصين')).toEqual({ phrase: 'يزور', object: 'الصين' });
  });
});
