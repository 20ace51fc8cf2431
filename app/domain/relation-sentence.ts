import type { Bilingual, Grammar, Lang, RelationForms } from './schema';

/**
 * A relation read as a sentence, "subject predicate object", in grammatical Arabic and
 * English: the predicate takes the form that agrees with its subject, and an Arabic
 * preposition written as a prefix (لـ, بـ, كـ) joins the word after it. Every place that
 * shows a relation as a sentence builds it here.
 */

/** What a sentence needs of an entity (a graph node or an annotation entity). */
export interface SentenceEntity {
  label: Bilingual;
  grammar?: Grammar | undefined;
}

/** What a sentence needs of a relation type. */
export interface SentenceRelationType {
  label: Bilingual;
  forms?: RelationForms | undefined;
}

export type ArabicAgreement = 'masculine' | 'feminine' | 'masculineDual' | 'feminineDual' | 'masculinePlural' | 'femininePlural';

/**
 * How an Arabic predicate after its subject agrees with it: a plural of people in the
 * plural of its gender, any other plural in the feminine singular (العقوبات مفروضة),
 * a singular in its gender. Without grammar, the masculine the labels are written in.
 */
export function arabicAgreement(entity: SentenceEntity | undefined): ArabicAgreement {
  const ar = entity?.grammar?.ar;
  if (!ar) return 'masculine';
  if (ar.number === 'dual') return ar.gender === 'feminine' ? 'feminineDual' : 'masculineDual';
  if (ar.number === 'plural') {
    if (!ar.human) return 'feminine';
    return ar.gender === 'feminine' ? 'femininePlural' : 'masculinePlural';
  }
  return ar.gender;
}

export function englishNumber(entity: SentenceEntity | undefined): 'singular' | 'plural' {
  return entity?.grammar?.en?.number ?? 'singular';
}

/** The relation's words in the form that agrees with `subject`. */
export function relationPhrase(type: SentenceRelationType | undefined, typeId: string, subject: SentenceEntity | undefined, lang: Lang): string {
  if (!type) return typeId;
  if (lang === 'en') {
    const en = type.forms?.en;
    return (englishNumber(subject) === 'plural' ? en?.plural : en?.singular) ?? type.label.en;
  }
  const ar = type.forms?.ar;
  switch (arabicAgreement(subject)) {
    case 'masculine':
      return ar?.masculine ?? type.label.ar;
    case 'feminine':
      return ar?.feminine ?? type.label.ar;
    case 'masculineDual':
      return ar?.masculineDual ?? ar?.masculinePlural ?? ar?.masculine ?? type.label.ar;
    case 'feminineDual':
      return ar?.feminineDual ?? ar?.feminine ?? type.label.ar;
    case 'masculinePlural':
      return ar?.masculinePlural ?? ar?.masculine ?? type.label.ar;
    case 'femininePlural':
      return ar?.femininePlural ?? ar?.feminine ?? type.label.ar;
  }
}

/** A preposition written as a prefix: one letter and a tatweel, as in «حليف لـ». */
const PREFIX = /(^|\s)([لبك])\u0640$/;
const ARABIC_LETTER = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;

/**
 * `phrase` followed by `next`, a prefixed preposition at the end of `phrase` joined to
 * `next`: لـ + الصين → للصين (the article's alef drops after lam, and لـ + الليل → لليل),
 * بـ + الصين → بالصين, كـ + شريك → كشريك. Before a digit or a Latin word the tatweel
 * stays (لـ2024), as Arabic writes it.
 */
export function joinWords(phrase: string, next: string): string {
  const parts = splitJoin(phrase, next);
  return parts.phrase === '' ? parts.object : parts.object === '' ? parts.phrase : `${parts.phrase} ${parts.object}`;
}

/**
 * The same words as `joinWords` in two parts, for a display that sets the relation's
 * words apart from its object: a joined preposition goes with the object («حليفة», «للصين»).
 */
export function splitJoin(phrase: string, next: string): { phrase: string; object: string } {
  const match = next === '' ? null : PREFIX.exec(phrase);
  if (!match) return { phrase, object: next };
  const letter = match[2] ?? '';
  const head = phrase.slice(0, phrase.length - 2).trimEnd();
  if (!ARABIC_LETTER.test(next)) return { phrase: head, object: `${letter}\u0640${next}` };
  if (letter === 'ل' && next.startsWith('ال')) {
    return { phrase: head, object: `ل${next.startsWith('الل') ? next.slice(2) : next.slice(1)}` };
  }
  return { phrase: head, object: `${letter}${next}` };
}

/** "Russia wages the attack" / «روسيا تشنّ الهجوم»: the subject, its agreeing predicate, the object. */
export function relationSentence(
  subject: SentenceEntity | undefined,
  type: SentenceRelationType | undefined,
  typeId: string,
  object: SentenceEntity | undefined,
  lang: Lang,
  fallback: { source: string; target: string },
): string {
  const subjectLabel = subject?.label[lang] ?? fallback.source;
  const objectLabel = object?.label[lang] ?? fallback.target;
  return `${subjectLabel} ${joinWords(relationPhrase(type, typeId, subject, lang), objectLabel)}`;
}
