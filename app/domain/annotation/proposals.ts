/**
 * Proposals: spans of an article offered to the annotator as mentions, which become data
 * only when the annotator accepts one. Two kinds share one shape so the text can show
 * them alike (dim, with the entity they would belong to):
 * - `occurrence`: another place the label or an alias of an entity of this draft occurs;
 * - `suggestion`: a label or alias of an entity of another draft or of a bundled graph.
 *
 * Accepting a suggestion makes a new entity of the draft that keeps what identifies the
 * source entity across articles (its node type, labels, aliases and `sameAs` IRIs, and its
 * id where that id is free), so a corpus that gathers both articles links the two by IRI
 * or proposes them as one by type and folded label.
 */

export interface ProposedEntity {
  /** The entity's id in its own document. */
  id: string;
  type: string;
  label: { ar: string; en: string };
  aliases?: { ar?: string[]; en?: string[] };
  sameAs?: string[];
}

export interface ProposalSource {
  kind: 'draft' | 'graph';
  /** A draft's id or a bundled graph's id. */
  id: string;
  title: string;
}

export interface Proposal {
  /**
   * Stable across renders and edits elsewhere in the article: the key a rejection is kept
   * under, so a rejected proposal does not come back for that draft.
   */
  key: string;
  kind: 'occurrence' | 'suggestion';
  sentence: string;
  /** UTF-16 offsets into the sentence's text, on grapheme-cluster boundaries; end exclusive. */
  start: number;
  end: number;
  /** The sentence's text between start and end. */
  quote: string;
  entity: ProposedEntity;
  /** Where a suggestion's entity comes from; null for an occurrence (the draft itself). */
  source: ProposalSource | null;
  /** The words are a short form of the entity's name (a family name, a head noun), not a whole name. */
  part?: true;
}
