import type { MessageKey } from '../../shared/i18n/en';
import type { Translate } from '../../shared/i18n/translate';
import { formatSize } from '../../domain/format-size';
import type { EditErrorCode } from '../../domain/annotation/schema';

type Params = Record<string, string | number>;

/** Refusals the workspace makes itself, before or around the core's edits. */
export type WorkspaceRefusalCode =
  | 'no-span'
  | 'no-document'
  | 'read-only'
  | 'bad-graph-id'
  | 'not-a-graph'
  | 'no-vocabulary'
  | 'selection-hidden'
  | 'no-mention-here'
  | 'no-relation-chosen'
  | 'no-entity-here'
  | 'no-mark-ahead'
  | 'no-candidate'
  | 'words-name-too-few';

/** Why a step was not taken: the core's codes and the workspace's own. */
export type RefusalCode = EditErrorCode | WorkspaceRefusalCode;
export interface Refusal {
  code: RefusalCode;
  params?: Params;
}

/** What a step that went through says; shown as a status, never as an alert. */
export type DoneCode =
  | 'done-entity'
  | 'done-entity-proposed'
  | 'done-relation'
  | 'done-mention'
  | 'done-evidence'
  | 'done-merged'
  | 'done-deleted'
  | 'done-saved'
  | 'done-split'
  | 'done-merged-sentences'
  | 'done-relation-named'
  | 'done-relation-attributed'
  | 'done-relations-each'
  | 'done-mention-known'
  | 'done-widened'
  | 'relation-source'
  | 'done-accepted'
  | 'done-rejected'
  | 'done-marked'
  | 'done-vocabulary'
  | 'done-attributed'
  | 'done-unattributed'
  | 'undone'
  | 'redone';
export interface DoneNotice {
  code: DoneCode;
  params?: Params;
  /** Where the keyboard caret went on to: the proposals of the entity listed next. */
  next?: { label: string; count: number };
}

/** Every refusal's message: a code without one here does not compile. */
export const REFUSAL_MESSAGES: Record<RefusalCode, MessageKey> = {
  'unknown-sentence': 'author.error.unknown-sentence',
  'span-crosses-sentences': 'author.error.span-crosses-sentences',
  'span-out-of-range': 'author.error.span-out-of-range',
  'empty-span': 'author.error.empty-span',
  'splits-character': 'author.error.splits-character',
  'quote-not-found': 'author.error.quote-not-found',
  'no-next-sentence': 'author.error.no-next-sentence',
  'invalid-split': 'author.error.invalid-split',
  'empty-sentence': 'author.error.empty-sentence',
  'split-inside-span': 'author.error.split-inside-span',
  'invalid-id': 'author.error.invalid-id',
  'duplicate-id': 'author.error.duplicate-id',
  'empty-label': 'author.error.empty-label',
  'label-taken': 'author.error.label-taken',
  'invalid-color': 'author.error.invalid-color',
  'unknown-entity': 'author.error.unknown-entity',
  'unknown-node-type': 'author.error.unknown-node-type',
  'duplicate-mention': 'author.error.duplicate-mention',
  'unknown-mention': 'author.error.unknown-mention',
  'same-entity': 'author.error.same-entity',
  'unknown-relation': 'author.error.unknown-relation',
  'unknown-relation-type': 'author.error.unknown-relation-type',
  'self-relation': 'author.error.self-relation',
  'relation-exists': 'author.error.relation-exists',
  'duplicate-evidence': 'author.error.duplicate-evidence',
  'unknown-evidence': 'author.error.unknown-evidence',
  'last-evidence': 'author.error.last-evidence',
  empty: 'author.error.empty',
  binary: 'author.error.binary',
  'too-large': 'author.error.too-large',
  'bidi-controls': 'author.error.bidi-controls',
  'no-span': 'author.error.no-span',
  'no-document': 'author.error.no-document',
  'read-only': 'author.error.read-only',
  'bad-graph-id': 'author.error.bad-graph-id',
  'not-a-graph': 'author.error.not-a-graph',
  'no-vocabulary': 'author.error.no-vocabulary',
  'selection-hidden': 'author.error.selection-hidden',
  'no-mention-here': 'author.error.no-mention-here',
  'no-relation-chosen': 'author.error.no-relation-chosen',
  'no-entity-here': 'author.error.no-entity-here',
  'no-mark-ahead': 'author.error.no-mark-ahead',
  'no-candidate': 'author.error.no-candidate',
  'words-name-too-few': 'author.error.words-name-too-few',
  'type-in-use': 'author.error.type-in-use',
  'category-in-use': 'author.error.category-in-use',
  'unknown-category': 'author.error.unknown-category',
  'undirected-twins': 'author.error.undirected-twins',
};

/** Every success notice's message. */
export const DONE_MESSAGES: Record<DoneCode, MessageKey> = {
  'done-entity': 'author.error.done-entity',
  'done-entity-proposed': 'author.error.done-entity-proposed',
  'done-relation': 'author.error.done-relation',
  'done-mention': 'author.error.done-mention',
  'done-evidence': 'author.error.done-evidence',
  'done-merged': 'author.error.done-merged',
  'done-deleted': 'author.error.done-deleted',
  'done-saved': 'author.error.done-saved',
  'done-split': 'author.error.done-split',
  'done-merged-sentences': 'author.error.done-merged-sentences',
  'done-relation-named': 'author.error.done-relation-named',
  'done-relation-attributed': 'author.error.done-relation-attributed',
  'done-relations-each': 'author.error.done-relations-each',
  'done-mention-known': 'author.error.done-mention-known',
  'done-widened': 'author.error.done-widened',
  'relation-source': 'author.error.relation-source',
  'done-accepted': 'author.error.done-accepted',
  'done-rejected': 'author.error.done-rejected',
  'done-marked': 'author.error.done-marked',
  'done-vocabulary': 'author.error.done-vocabulary',
  'done-attributed': 'author.error.done-attributed',
  'done-unattributed': 'author.error.done-unattributed',
  undone: 'author.error.undone',
  redone: 'author.error.redone',
};

/** Sizes in the parameters read as "11.0 MB", not a count of bytes. */
function readable(params: Params | undefined): Params {
  const out: Params = { ...params };
  for (const key of ['size', 'limit']) if (typeof out[key] === 'number') out[key] = formatSize(out[key]);
  return out;
}

/** A refusal (or an intake warning) in the user's language. */
export function refusalMessage(t: Translate, refusal: Refusal): string {
  return t(REFUSAL_MESSAGES[refusal.code], readable(refusal.params));
}

/** A finished step's notice in the user's language. */
export function doneMessage(t: Translate, notice: DoneNotice): string {
  const done = t(DONE_MESSAGES[notice.code], readable(notice.params));
  return notice.next ? `${done} ${t('author.error.done-next', notice.next)}` : done;
}
