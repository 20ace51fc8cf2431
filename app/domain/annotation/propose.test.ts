import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../schema';
import { compileAnnotations } from './compile';
import { sampleDoc } from './fixtures';
import { commit, createHistory, undo } from './history';
import { acceptProposals, draftSource, graphSource, groupProposals, occurrenceProposals, sourceNodeType, suggestionProposals } from './propose';
import { ANNOTATION_FORMAT, type AnnotationDoc } from './schema';

const bundled = JSON.parse(readFileSync(new URL('../../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;

/** A second article with no entities yet, in a vocabulary that has no "country" type. */
function newArticle(): AnnotationDoc {
  return {
    format: ANNOTATION_FORMAT,
    version: 1,
    id: 'second',
    article: { title: { ar: 'بكين وموسكو', en: 'Beijing and Moscow' }, lang: 'ar', source: 'test' },
    sentences: [
      { id: 's0', role: 'title', text: 'بكين وموسكو', en: '' },
      { id: 's1', role: 'body', text: 'قال مسؤولون في الصين إن بوتين سيزور بكين، وأكدت روسيا ذلك للصين.', en: '' },
    ],
    nodeTypes: [{ id: 'person', label: { ar: 'شخص', en: 'Person' } }],
    categories: [{ id: 'diplomacy', label: { ar: 'الدبلوماسية', en: 'Diplomacy' } }],
    relationTypes: [{ id: 'visits', label: { ar: 'يزور', en: 'visits' }, category: 'diplomacy', directed: true }],
    entities: [],
    relations: [],
  };
}

describe('occurrence proposals', () => {
  it('proposes the other occurrences of an entity, not the spans already mentioned', () => {
    const doc = sampleDoc();
    const proposals = occurrenceProposals(doc, ['china'], new Set());
    // «الصين» of s1 and the first of s2 are mentions; the title's «للصين» and s2's last «الصين» are not.
    expect(proposals.map((p) => [p.sentence, p.quote])).toEqual([
      ['s0', 'للصين'],
      ['s2', 'الصين'],
    ]);
    for (const p of proposals) {
      expect(p.kind).toBe('occurrence');
      expect(p.source).toBeNull();
      expect(doc.sentences.find((s) => s.id === p.sentence)?.text.slice(p.start, p.end)).toBe(p.quote);
    }
  });

  it('leaves out rejected keys, and keeps keys stable when another sentence changes', () => {
    const doc = sampleDoc();
    const [first, second] = occurrenceProposals(doc, ['china'], new Set());
    expect(first && second).toBeTruthy();
    const rest = occurrenceProposals(doc, ['china'], new Set([first?.key ?? '']));
    expect(rest.map((p) => p.key)).toEqual([second?.key]);
    const edited = { ...doc, sentences: doc.sentences.map((s) => (s.id === 's3' ? { ...s, en: 'changed' } : s)) };
    expect(occurrenceProposals(edited, ['china'], new Set()).map((p) => p.key)).toEqual([first?.key, second?.key]);
  });

  it('stays right across steps on the same text: a mention made, a name changed, a sentence rewritten', () => {
    const doc = sampleDoc();
    const before = occurrenceProposals(doc, ['china'], new Set());
    // A step that leaves the text alone: the mentioned span is no longer proposed.
    const first = before[0]!;
    const mentioned = acceptProposals(doc, [first]);
    if (!mentioned.ok) throw new Error('not accepted');
    expect(mentioned.doc.sentences).toBe(doc.sentences);
    expect(occurrenceProposals(mentioned.doc, ['china'], new Set()).map((p) => p.key)).toEqual(before.slice(1).map((p) => p.key));
    // A name given on the same text (an alias, here a word of s1) is searched for.
    const renamed = { ...doc, entities: doc.entities.map((e) => (e.id === 'china' ? { ...e, aliases: { ar: ['الخميس'] } } : e)) };
    expect(occurrenceProposals(renamed, ['china'], new Set()).length).toBeGreaterThan(before.length);
    // A rewritten sentence is searched again.
    const rewritten = { ...doc, sentences: doc.sentences.map((s) => (s.id === first.sentence ? { ...s, text: s.text.replace(first.quote, 'روسيا') } : s)) };
    expect(occurrenceProposals(rewritten, ['china'], new Set()).map((p) => p.key)).not.toContain(first.key);
  });

  it('accepting all is one step that adds every mention, and undo takes it back', () => {
    const doc = sampleDoc();
    const proposals = occurrenceProposals(doc, ['china', 'putin'], new Set());
    const accepted = acceptProposals(doc, proposals);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const china = accepted.doc.entities.find((e) => e.id === 'china');
    expect(china?.mentions).toHaveLength(4);
    expect(occurrenceProposals(accepted.doc, ['china', 'putin'], new Set())).toEqual([]);
    expect(compileAnnotations(accepted.doc).problems).toEqual([]);
    const h = commit(createHistory(doc), accepted.doc);
    expect(undo(h).present).toBe(doc);
  });
});

describe('suggestions from other drafts and bundled graphs', () => {
  it('suggests entities of the bundled graph whose names occur, and never writes them', () => {
    const doc = newArticle();
    const before = JSON.stringify(doc);
    const proposals = suggestionProposals(doc, [graphSource(bundled)], new Set());
    const seen = proposals.map((p) => [p.quote, p.entity.id]);
    expect(seen).toContainEqual(['الصين', 'china']);
    expect(seen).toContainEqual(['بكين', 'china']);
    expect(seen).toContainEqual(['للصين', 'china']);
    expect(seen).toContainEqual(['بوتين', 'putin']);
    expect(seen).toContainEqual(['روسيا', 'russia']);
    expect(seen).toContainEqual(['موسكو', 'russia']);
    for (const p of proposals) expect(p.source).toEqual({ kind: 'graph', id: 'putin-china-visit', title: bundled.article.title.ar });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('suggests an entity of another draft, once when two sources know it, and not when the draft has it', () => {
    const doc = newArticle();
    const other = draftSource('sample', sampleDoc());
    const proposals = suggestionProposals(doc, [other, graphSource(bundled)], new Set());
    const china = proposals.filter((p) => p.entity.label.ar === 'الصين');
    // From the draft (listed first), not twice; the draft's entity has no alias «بكين».
    expect(china.map((p) => p.source?.kind)).toEqual(['draft', 'draft']);
    const withChina = acceptProposals(doc, china.slice(0, 1), (p) => sourceNodeType([other], p));
    expect(withChina.ok).toBe(true);
    if (!withChina.ok) return;
    expect(suggestionProposals(withChina.doc, [other, graphSource(bundled)], new Set()).some((p) => p.entity.label.ar === 'الصين')).toBe(false);
  });

  it('leaves out rejected suggestions and spans already mentioned', () => {
    const doc = newArticle();
    const sources = [graphSource(bundled)];
    const all = suggestionProposals(doc, sources, new Set());
    const putin = all.find((p) => p.entity.id === 'putin');
    expect(putin).toBeDefined();
    const without = suggestionProposals(doc, sources, new Set([putin?.key ?? '']));
    expect(without.some((p) => p.key === putin?.key)).toBe(false);
    expect(without).toHaveLength(all.length - 1);
    const mentioned: AnnotationDoc = {
      ...doc,
      nodeTypes: [...doc.nodeTypes, { id: 'place', label: { ar: 'مكان', en: 'Place' } }],
      entities: [{ id: 'capital', type: 'place', label: { ar: 'العاصمة', en: 'The capital' }, mentions: [{ sentence: 's1', quote: 'بكين' }] }],
    };
    expect(suggestionProposals(mentioned, sources, new Set()).some((p) => p.sentence === 's1' && p.quote === 'بكين')).toBe(false);
    expect(suggestionProposals(mentioned, sources, new Set()).some((p) => p.sentence === 's0' && p.quote === 'بكين')).toBe(true);
  });

  it('accepting a suggestion creates the entity as its source has it, with its type, and the mention, in one step', () => {
    const doc = newArticle();
    const sources = [graphSource(bundled)];
    const proposal = suggestionProposals(doc, sources, new Set()).find((p) => p.entity.id === 'china' && p.sentence === 's1' && p.quote === 'بكين');
    expect(proposal).toBeDefined();
    if (!proposal) return;
    const result = acceptProposals(doc, [proposal], (p) => sourceNodeType(sources, p));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created).toEqual(['china']);
    const china = result.doc.entities.find((e) => e.id === 'china');
    expect(china?.type).toBe('country');
    expect(china?.label).toEqual({ ar: 'الصين', en: 'China' });
    expect(china?.aliases).toEqual({ ar: ['بكين'], en: ['Beijing'] });
    expect(china?.mentions).toEqual([{ sentence: 's1', quote: 'بكين' }]);
    expect(result.doc.nodeTypes.find((t) => t.id === 'country')?.label.en).toBe('Country (state actor)');
    // Mid-work, a new entity with no relation yet is worth a look, not a problem.
    expect(compileAnnotations(result.doc).problems).toEqual([]);
    expect(compileAnnotations(result.doc).warnings.map((p) => p.message)).toEqual(['node "china" has no relation']);
  });

  it('keeps sameAs, takes another id when the source id is taken, and refuses an unknown type', () => {
    const doc: AnnotationDoc = {
      ...newArticle(),
      nodeTypes: [...newArticle().nodeTypes, { id: 'country', label: { ar: 'دولة', en: 'Country' } }],
      entities: [{ id: 'china', type: 'person', label: { ar: 'شخص ما', en: 'Someone' }, mentions: [] }],
    };
    const source = {
      source: { kind: 'draft' as const, id: 'x', title: 'x' },
      entities: [{ id: 'china', type: 'country', label: { ar: 'الصين', en: 'China' }, sameAs: ['https://www.wikidata.org/entity/Q148'] }],
      nodeTypes: [],
    };
    const [p] = suggestionProposals(doc, [source], new Set());
    expect(p).toBeDefined();
    if (!p) return;
    const result = acceptProposals(doc, [p]);
    expect(result.ok && result.created).toEqual(['china-2']);
    expect(result.ok && result.doc.entities.find((e) => e.id === 'china-2')?.sameAs).toEqual(['https://www.wikidata.org/entity/Q148']);
    const unknown = acceptProposals(doc, [{ ...p, entity: { ...p.entity, type: 'city' } }]);
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown-node-type', params: { id: 'city' } } });
  });
});

describe('groupProposals', () => {
  it('groups by the entity a proposal would belong to, occurrences and suggestions apart', () => {
    const doc = newArticle();
    const sources = [draftSource('sample', sampleDoc()), graphSource(bundled)];
    const proposals = suggestionProposals(doc, sources, new Set());
    const groups = groupProposals(proposals);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(proposals.length);
    const china = groups.find((g) => g.entity.label.ar === 'الصين');
    expect(china?.items.map((p) => p.quote)).toEqual(['الصين', 'للصين']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    const occ = groupProposals(occurrenceProposals(sampleDoc(), ['china', 'putin'], new Set()));
    expect(occ.map((g) => [g.key, g.items.length])).toEqual([
      ['occurrence:china', 2],
      ['occurrence:putin', 1],
    ]);
  });
});
