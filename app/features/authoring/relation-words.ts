import { searchChoices } from './entity-choices';
import type { MentionAt } from './text-annotation';

/**
 * A relation made from the words that state it: the user finds (or selects) the words, and
 * the names in them are its possible ends. The pure parts: which names the words hold,
 * which two a relation starts from, how a key changes them, and which names a relation is
 * repeated for when several do the same thing («ووقّع منصور وفولكوف ولي وي الاتفاقية»).
 */

/** Words in a sentence, as offsets into its text. */
export interface Words {
  sentence: string;
  start: number;
  end: number;
}

/** A relation's two ends, each a mention in the text. */
export interface Ends {
  source: MentionAt;
  target: MentionAt;
}

/**
 * The names in some words: the mentions that share at least a character with them, one per
 * entity (its first there, the longer first where two start together), in reading order.
 */
export function namesInWords(mentions: readonly MentionAt[], words: Words): MentionAt[] {
  const here = mentions.filter((m) => m.sentence === words.sentence && m.start < words.end && m.end > words.start);
  here.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  return here.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
}

/**
 * The ends a relation of the words starts with: the first name is its source and the last
 * its target (the words that state a relation mostly run from one of its ends to the other);
 * `reversed`, the last name is the source. Null when the words name fewer than two entities.
 */
export function endsOfWords(names: readonly MentionAt[], reversed = false): Ends | null {
  const first = names[0];
  const last = names.at(-1);
  if (!first || !last || first.entity === last.entity) return null;
  return reversed ? { source: last, target: first } : { source: first, target: last };
}

/**
 * The names a picker numbers: those in the words and the two ends (an end may lie outside
 * words that were narrowed), one per entity, in reading order.
 */
export function pickerNames(names: readonly MentionAt[], ends: Ends): MentionAt[] {
  const all = [...names];
  for (const end of [ends.source, ends.target]) if (!all.some((m) => m.entity === end.entity)) all.push(end);
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A name made the source: the target stays, unless it is that name, and then the two swap. */
export function withSource(ends: Ends, name: MentionAt): Ends {
  if (name.entity === ends.source.entity) return ends;
  if (name.entity === ends.target.entity) return { source: ends.target, target: ends.source };
  return { source: name, target: ends.target };
}

/** The target moved to the next (or previous) name that is not the source, wrapping round; as it was when there is none. */
export function moveTarget(names: readonly MentionAt[], ends: Ends, forward: boolean): Ends {
  const others = names.filter((m) => m.entity !== ends.source.entity);
  if (others.length === 0) return ends;
  const at = others.findIndex((m) => m.entity === ends.target.entity);
  const step = forward ? 1 : -1;
  const next = at < 0 ? (forward ? others[0] : others.at(-1)) : others[(at + step + others.length) % others.length];
  return next ? { source: ends.source, target: next } : ends;
}

/**
 * The sources a relation is repeated for at once: every name in the words whose entity is
 * of the source's type, other than the target, in reading order (the source among them), as
 * when three people sign one agreement. A single one means there is nothing to repeat.
 */
export function alikeSources(names: readonly MentionAt[], ends: Ends, typeOf: (entity: string) => string | undefined): MentionAt[] {
  const type = typeOf(ends.source.entity);
  if (type === undefined) return [ends.source];
  const alike = names.filter((m) => m.entity !== ends.target.entity && typeOf(m.entity) === type);
  return alike.some((m) => m.entity === ends.source.entity) ? alike : [ends.source, ...alike];
}

/** Types named like the letters typed, folded: a label they spell first, then one they start, then one they are in. */
export function typesLike<T extends { label: { ar: string; en: string } }>(types: readonly T[], query: string): readonly T[] {
  if (!query) return types;
  return searchChoices(
    types.map((x) => ({ value: x.label.en, names: [x.label.ar, x.label.en], x })),
    query,
  ).map((c) => c.x);
}
