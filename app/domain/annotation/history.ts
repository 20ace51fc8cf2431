/**
 * Undo/redo over whole documents. Edits are pure and share structure, so keeping every
 * past document costs little; the cap keeps a long session's memory bounded.
 */
import type { AnnotationDoc } from './schema';

export interface History {
  past: AnnotationDoc[];
  present: AnnotationDoc;
  future: AnnotationDoc[];
}

export const HISTORY_LIMIT = 200;

export function createHistory(doc: AnnotationDoc): History {
  return { past: [], present: doc, future: [] };
}

/** Record a new present; the redo branch is dropped. Committing the same document is a no-op. */
export function commit(h: History, doc: AnnotationDoc, limit = HISTORY_LIMIT): History {
  if (doc === h.present) return h;
  const past = [...h.past, h.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: doc, future: [] };
}

export function undo(h: History): History {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo(h: History): History {
  const [next, ...future] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future };
}

export const canUndo = (h: History): boolean => h.past.length > 0;
export const canRedo = (h: History): boolean => h.future.length > 0;
