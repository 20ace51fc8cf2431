import { create } from 'zustand';
// Only the history module: the edits stay in the workspace's lazy chunk.
import { commit, redo, undo, type History } from '../../domain/annotation/history';
import type { AnnotationDoc, EditError, EditResult } from '../../domain/annotation/schema';
import { loadDraft, saveDraft, type StoredMode } from './persist';

/**
 * The authoring feature's own store: the annotation document with its undo history,
 * the span the user is selecting, and whether the workspace is open. Kept out of the
 * app store on purpose: it is one feature's working state, saved to IndexedDB.
 */

export type AuthoringMode = StoredMode;
/** A span being selected in one sentence: anchor where it began, focus where the caret is. */
export interface SpanSelection {
  sentence: string;
  anchor: number;
  focus: number;
}
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';
export interface Notice {
  kind: 'error' | 'info';
  error: EditError;
}

interface AuthoringState {
  mode: AuthoringMode;
  history: History | null;
  span: SpanSelection | null;
  /** The sentence the keyboard was last in: the article's one tab stop. */
  current: string | null;
  notice: Notice | null;
  save: SaveStatus;
  restored: boolean;
  setMode: (mode: AuthoringMode) => void;
  start: (doc: AnnotationDoc) => void;
  /** Apply an edit's result: a new step in the history, or the refusal as a notice. */
  apply: (result: EditResult) => boolean;
  undo: () => void;
  redo: () => void;
  setSpan: (span: SpanSelection | null) => void;
  setNotice: (notice: Notice | null) => void;
  restore: () => Promise<void>;
}

export const useAuthoring = create<AuthoringState>()((set, get) => ({
  mode: 'off',
  history: null,
  span: null,
  current: null,
  notice: null,
  save: 'idle',
  restored: false,
  setMode: (mode) => set({ mode }),
  start: (doc) => set({ history: { past: [], present: doc, future: [] }, mode: 'annotate', span: null, current: null, notice: null }),
  apply: (result) => {
    const { history } = get();
    if (!result.ok) {
      set({ notice: { kind: 'error', error: result.error } });
      return false;
    }
    if (!history) return false;
    set({ history: commit(history, result.doc), notice: null });
    return true;
  },
  undo: () => {
    const { history } = get();
    if (history && history.past.length > 0) set({ history: undo(history), notice: { kind: 'info', error: { code: 'undone' } } });
  },
  redo: () => {
    const { history } = get();
    if (history && history.future.length > 0) set({ history: redo(history), notice: { kind: 'info', error: { code: 'redone' } } });
  },
  setSpan: (span) => set(span ? { span, current: span.sentence } : { span }),
  setNotice: (notice) => set({ notice }),
  restore: async () => {
    if (get().restored) return;
    set({ restored: true });
    try {
      const draft = await loadDraft();
      // A graph the user started since the page loaded wins over the stored one.
      if (draft && !get().history) set({ history: draft.history, mode: draft.mode });
    } catch {
      // No IndexedDB (private mode): authoring still works, without keeping the draft.
    }
  },
}));

/** Write the draft after every step and every change of mode; the status says how it went. */
useAuthoring.subscribe((state, prev) => {
  if (!state.history || (state.history === prev.history && state.mode === prev.mode)) return;
  if (!state.restored) return;
  useAuthoring.setState({ save: 'saving' });
  saveDraft(state.history, state.mode).then(
    () => {
      if (useAuthoring.getState().history === state.history) useAuthoring.setState({ save: 'saved' });
    },
    () => useAuthoring.setState({ save: 'failed' }),
  );
});

export function useAuthoringMode(): AuthoringMode {
  return useAuthoring((s) => s.mode);
}

/** The selected span as ordered offsets, or null for none or a bare caret. */
export function spanRange(span: SpanSelection | null): { sentence: string; start: number; end: number } | null {
  if (!span || span.anchor === span.focus) return null;
  return { sentence: span.sentence, start: Math.min(span.anchor, span.focus), end: Math.max(span.anchor, span.focus) };
}
