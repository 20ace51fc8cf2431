/**
 * The short forms an article uses for a name it has written out once: a person's family
 * name («منصور» after «كريم منصور»), and the head noun of a name made with the article
 * («القمة» after «قمة الطاقة», «الشركة» after «الشركة الوطنية للكهرباء»). They are
 * proposed as "part of the name", never as the name itself.
 *
 * Noise is kept out by rule: no stop word, title or name particle («بن», «عبد», «الرئيس»),
 * no part of one or two letters («لي», «وي»), and no part that another entity's names also
 * contain (then the words are ambiguous and neither entity is proposed there). A head noun
 * directly followed by a word with the article names something else («القمة المقبلة» is
 * another summit): see `qualifiedAfter`.
 */
import { fold } from '../fold';

export type PartKind = 'family' | 'head';

export interface NamePart {
  /** The part, folded (matching folds anyway). */
  text: string;
  kind: PartKind;
}

/** An entity as far as its names go. */
export interface NamedEntity {
  id: string;
  type: string;
  label: { ar: string; en: string };
  aliases?: { ar?: readonly string[] | undefined; en?: readonly string[] | undefined } | undefined;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC = /[\u0600-\u06FF]/u;
const ARTICLE = 'ال';
/** The type whose names end in a family name (the news vocabulary's and the bundled graph's id). */
const PERSON = 'person';

/** Titles, folded and without the article: a name that starts with one describes its person («وزير الطاقة»). */
const TITLES = new Set('رييس وزير سفير مبعوث امين متحدث نايب قايد زعيم ملك امير شيخ سيد سيده دكتور لواء جنرال عميد مدير'.split(' '));

/** Particles, name particles and titles, folded as the matcher folds (ى→ي, ة→ه, hamza seats→ا/ي/و). */
const STOP_WORDS = new Set(
  [
    // particles and pronouns
    'في من الي علي عن مع ان او ثم قد لا ما لم لن هو هي هم هذا هذه ذلك تلك التي الذي الذين بين حتي منذ عند غير بعد قبل كل',
    // name particles
    'بن ابن بنت ابو ابي ام عبد ذو ولد',
    // titles (with and without the article)
    [...TITLES].flatMap((t) => [t, ARTICLE + t]).join(' '),
    // Latin particles and titles
    'the of and for de da del der van von al el bin ibn abu mr mrs ms dr',
  ]
    .join(' ')
    .split(' '),
);

function words(name: string): string[] {
  return [...fold(name).matchAll(WORD)].map((m) => m[0]);
}

/** A word without its article (or the لل of ل + ال), as it is compared between names. */
function bare(word: string): string {
  if (word.startsWith('لل') && word.length > 2) return word.slice(2);
  if (word.startsWith(ARTICLE) && word.length > ARTICLE.length) return word.slice(ARTICLE.length);
  return word;
}

function usable(part: string): boolean {
  return bare(part).length >= 3 && !STOP_WORDS.has(part) && !STOP_WORDS.has(bare(part));
}

/** Every name an entity goes by: its labels, then its aliases. */
export function namesOf(entity: Pick<NamedEntity, 'label' | 'aliases'>): string[] {
  return [entity.label.ar, entity.label.en, ...(entity.aliases?.ar ?? []), ...(entity.aliases?.en ?? [])].filter((n) => n.trim() !== '');
}

/** The part one name of several words gives, if any: a person's last word, or the head noun with the article. */
function partOf(name: string, person: boolean): NamePart | null {
  const w = words(name);
  if (w.length < 2) return null;
  if (person) {
    const last = w[w.length - 1] as string;
    // In Latin script a family name is capitalised: "the Russian minister" has none.
    const written = [...name.matchAll(WORD)].at(-1)?.[0] ?? '';
    if (/^\p{Ll}/u.test(written)) return null;
    // A description («وزير الطاقة», «المبعوث الصيني») ends in a name only where a name follows it
    // («الرئيس الروسي فلاديمير بوتين»); a name may end in a family name with the article («عبد الفتاح السيسي»).
    const first = w[0] as string;
    const described = first.startsWith(ARTICLE) || TITLES.has(bare(first));
    if (described && last.startsWith(ARTICLE)) return null;
    return usable(last) ? { text: last, kind: 'family' } : null;
  }
  const [head, next] = w as [string, string];
  if (!ARABIC.test(head)) return null;
  // «الشركة الوطنية»: the head has the article; «قمة الطاقة»: a construct, whose head takes it when it stands alone.
  const part = head.startsWith(ARTICLE) ? head : next.startsWith(ARTICLE) || next.startsWith('لل') ? ARTICLE + head : null;
  return part !== null && usable(part) ? { text: part, kind: 'head' } : null;
}

/** The parts of an entity's names (labels and aliases), one each, before ambiguity is weighed. */
export function partsOf(entity: NamedEntity): NamePart[] {
  return infoOf(entity).parts;
}

/** What matching needs of an entity's names, worked out once per entity (an edit makes a new object). */
interface NameInfo {
  parts: NamePart[];
  /** The bare words of all its names. */
  bareWords: Set<string>;
  /** The bare last word of each name and part: a text that names the entity contains one of them. */
  keys: string[];
}

const infoCache = new WeakMap<NamedEntity, NameInfo>();

function infoOf(entity: NamedEntity): NameInfo {
  let info = infoCache.get(entity);
  if (info) return info;
  const names = namesOf(entity);
  const whole = new Set(names.map(fold));
  const parts: NamePart[] = [];
  for (const name of names) {
    const part = partOf(name, entity.type === PERSON);
    if (part && !whole.has(part.text) && !parts.some((p) => p.text === part.text)) parts.push(part);
  }
  const split = names.map(words);
  const keys = [...split.map((w) => w.at(-1) ?? ''), ...parts.map((p) => p.text)].filter((w) => w !== '').map(bare);
  info = { parts, bareWords: new Set(split.flat().map(bare)), keys: [...new Set(keys)] };
  infoCache.set(entity, info);
  return info;
}

/**
 * Whether a folded text may name the entity (by a name or a part): a quick test that
 * leaves out most entities before they are searched for.
 */
export function mayName(entity: NamedEntity, foldedText: string): boolean {
  return infoOf(entity).keys.some((k) => foldedText.includes(k));
}

/**
 * Each entity's parts, less those another entity's names share (a part whose bare word
 * is a word of another entity's label or alias): those are proposed for neither.
 */
export function distinctParts(entities: readonly NamedEntity[]): Map<string, NamePart[]> {
  // Which entity has each bare word in its names: its index, or -1 once a second has it too.
  const owner = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const key of infoOf(e).bareWords) {
      const had = owner.get(key);
      owner.set(key, had === undefined || had === i ? i : -1);
    }
  });
  const out = new Map<string, NamePart[]>();
  entities.forEach((entity, i) => {
    out.set(
      entity.id,
      infoOf(entity).parts.filter((p) => owner.get(bare(p.text)) === i),
    );
  });
  return out;
}

/**
 * Whether the word right after `end` (across spaces only) has the article: a head noun so
 * qualified («القمة المقبلة», «الشركة الروسية») is another thing than the name's.
 */
export function qualifiedAfter(text: string, end: number): boolean {
  const rest = text.slice(end);
  const m = /^\s+([\p{L}\p{M}]+)/u.exec(rest);
  return m !== null && fold(m[1] as string).startsWith(ARTICLE);
}
