import { useCallback } from 'react';
import { relationSentence as sentenceOf } from '../../domain/relation-sentence';
import type { Lang } from '../../domain/schema';
import type { AnnotationDoc, EditError, EditResult } from '../../domain/annotation/schema';
import { useAuthoring } from './store';

/** The current document; only called below the point where one exists. */
export function useDoc(): AnnotationDoc {
  const doc = useAuthoring((s) => s.history?.present);
  if (!doc) throw new Error('no annotation document');
  return doc;
}

/**
 * Run an edit on the current document: a new undo step, or the refusal to show. `done`
 * is announced in the workspace's status region, so a screen reader hears the result.
 */
export function useEdit() {
  const apply = useAuthoring((s) => s.apply);
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (edit: (doc: AnnotationDoc) => EditResult, done?: EditError): EditError | null => {
      const doc = useAuthoring.getState().history?.present;
      if (!doc) return { code: 'no-document' };
      const result = edit(doc);
      if (!result.ok) return result.error;
      apply(result);
      if (done) setNotice({ kind: 'info', error: done });
      return null;
    },
    [apply, setNotice],
  );
}

export function entityLabel(doc: AnnotationDoc, id: string | undefined, lang: Lang): string {
  const e = doc.entities.find((x) => x.id === id);
  return e ? e.label[lang] : (id ?? '');
}

/** "Putin visits China": how the explorer reads a relation, here too. */
export function relationSentence(doc: AnnotationDoc, r: { source: string; target: string; type: string }, lang: Lang): string {
  const entity = (id: string) => doc.entities.find((x) => x.id === id);
  return sentenceOf(entity(r.source), doc.relationTypes.find((x) => x.id === r.type), r.type, entity(r.target), lang, r);
}

/** Comma-separated aliases, Arabic comma too; empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
