import type { Lang, LocalizedNote } from '../../domain/schema';
import { isMessageKey, type Translate } from '../../shared/i18n/translate';
import { locateSpan } from '../../domain/annotation/spans';
import type { AnnotationDoc, SpanRef } from '../../domain/annotation/schema';

/** Entities with a mention inside the span, ordered by where the mention starts. */
export function entitiesInSpan(doc: AnnotationDoc, span: SpanRef): string[] {
  const text = doc.sentences.find((s) => s.id === span.sentence)?.text ?? '';
  const range = locateSpan(text, span);
  if (!range) return [];
  const found: { id: string; at: number }[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.sentence !== span.sentence) continue;
      const at = locateSpan(text, m);
      if (at && at.start >= range.start && at.end <= range.end) found.push({ id: e.id, at: at.start });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

export function categoryLabel(doc: AnnotationDoc, id: string, lang: Lang, t: Translate): string {
  const own = doc.categories?.find((c) => c.id === id);
  if (own) return own.label[lang];
  const key = `category.${id}`;
  return isMessageKey(key) ? t(key) : id;
}

export function localized(ar: string, en: string): LocalizedNote | undefined {
  if (!ar.trim() && !en.trim()) return undefined;
  return { ...(ar.trim() ? { ar: ar.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}
