import type { MentionAt } from './text-annotation';

/**
 * Where the keyboard goes in the text after a step, so a practised user points as little as
 * possible: the next proposal after one is decided, the mentions a relation's other end is
 * picked from by number, and the mark the article's search lands on.
 */

/** A span in a sentence, placed in reading order by the sentence's index in the article. */
interface Placed {
  sentence: string;
  start: number;
  end: number;
}

type Order = ReadonlyMap<string, number>;

function compare(order: Order, a: Placed, b: Placed): number {
  return (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start;
}

/**
 * The proposal the caret goes to once one is accepted or rejected: the next of the same
 * entity in reading order (wrapping round), else the first of the entity listed next (see
 * `nextGroupStart`); null when none is left. `groupOf` names the entity a proposal is listed
 * under (the Proposals panel's group).
 */
export function nextProposal<P extends Placed & { key: string; entity: { id: string } }>(
  proposals: readonly P[],
  order: Order,
  decided: P,
  groupOf: (p: P) => string = (p) => p.entity.id,
): P | null {
  const rest = proposals.filter((p) => p.key !== decided.key).sort((a, b) => compare(order, a, b));
  const after = (p: P) => compare(order, p, decided) > 0;
  const same = rest.filter((p) => groupOf(p) === groupOf(decided));
  return same.find(after) ?? same[0] ?? nextGroupStart(proposals, order, groupOf(decided), groupOf);
}

/**
 * Where the caret goes once an entity's proposals are all decided: the first (in reading
 * order) of the entity listed after it, as the Proposals panel lists them (by first
 * appearance in `proposals`, wrapping round), so the caret walks the proposals entity by
 * entity as the panel shows them; null when no other entity has any.
 */
export function nextGroupStart<P extends Placed & { key: string; entity: { id: string } }>(
  proposals: readonly P[],
  order: Order,
  group: string,
  groupOf: (p: P) => string = (p) => p.entity.id,
): P | null {
  const groups = [...new Set(proposals.map(groupOf))];
  const at = groups.indexOf(group);
  const next = [...groups.slice(at + 1), ...groups.slice(0, Math.max(0, at))].find((g) => g !== group);
  return next === undefined ? null : firstFrom(proposals.filter((p) => groupOf(p) === next), order, null);
}

/** The first of a list in reading order at or after a place (wrapping round), or null for an empty list. */
export function firstFrom<P extends Placed>(items: readonly P[], order: Order, from: { sentence: string; offset: number } | null): P | null {
  const sorted = [...items].sort((a, b) => compare(order, a, b));
  if (!from) return sorted[0] ?? null;
  const here = { sentence: from.sentence, start: from.offset, end: from.offset };
  return sorted.find((p) => compare(order, p, here) >= 0) ?? sorted[0] ?? null;
}

/** How many mentions a numbered list offers: the keys 1-9 and 0. */
export const CANDIDATE_KEYS = 10;

/**
 * The mentions a relation's end is picked from by number: those of the sentence (in reading
 * order), then of the next sentence, then of the previous one, leaving out the entity of the
 * end already marked (a relation joins two entities) and repeated mentions of one entity in
 * a sentence after the first; at most ten.
 */
export function relationCandidates(mentions: readonly MentionAt[], sentences: readonly { id: string }[], sentence: string, except?: string): MentionAt[] {
  const index = sentences.findIndex((s) => s.id === sentence);
  if (index < 0) return [];
  const near = [sentences[index], sentences[index + 1], sentences[index - 1]].flatMap((s) => (s ? [s.id] : []));
  const out: MentionAt[] = [];
  for (const id of near) {
    const seen = new Set<string>();
    const here = mentions.filter((m) => m.sentence === id && m.entity !== except).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of here) {
      if (seen.has(m.entity)) continue;
      seen.add(m.entity);
      out.push(m);
    }
  }
  return out.slice(0, CANDIDATE_KEYS);
}

/** The mark (a mention or a proposal) that found words lie within, innermost first; null when they are plain words. */
export function markAround<M extends Placed>(marks: readonly M[], found: Placed): M | null {
  const around = marks.filter((m) => m.sentence === found.sentence && m.start <= found.start && found.end <= m.end);
  around.sort((a, b) => a.end - a.start - (b.end - b.start));
  return around[0] ?? null;
}
