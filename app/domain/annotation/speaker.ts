/**
 * Who a relation's words are attributed to, as the sentence says it: a verb of saying
 * (قال، أكّد، أشار، اشترط، أعرب، أعلن، ذكر، صرّح، أوضح, in their feminine, plural,
 * present and و/ف-prefixed forms, matched with the search folding) or "according to"
 * («وفقاً لـ»، «بحسب»), and the entity named right after it (Arabic puts the subject
 * after the verb: «وقال منصور إن…», «أكّد أرسلان») or, failing that, right before it
 * («بوتين قال»).
 *
 * The proposal is a default the user sees and can change, never data by itself: it is
 * made only when the verb comes before the cited words (or among them), the speaker is
 * of a kind that can speak (a person, an organisation, a country), and the speaker is
 * not the relation's own source (what someone says of their own doing is stated by the
 * article: «أعرب بوتين عن استعداده للتفاوض»).
 */
import { fold } from '../fold';
import type { Entity } from './schema';
import { locateSpan } from './spans';

/** The entity types that can speak: people, organisations and blocs, countries. */
export const SPEAKER_TYPES: readonly string[] = ['person', 'bloc', 'country'];

/** Each verb: its past stem and its present stem (after ي or ت), folded. */
const VERBS: readonly (readonly [string, string])[] = [
  ['قال', 'قول'],
  ['اكد', 'وكد'],
  ['اشار', 'شير'],
  ['اشترط', 'شترط'],
  ['اعرب', 'عرب'],
  ['اعلن', 'علن'],
  ['ذكر', 'ذكر'],
  ['صرح', 'صرح'],
  ['اوضح', 'وضح'],
];

const PAST_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا'];
const PRESENT_ENDINGS = ['', 'ون', 'ان'];
const LEADS = ['', 'و', 'ف'];

/** "According to": the speaker follows, the preposition attached («ووفقاً لبوتين»). */
const ACCORDING_TO = ['وفقا', 'حسب', 'بحسب'];

const SAYING = new Set<string>([
  ...VERBS.flatMap(([past, present]) =>
    LEADS.flatMap((lead) => [
      ...PAST_ENDINGS.map((end) => lead + past + end),
      ...['ي', 'ت'].flatMap((person) => PRESENT_ENDINGS.map((end) => lead + person + present + end)),
    ]),
  ),
  ...ACCORDING_TO.flatMap((word) => LEADS.map((lead) => lead + word)),
]);

/** Words that open what is said: the speaker, if named after the verb, comes before them. */
const CLAUSE_OPENERS = new Set(['ان', 'بان', 'لان', 'وان', 'انه', 'انها', 'انهم', 'عن', 'انما']);

/** How far after the verb the speaker may be named (titles come first: «الرئيس الروسي فلاديمير بوتين»). */
const WORDS_AFTER = 5;

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

interface Word {
  folded: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Whether a word (folded or not) is a verb of saying in one of its forms. */
export function isVerbOfSaying(word: string): boolean {
  return SAYING.has(fold(word));
}

interface MentionAt {
  entity: string;
  start: number;
  end: number;
}

/**
 * The entity a relation citing `evidence` is proposed to be attributed to, or null when
 * the sentence names no speaker for those words.
 */
export function proposeAttribution(
  doc: { sentences: readonly { id: string; text: string }[]; entities: readonly Pick<Entity, 'id' | 'type' | 'mentions'>[] },
  evidence: { sentence: string; start: number; end: number },
  ends: { source?: string | undefined } = {},
): string | null {
  const text = doc.sentences.find((s) => s.id === evidence.sentence)?.text;
  if (text === undefined) return null;
  const speakers: MentionAt[] = [];
  for (const e of doc.entities) {
    if (!SPEAKER_TYPES.includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.sentence !== evidence.sentence) continue;
      const at = locateSpan(text, m);
      if (at) speakers.push({ entity: e.id, ...at });
    }
  }
  if (speakers.length === 0) return null;
  const all = words(text);
  // The verb that introduces the cited words: the last one before them, else the first among them.
  const verbs = all.map((w, i) => ({ w, i })).filter(({ w }) => SAYING.has(w.folded));
  const before = verbs.filter(({ w }) => w.start < evidence.start);
  const inside = verbs.filter(({ w }) => w.start >= evidence.start && w.start < evidence.end);
  const verb = before.at(-1) ?? inside[0];
  if (!verb) return null;
  const speaker = speakerOf(all, verb.i, speakers);
  if (!speaker || speaker === ends.source) return null;
  return speaker;
}

/** The speaking entity named after the verb (before what is said), else the one named just before it. */
function speakerOf(all: Word[], verb: number, speakers: MentionAt[]): string | null {
  const verbWord = all[verb] as Word;
  for (let k = verb + 1; k <= verb + WORDS_AFTER && k < all.length; k++) {
    const w = all[k] as Word;
    if (CLAUSE_OPENERS.has(w.folded)) break;
    // A mention on this word, whether it takes the whole word or follows an attached preposition.
    const named = speakers.filter((m) => m.start < w.end && w.start < m.end).sort((a, b) => a.start - b.start)[0];
    if (named) return named.entity;
  }
  const previous = all[verb - 1];
  if (!previous) return null;
  const nearBefore = speakers.filter((m) => m.end > previous.start && m.end <= verbWord.start).sort((a, b) => b.end - a.end)[0];
  return nearBefore?.entity ?? null;
}
