import { create } from 'zustand';
import type { DoneNotice, Refusal } from './messages';

/**
 * The annotation surface's passing state: the span being selected, the sentence the
 * keyboard was last in, and what happened last. The drafts themselves (documents and
 * their histories) are the state layer's, in `state/drafts.ts`.
 */

/** A span being selected in one sentence: anchor where it began, focus where the caret is. */
export interface SpanSelection {
  sentence: string;
  anchor: number;
  focus: number;
}
/** What the article's search was opened for (see `findFor`). */
export type FindFor = { kind: 'entity'; type: string } | { kind: 'mention'; entity: string };
/** What happened last: a refusal (an alert) or a finished step (a status). */
export type Notice = { kind: 'error'; error: Refusal } | { kind: 'info'; notice: DoneNotice };

interface AuthoringState {
  span: SpanSelection | null;
  /** The sentence the keyboard was last in: the article's one tab stop. */
  current: string | null;
  notice: Notice | null;
  /** Entities whose other occurrences the user asked to see proposed ("Mark all"). */
  marking: readonly string[];
  /** The last "Mark all" asked for (a new object each time), so its proposals can be brought into view. */
  lastMarked: { entity: string } | null;
  /**
   * What the article's search was opened for when no words were selected: a new entity of a
   * type (its key pressed) or a mention of an entity (chosen in "Mention of"); Enter then
   * makes the words found into it.
   */
  findFor: FindFor | null;
  setFindFor: (findFor: FindFor | null) => void;
  /** "Mention of" was opened to mark all of the entity chosen there (Shift+O), not to add words to it. */
  finderMarks: boolean;
  setFinderMarks: (marks: boolean) => void;
  setSpan: (span: SpanSelection | null) => void;
  setNotice: (notice: Notice | null) => void;
  markAll: (entityId: string) => void;
  /** An entity's occurrences proposed as by "Mark all", without bringing them into view (a new entity's, while the user is in the text). */
  propose: (entityId: string) => void;
  /** A draft newly opened starts with no selection and nothing said. */
  reset: () => void;
}

export const useAuthoring = create<AuthoringState>()((set) => ({
  span: null,
  current: null,
  notice: null,
  marking: [],
  lastMarked: null,
  findFor: null,
  setFindFor: (findFor) => set({ findFor }),
  finderMarks: false,
  setFinderMarks: (finderMarks) => set({ finderMarks }),
  setSpan: (span) => set(span ? { span, current: span.sentence } : { span }),
  setNotice: (notice) => set({ notice }),
  markAll: (entityId) => set((s) => ({ marking: s.marking.includes(entityId) ? s.marking : [...s.marking, entityId], lastMarked: { entity: entityId } })),
  propose: (entityId) => set((s) => (s.marking.includes(entityId) ? s : { marking: [...s.marking, entityId] })),
  reset: () => set({ span: null, current: null, notice: null, marking: [], lastMarked: null, findFor: null, finderMarks: false }),
}));

/** The selected span as ordered offsets, or null for none or a bare caret. */
export function spanRange(span: SpanSelection | null): { sentence: string; start: number; end: number } | null {
  if (!span || span.anchor === span.focus) return null;
  return { sentence: span.sentence, start: Math.min(span.anchor, span.focus), end: Math.max(span.anchor, span.focus) };
}
