import { create } from 'zustand';
import type { MentionAt } from './text-annotation';

/**
 * What the annotator has picked on the text: an entity (its mentions lit, its panel open),
 * a relation (its arc and card lit), and a relation being made from two marked mentions.
 * The words the new relation will cite are the workspace's selected span.
 */
interface TextState {
  entity: string | null;
  relation: string | null;
  /** The source mention of a relation being made, then its target. */
  source: MentionAt | null;
  target: MentionAt | null;
  /** A sentence whose mentions are offered by number as a relation's source (R with no mention under the caret). */
  choosing: string | null;
  /** A relation whose arc label is being dragged onto the name it is attributed to. */
  attributing: string | null;
  selectEntity: (id: string | null) => void;
  selectRelation: (id: string | null) => void;
  markSource: (m: MentionAt | null) => void;
  chooseSource: (sentence: string) => void;
  markTarget: (m: MentionAt) => void;
  /** Both ends at once (a relation of found words, or its ends changed in the picker). */
  setEnds: (source: MentionAt, target: MentionAt) => void;
  cancelRelation: () => void;
  dragAttribution: (relation: string | null) => void;
  reset: () => void;
}

export const useTextPick = create<TextState>()((set) => ({
  entity: null,
  relation: null,
  source: null,
  target: null,
  choosing: null,
  attributing: null,
  selectEntity: (entity) => set({ entity, relation: null }),
  selectRelation: (relation) => set({ relation, entity: null }),
  markSource: (source) => set({ source, target: null, choosing: null }),
  chooseSource: (choosing) => set({ choosing, source: null, target: null }),
  markTarget: (target) => set({ target }),
  setEnds: (source, target) => set({ source, target, choosing: null }),
  cancelRelation: () => set({ source: null, target: null, choosing: null }),
  dragAttribution: (attributing) => set({ attributing }),
  reset: () => set({ entity: null, relation: null, source: null, target: null, choosing: null, attributing: null }),
}));
