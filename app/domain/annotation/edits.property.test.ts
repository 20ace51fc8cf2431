/**
 * Whatever sequence of steps an annotator takes, every accepted step leaves a document
 * that parses and compiles with every span found and every reference resolved (only
 * "has no relation" may be reported mid-work), and a refused step changes nothing.
 * Undoing every step gives back the document the session started from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnnotations } from './compile';
import {
  addEntity,
  addEvidence,
  addMention,
  addRelation,
  deleteEntity,
  deleteRelation,
  mergeEntities,
  removeEvidence,
  removeMention,
  updateRelation,
} from './edits';
import { sampleDoc } from './fixtures';
import { commit, createHistory, undo } from './history';
import { parseAnnotationDoc, type AnnotationDoc } from './schema';
import { mergeSentences, splitSentence } from './sentences';

type Step = (doc: AnnotationDoc) => { ok: boolean; doc?: AnnotationDoc };

const pick = <T,>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

/** A step from a few random numbers, aimed at the document's current content. */
const step = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(([kind, a, b, c, d]): Step => (doc) => {
  const sentence = pick(doc.sentences, a)!;
  const start = b % (sentence.text.length + 1);
  const end = Math.min(sentence.text.length, start + 1 + (c % 12));
  const span = { sentence: sentence.id, start, end };
  const entity = pick(doc.entities, c)?.id ?? 'none';
  const other = pick(doc.entities, d)?.id ?? 'none';
  const relation = pick(doc.relations, a);
  const type = pick(doc.relationTypes, d)!.id;
  switch (kind) {
    case 0:
      return addEntity(doc, { type: pick(doc.nodeTypes, d)!.id, label: { ar: `كيان ${a}`, en: `Entity ${a}` }, mention: span });
    case 1:
      return addMention(doc, entity, span);
    case 2:
      return removeMention(doc, entity, d % 3);
    case 3:
      return addRelation(doc, { source: entity, target: other, type, evidence: span, ...(b % 2 && doc.entities.length > 0 ? { attributedTo: pick(doc.entities, b)!.id } : {}) });
    case 4:
      return relation ? addEvidence(doc, relation.id, span) : { ok: false };
    case 5:
      return relation ? removeEvidence(doc, relation.id, d % 2) : { ok: false };
    case 6:
      return relation ? updateRelation(doc, relation.id, { type, source: other }) : { ok: false };
    case 7:
      return mergeEntities(doc, entity, other);
    case 8:
      return deleteEntity(doc, entity);
    case 9:
      return relation ? deleteRelation(doc, relation.id) : { ok: false };
    case 10:
      return mergeSentences(doc, sentence.id);
    default:
      return splitSentence(doc, sentence.id, start);
  }
});

describe('edit sequences (property)', () => {
  it('keep every span and reference valid, refuse without side effects, and undo to the start', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const start = sampleDoc();
        let history = createHistory(start);
        for (const s of steps) {
          const before = JSON.stringify(history.present);
          const result = s(history.present);
          expect(JSON.stringify(history.present)).toBe(before); // pure: the input is never mutated
          if (!result.ok || result.doc === undefined) continue;
          const doc = result.doc;
          expect(parseAnnotationDoc(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
          const { problems } = compileAnnotations(doc);
          expect(problems.filter((p) => !p.message.endsWith('has no relation'))).toEqual([]);
          history = commit(history, doc);
        }
        while (history.past.length > 0) history = undo(history);
        expect(history.present).toBe(start);
      }),
      { numRuns: 150 },
    );
  });
});
