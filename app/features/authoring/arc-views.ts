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

/**
 * Every relation's arc, from the mentions it joins (`relationEnds`). A cross-sentence link
 * is hooked on its mention in the sentence that states it when only the target is there,
 * else on the source's mention.
 */
export function arcViews(
  doc: Pick<AnnotationDoc, 'relations' | 'relationTypes' | 'categories'>,
  ends: readonly RelationEnds[],
  lang: Lang,
  reading: (relation: AnnotationDoc['relations'][number]) => string,
): ArcView[] {
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const types = new Map(doc.relationTypes.map((t, i) => [t.id, { t, color: categoryColor(t.category ?? '', i, doc.categories?.find((c) => c.id === t.category)?.color) }]));
  const out: ArcView[] = [];
  for (const end of ends) {
    const relation = relations.get(end.relation);
    if (!relation) continue;
    const type = types.get(relation.type);
    const hookOnTarget = end.cross && end.to.sentence === end.sentence && end.from.sentence !== end.sentence;
    const host = hookOnTarget ? end.to : end.from;
    out.push({
      relation: end.relation,
      sentence: host.sentence,
      from: host.key,
      to: end.cross ? host.key : end.to.key,
      cross: end.cross,
      span: Math.abs(end.from.start - end.to.start),
      label: type?.t.label[lang] ?? relation.type,
      reading: reading(relation),
      color: type?.color ?? categoryColor('', 0),
    });
  }
  return out;
}
