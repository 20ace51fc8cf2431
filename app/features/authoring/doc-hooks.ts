import { useCallback } from 'react';
import { relationSentence as sentenceOf } from '../../domain/relation-sentence';
import type { Lang } from '../../domain/schema';
import type { AnnotationDoc, EditResult, Entity } from '../../domain/annotation/schema';
import { useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { useAppStore } from '../../state/store';
import type { DoneNotice, Refusal } from './messages';
import { useAuthoring } from './store';
import { useAfterPaint } from './use-after-paint';

/** The key of the draft the route names (annotated or previewed), or null. */
export function useDraftId(): string | null {
  return useAppStore((s) => (s.workspace && 'draft' in s.workspace ? s.workspace.draft : null));
}

/** The open draft's present document, or undefined when the route names none that exists. */
export function useOpenDoc(): AnnotationDoc | undefined {
  const id = useDraftId();
  return useDrafts((s) => (id ? s.drafts[id]?.history.present : undefined));
}

/** The current document; only called below the point where one exists. */
export function useDoc(): AnnotationDoc {
  const doc = useOpenDoc();
  if (!doc) throw new Error('no annotation document');
  return doc;
}

/**
 * The current document once the frame showing its last change is drawn: for what may
 * follow a step by a frame (side lists, checks, proposals), so the text shows it first.
 */
export function useDocAfterPaint(): AnnotationDoc {
  return useAfterPaint(useDoc());
}

/** Start a draft from a document and open it for annotation (the workspace forgets the last draft's selection). */
export function useStartDraft() {
  const openWorkspace = useAppStore((s) => s.openWorkspace);
  return useCallback((doc: AnnotationDoc) => openWorkspace({ page: 'annotate', draft: useDrafts.getState().create(doc) }), [openWorkspace]);
}

/**
 * Run an edit on the current document: a new undo step, or the refusal to show. `done`
 * is announced in the workspace's status region, so a screen reader hears the result.
 */
export function useEdit() {
  const id = useDraftId();
  const setNotice = useAuthoring((s) => s.setNotice);
  return useCallback(
    (edit: (doc: AnnotationDoc) => EditResult, done?: DoneNotice): Refusal | null => {
      if (!id) return { code: 'no-document' };
      if (useDraftLocks.getState().holds[id] !== 'held') return { code: 'read-only' };
      const result = useDrafts.getState().edit(id, edit);
      if (!result.ok) return result.error;
      setNotice(done ? { kind: 'info', notice: done } : null);
      return null;
    },
    [id, setNotice],
  );
}

/** Undo or redo a step of a draft (the bar's buttons, Ctrl+Z), and say so in the status region. */
export function stepDraft(draft: string, step: 'undo' | 'redo'): void {
  useDrafts.getState()[step](draft);
  useAuthoring.getState().setNotice({ kind: 'info', notice: { code: step === 'undo' ? 'undone' : 'redone' } });
}

const entityIndexes = new WeakMap<AnnotationDoc['entities'], Map<string, Entity>>();

/** A document's entities by id, built once per entity list (lists of hundreds of relations look them up). */
export function entityById(doc: Pick<AnnotationDoc, 'entities'>, id: string | undefined): Entity | undefined {
  let index = entityIndexes.get(doc.entities);
  if (!index) {
    index = new Map(doc.entities.map((e) => [e.id, e]));
    entityIndexes.set(doc.entities, index);
  }
  return id === undefined ? undefined : index.get(id);
}

export function entityLabel(doc: AnnotationDoc, id: string | undefined, lang: Lang): string {
  const e = entityById(doc, id);
  return e ? e.label[lang] : (id ?? '');
}

/** "Putin visits China": how the explorer reads a relation, here too. */
export function relationSentence(doc: AnnotationDoc, r: { source: string; target: string; type: string }, lang: Lang): string {
  return sentenceOf(entityById(doc, r.source), doc.relationTypes.find((x) => x.id === r.type), r.type, entityById(doc, r.target), lang, r);
}

/** Comma-separated aliases, Arabic comma too; empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
