import type { AnnotationDoc } from '../../domain/annotation/schema';
import type { Lang } from '../../domain/schema';
import { categoryColor } from '../../shared/palette';
import type { RelationEnds } from './text-annotation';

/**
 * A relation's arc as one sentence draws it, in flat values (so an unchanged arc compares
 * equal from one step to the next): the mentions it joins by key, its label and colour.
 */
export interface ArcView {
  relation: string;
  /** The sentence that draws it: the one both mentions are in, or for a cross-sentence link the one its hook is on. */
  sentence: string;
  from: string;
  to: string;
  /** Joins mentions in different sentences: drawn as a dashed hook on one mention (`from`). */
  cross: boolean;
  /** How far apart the mentions are in the text: shorter arcs are placed first. */
  span: number;
  label: string;
  /** The relation read as a sentence. */
  reading: string;
  color: string;
}

/** The label and colour of each relation type, in a language. */
export function arcTypes(doc: Pick<AnnotationDoc, 'relationTypes' | 'categories'>, lang: Lang): Map<string, { label: string; color: string }> {
  return new Map(doc.relationTypes.map((t, i) => [t.id, { label: t.label[lang], color: categoryColor(t.category ?? '', i, doc.categories?.find((c) => c.id === t.category)?.color) }]));
}

/**
 * A relation's arc, from the mentions it joins (`relationEndsOf`). A cross-sentence link
 * is hooked on its mention in the sentence that states it when only the target is there,
 * else on the source's mention.
 */
export function arcView(relation: AnnotationDoc['relations'][number], end: RelationEnds, types: ReadonlyMap<string, { label: string; color: string }>, reading: string): ArcView {
  const type = types.get(relation.type);
  const hookOnTarget = end.cross && end.to.sentence === end.sentence && end.from.sentence !== end.sentence;
  const host = hookOnTarget ? end.to : end.from;
  return {
    relation: end.relation,
    sentence: host.sentence,
    from: host.key,
    to: end.cross ? host.key : end.to.key,
    cross: end.cross,
    span: Math.abs(end.from.start - end.to.start),
    label: type?.label ?? relation.type,
    reading,
    color: type?.color ?? categoryColor('', 0),
  };
}
