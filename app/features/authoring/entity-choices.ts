import { fold } from '../../domain/fold';
import type { AnnotationDoc, Entity } from '../../domain/annotation/schema';
import { SPEAKER_TYPES } from '../../domain/annotation/speaker';

/**
 * What an entity picker offers: for a speaker, only entities that can speak; those named
 * in the relation's sentence first, the rest after. An entity already chosen is always
 * offered, so a value made before stays visible.
 */
export function entityChoices(
  doc: Pick<AnnotationDoc, 'entities'>,
  options: { sentence?: string | undefined; speakersOnly?: boolean; keep?: string | undefined },
): { here: Entity[]; elsewhere: Entity[] } {
  const fits = (e: Entity) => e.id === options.keep || !options.speakersOnly || SPEAKER_TYPES.includes(e.type);
  const here: Entity[] = [];
  const elsewhere: Entity[] = [];
  for (const e of doc.entities) {
    if (!fits(e)) continue;
    (options.sentence && e.mentions.some((m) => m.sentence === options.sentence) ? here : elsewhere).push(e);
  }
  return { here, elsewhere };
}

/** A choice as the search sees it: its value and every name it answers to. */
export interface Searchable {
  value: string;
  names: readonly string[];
}

export function entitySearchable(e: Entity): Searchable {
  return { value: e.id, names: [e.label.ar, e.label.en, ...(e.aliases?.ar ?? []), ...(e.aliases?.en ?? [])] };
}

/**
 * The choices typed letters find, folded (hamza seats, alef maqsura, ta marbuta,
 * tashkeel): a name equal to them first, then names that start with them, then names
 * that contain them; in the order given within each rank.
 */
export function searchChoices<T extends Searchable>(choices: readonly T[], query: string): T[] {
  const q = fold(query);
  if (!q) return [...choices];
  const ranked: { choice: T; rank: number }[] = [];
  for (const choice of choices) {
    const names = choice.names.map(fold);
    const rank = names.includes(q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : -1;
    if (rank >= 0) ranked.push({ choice, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.choice);
}
