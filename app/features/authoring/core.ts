/**
 * The authoring UI's one door to the annotation core (`app/domain/annotation/*`, built
 * on branch `authoring`): the feature imports from here, so a change of the core's
 * shape is absorbed in one file.
 */
export type {
  AnnotationDoc,
  AnnotationRelation as DocRelation,
  AnnotationSentence as DocSentence,
  EditError,
  EditResult,
  Entity as DocEntity,
  SpanRef,
} from '../../domain/annotation/schema';
export type { History } from '../../domain/annotation/history';
export { commit, createHistory, redo, undo } from '../../domain/annotation/history';
export { locateSpan, spanFromOffsets } from '../../domain/annotation/spans';
export { createAnnotationDoc, cutArticle, mergeSentences, sentencesFromCut, splitSentence } from '../../domain/annotation/sentences';
export { compileAnnotations, decompileGraph, isAnnotationDoc } from '../../domain/annotation/compile';
export {
  addEntity,
  addEvidence,
  addMention,
  addRelation,
  addRelationType,
  deleteEntity,
  deleteRelation,
  describeDeletion,
  mergeEntities,
  newId,
  removeEvidence,
  removeMention,
  updateEntity,
  updateRelation,
  updateSentence,
} from '../../domain/annotation/edits';
export { readArticle } from '../../domain/annotation/intake';
