import { describe, expect, it } from 'vitest';
import { compileAnnotations } from '../../app/domain/annotation/compile.ts';
import { createAnnotationDoc } from '../../app/domain/annotation/sentences.ts';
import { countOccurrences } from '../../app/domain/annotation/spans.ts';
import type { Graph } from '../../app/domain/schema.ts';
import { bundledVocabulary } from './large-doc.ts';
import { checkPlan, compareWithPlan, loadPlan, mentionCount, MINIMUM, type Plan } from './plan.ts';

const { plan, article, sentences } = loadPlan();

/** The graph a faithful annotation of the plan compiles to (ids are the plan's keys). */
function plannedGraph(p: Plan): Graph {
  const { nodeTypes, relationTypes, categories } = bundledVocabulary();
  const doc = createAnnotationDoc(article, { id: 'fixture', vocabulary: { nodeTypes, relationTypes, ...(categories ? { categories } : {}) } });
  const compiled = compileAnnotations({
    ...doc,
    entities: p.entities.map((e) => ({ id: e.key, type: e.type, label: e.label, mentions: e.mentions })),
    relations: p.relations.map((r, i) => ({
      id: `r${i}`,
      source: r.source,
      target: r.target,
      type: r.type,
      evidence: [r.evidence],
      ...(r.attributedTo ? { attributedTo: r.attributedTo } : {}),
    })),
  });
  expect(compiled.problems).toEqual([]);
  return compiled.graph;
}

describe('the fixture plan', () => {
  it('is an article of 8 to 12 sentences with the minimum of entities, mentions and relations', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(8);
    expect(sentences.length).toBeLessThanOrEqual(12);
    expect(plan.entities.length).toBeGreaterThanOrEqual(MINIMUM.entities);
    expect(mentionCount(plan)).toBeGreaterThanOrEqual(MINIMUM.mentions);
    expect(plan.relations.length).toBeGreaterThanOrEqual(MINIMUM.relations);
    expect(checkPlan(plan, sentences, bundledVocabulary())).toEqual([]);
  });

  it('quotes every mention and evidence from its own sentence, as often as its occurrence says', () => {
    const text = new Map(sentences.map((s) => [s.id, s.text]));
    const spans = [...plan.entities.flatMap((e) => e.mentions), ...plan.relations.map((r) => r.evidence)];
    for (const s of spans) expect(countOccurrences(text.get(s.sentence) ?? '', s.quote), `${s.sentence} "${s.quote}"`).toBeGreaterThanOrEqual(s.occurrence ?? 1);
    // Some words repeat in a sentence: a later occurrence is marked on purpose.
    expect(spans.some((s) => (s.occurrence ?? 1) > 1)).toBe(true);
  });

  it('has words with attached prefixes (و، ب، ل، ال) and attributed relations', () => {
    for (const word of ['وروسيا', 'بالعاصمة', 'للصين', 'بالقاهرة', 'وفولكوف']) expect(article).toContain(word);
    expect(plan.entities.flatMap((e) => e.mentions).some((m) => m.quote === 'للصين')).toBe(true);
    expect(plan.relations.filter((r) => r.attributedTo).length).toBeGreaterThanOrEqual(2);
  });

  it('says what is wrong with a plan that cannot be carried out', () => {
    const broken: Plan = {
      ...plan,
      entities: plan.entities.slice(0, 3).map((e, i) => (i === 0 ? { ...e, mentions: [{ sentence: 's1', quote: 'ليست في الجملة' }] } : e)),
      relations: [{ source: 'russia', type: 'visits', target: 'nobody', evidence: { sentence: 's9', quote: 'القمة', occurrence: 2 } }],
    };
    const problems = checkPlan(broken, sentences);
    expect(problems).toContain('russia.mentions[0]: "ليست في الجملة" does not occur 1 time(s) in s1');
    expect(problems).toContain('relations[0]: no entity nobody');
    expect(problems).toContain('relations[0].evidence: "القمة" does not occur 2 time(s) in s9');
    expect(problems).toContain(`3 entities, fewer than ${MINIMUM.entities}`);
    expect(problems).toContain(`1 relations, fewer than ${MINIMUM.relations}`);
    const vocabulary = { nodeTypes: bundledVocabulary().nodeTypes.filter((t) => t.id !== 'place'), relationTypes: [] };
    const unknown = checkPlan(plan, sentences, vocabulary);
    expect(unknown).toContain('cairo: no entity type place in the vocabulary');
    expect(unknown).toContain('relations[0]: no relation type takes-place-in in the vocabulary');
  });
});

describe('compareWithPlan', () => {
  const graph = plannedGraph(plan);

  it('finds nothing to say about a graph that holds exactly the plan', () => {
    expect(compareWithPlan(plan, sentences, graph)).toEqual([]);
  });

  it('reports a missing mention, a wrong attribution, a wrong type and an extra relation', () => {
    const changed: Graph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'china' ? { ...n, mentions: n.mentions.slice(1) } : n.id === 'cairo' ? { ...n, type: 'country' } : n)),
      edges: [
        ...graph.edges.map((e) => (e.attributedTo === 'li-wei' ? { ...e, attributedTo: 'karim-mansour' } : e)),
        { ...graph.edges[0]!, id: 'extra', type: 'visits' },
      ],
    };
    const differences = compareWithPlan(plan, sentences, changed);
    expect(differences).toHaveLength(4);
    expect(differences.find((d) => d.startsWith('china: mentions'))).toBeDefined();
    expect(differences).toContain('cairo: type country, planned place');
    expect(differences).toContain('cooperation-agreement concerns alexandria: attributed to karim-mansour, planned li-wei');
    expect(differences).toContain('unplanned relation energy-summit visits cairo');
  });

  it('reports an entity and a relation that are missing', () => {
    const changed: Graph = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'egypt'), edges: graph.edges.filter((e) => e.target !== 'egypt') };
    expect(compareWithPlan(plan, sentences, changed)).toEqual(['missing entity "Egypt"', 'missing relation andrei-volkov praises egypt']);
  });
});
