import { locateSpan } from '../../domain/annotation/spans';
import type { AnnotationDoc, Entity } from '../../domain/annotation/schema';
import type { Mark } from '../../domain/text-segments';
import { DerivedCache } from './sentence-cache';
import { entityMentionsAt, relationEndsOf, sentenceTexts, type MentionAt, type RelationEnds, type SentenceTexts } from './text-annotation';

type Relation = AnnotationDoc['relations'][number];
export type SentenceMark = Mark & { sentence: string };

/**
 * What the text view derives from the document (mentions where they are, their views,
 * relations' evidence and ends), computed per entity and per relation and kept while that
 * entity or relation, and the sentences, stay the same objects. A step replaces the objects
 * it changes, so on a document of a thousand entities a step recomputes one or two of them;
 * the rest is gathering what is kept.
 */
export class TextDerivations {
  private texts: { sentences: AnnotationDoc['sentences']; value: SentenceTexts } | null = null;
  private mentionCache = new DerivedCache<Entity, MentionAt[]>();
  private viewCache = new DerivedCache<Entity, unknown[]>();
  private evidenceCache = new DerivedCache<Relation, SentenceMark[]>();
  private endsCache = new DerivedCache<Relation, RelationEnds | null>();

  sentenceTexts(sentences: AnnotationDoc['sentences']): SentenceTexts {
    if (this.texts?.sentences !== sentences) this.texts = { sentences, value: sentenceTexts(sentences) };
    return this.texts.value;
  }

  /** Every mention that resolves, in entity order, and each entity's. */
  mentions(doc: Pick<AnnotationDoc, 'sentences' | 'entities'>): { all: MentionAt[]; ofEntity: (id: string) => readonly MentionAt[] } {
    const texts = this.sentenceTexts(doc.sentences);
    const byEntity = new Map<string, MentionAt[]>();
    const all: MentionAt[] = [];
    for (const e of doc.entities) {
      const list = this.mentionCache.get(e, [doc.sentences], () => entityMentionsAt(e, texts.text));
      byEntity.set(e.id, list);
      for (const m of list) all.push(m);
    }
    return { all, ofEntity: (id) => byEntity.get(id) ?? [] };
  }

  /**
   * A view of each mention (`view`), kept per entity while the entity, the sentences and
   * `deps` (what else `view` reads) stay the same; in entity order.
   */
  mentionViews<V>(doc: Pick<AnnotationDoc, 'sentences' | 'entities'>, ofEntity: (id: string) => readonly MentionAt[], deps: readonly unknown[], view: (entity: Entity, mention: MentionAt) => V): V[] {
    const out: V[] = [];
    for (const e of doc.entities) {
      const views = this.viewCache.get(e, [doc.sentences, ...deps], () => ofEntity(e.id).map((m) => view(e, m))) as V[];
      for (const v of views) out.push(v);
    }
    return out;
  }

  /** The words each relation cites, as marks in their sentences. */
  evidence(doc: Pick<AnnotationDoc, 'sentences' | 'relations'>): SentenceMark[] {
    const texts = this.sentenceTexts(doc.sentences);
    const out: SentenceMark[] = [];
    for (const r of doc.relations) {
      const marks = this.evidenceCache.get(r, [doc.sentences], () =>
        r.evidence.flatMap((ev): SentenceMark[] => {
          const at = locateSpan(texts.text.get(ev.sentence) ?? '', ev);
          return at ? [{ sentence: ev.sentence, ...at, kind: 'evidence', title: r.id }] : [];
        }),
      );
      for (const m of marks) out.push(m);
    }
    return out;
  }

  /** The mentions each relation is drawn between (`relationEndsOf`), kept while its relation and both entities are. */
  ends(doc: Pick<AnnotationDoc, 'sentences' | 'relations' | 'entities'>, ofEntity: (id: string) => readonly MentionAt[], entity: (id: string) => Entity | undefined): RelationEnds[] {
    const texts = this.sentenceTexts(doc.sentences);
    const out: RelationEnds[] = [];
    for (const r of doc.relations) {
      const end = this.endsCache.get(r, [entity(r.source), entity(r.target), doc.sentences], () => relationEndsOf(r, texts, ofEntity));
      if (end) out.push(end);
    }
    return out;
  }
}
