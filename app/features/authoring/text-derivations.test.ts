import { describe, expect, it } from 'vitest';
import { addMention, updateEntity } from '../../domain/annotation/edits';
import { splitSentence } from '../../domain/annotation/sentences';
import { sampleDoc } from '../../domain/annotation/fixtures';
import type { AnnotationDoc } from '../../domain/annotation/schema';
import { mentionsOf, relationEnds } from './text-annotation';
import { TextDerivations } from './text-derivations';

function edited(result: { ok: true; doc: AnnotationDoc } | { ok: false }): AnnotationDoc {
  if (!result.ok) throw new Error('the edit was refused');
  return result.doc;
}

const entity = (doc: AnnotationDoc) => (id: string) => doc.entities.find((e) => e.id === id);

describe('TextDerivations', () => {
  it('gives what the whole-document functions give, step after step', () => {
    const derived = new TextDerivations();
    let doc = sampleDoc();
    const steps: ((d: AnnotationDoc) => AnnotationDoc)[] = [
      (d) => edited(addMention(d, 'putin', { sentence: 's0', quote: 'بوتين' })),
      (d) => edited(updateEntity(d, 'china', { label: { ar: 'الصين', en: 'PRC' } })),
      (d) => edited(splitSentence(d, 's2', d.sentences[2]!.text.indexOf('وإن'))),
    ];
    for (const step of [(d: AnnotationDoc) => d, ...steps]) {
      doc = step(doc);
      const mentions = derived.mentions(doc);
      expect(mentions.all).toEqual(mentionsOf(doc));
      expect(derived.ends(doc, mentions.ofEntity, entity(doc))).toEqual(relationEnds(doc, mentionsOf(doc)));
    }
  });

  it('returns the same objects for the entities and relations a step left alone, new ones for what it changed', () => {
    const derived = new TextDerivations();
    const before = sampleDoc();
    const m1 = derived.mentions(before);
    const ends1 = derived.ends(before, m1.ofEntity, entity(before));
    const evidence1 = derived.evidence(before);

    // A further mention of Putin: his entity is a new object, Russia's and China's are not.
    const after = edited(addMention(before, 'putin', { sentence: 's0', quote: 'بوتين' }));
    const m2 = derived.mentions(after);
    expect(m2.ofEntity('russia')).toBe(m1.ofEntity('russia'));
    expect(m2.ofEntity('china')).toBe(m1.ofEntity('china'));
    expect(m2.ofEntity('putin')).not.toBe(m1.ofEntity('putin'));
    expect(m2.ofEntity('putin')).toHaveLength(3);

    const ends2 = derived.ends(after, m2.ofEntity, entity(after));
    const byId = (ends: typeof ends1, id: string) => ends.find((e) => e.relation === id);
    // Russia supports China: neither end changed, so the same object; Putin visits China is derived again.
    expect(byId(ends2, 'russia-supports-china')).toBe(byId(ends1, 'russia-supports-china'));
    expect(byId(ends2, 'putin-visits-china')).not.toBe(byId(ends1, 'putin-visits-china'));
    expect(byId(ends2, 'putin-visits-china')).toEqual(byId(ends1, 'putin-visits-china'));

    // No relation changed: every evidence mark is the one from before.
    const evidence2 = derived.evidence(after);
    evidence2.forEach((mark, i) => expect(mark).toBe(evidence1[i]));
  });

  it('derives everything again when the sentences change', () => {
    const derived = new TextDerivations();
    const before = sampleDoc();
    const m1 = derived.mentions(before);
    const after = edited(splitSentence(before, 's2', before.sentences[2]!.text.indexOf('وإن')));
    const m2 = derived.mentions(after);
    expect(m2.ofEntity('putin')).not.toBe(m1.ofEntity('putin'));
    expect(m2.all).toEqual(mentionsOf(after));
  });

  it('keeps the views of an entity while it and their inputs are the same', () => {
    const derived = new TextDerivations();
    const doc = sampleDoc();
    const m = derived.mentions(doc);
    let calls = 0;
    const view = (e: { id: string }, at: { key: string }) => {
      calls += 1;
      return `${e.id}:${at.key}`;
    };
    const first = derived.mentionViews(doc, m.ofEntity, ['en'], view);
    expect(first).toEqual(['putin:putin#0', 'putin:putin#1', 'russia:russia#0', 'russia:russia#1', 'china:china#0', 'china:china#1']);
    const after = edited(addMention(doc, 'putin', { sentence: 's0', quote: 'بوتين' }));
    calls = 0;
    derived.mentionViews(after, derived.mentions(after).ofEntity, ['en'], view);
    expect(calls).toBe(3);
    calls = 0;
    derived.mentionViews(after, derived.mentions(after).ofEntity, ['ar'], view);
    expect(calls).toBe(7);
  });
});
