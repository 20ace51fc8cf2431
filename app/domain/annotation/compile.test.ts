import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../scripts/generate-graph.ts';
import type { Graph } from '../schema';
import { validateGraph } from '../validate';
import { compileAnnotations, compileDraft, decompileGraph, isAnnotationDoc } from './compile';
import { sampleDoc } from './fixtures';
import { parseAnnotationDoc, type AnnotationDoc } from './schema';
import { spanFromOffsets } from './spans';

const seedGraph = JSON.parse(readFileSync(new URL('../../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as Graph;

describe('compileDraft', () => {
  it('compiles a document object once, and a new object (a step) again', () => {
    const doc = sampleDoc();
    const first = compileDraft(doc);
    expect(compileDraft(doc)).toBe(first);
    expect(first).toEqual(compileAnnotations(doc));
    expect(compileDraft({ ...doc })).not.toBe(first);
  });
});

describe('compileAnnotations', () => {
  it('computes offsets from quotes and occurrences, giving a graph that passes the validator', () => {
    const { graph, problems } = compileAnnotations(sampleDoc());
    expect(problems).toEqual([]);
    const s2 = graph.article.sentences[2]!.text;
    expect(graph.nodes[1]!.mentions).toEqual([
      { sentence: 's2', start: s2.indexOf('روسيا'), end: s2.indexOf('روسيا') + 5, text: 'روسيا' },
      { sentence: 's2', start: s2.lastIndexOf('روسيا'), end: s2.lastIndexOf('روسيا') + 5, text: 'روسيا' },
    ]);
    expect(graph.edges[1]).toEqual({
      id: 'russia-supports-china',
      source: 'russia',
      target: 'china',
      type: 'supports',
      evidence: [{ sentence: 's2', start: s2.indexOf('روسيا تدعم'), end: s2.indexOf('روسيا تدعم') + 16, quote: 'روسيا تدعم الصين' }],
      attributedTo: 'putin',
    });
    expect(validateGraph(JSON.parse(JSON.stringify(graph)), { sourceText: graph.article.sentences.map((s) => s.text).join('\n') }).ok).toBe(true);
  });

  it('reports a quote that is not found, with the path of the span, and leaves it out', () => {
    const doc = sampleDoc();
    doc.relations[1] = { ...doc.relations[1]!, evidence: [{ sentence: 's2', quote: 'موسكو' }, ...doc.relations[1]!.evidence] };
    doc.entities[1] = { ...doc.entities[1]!, mentions: [...doc.entities[1]!.mentions, { sentence: 's2', quote: 'روسيا', occurrence: 3 }, { sentence: 's9', quote: 'x' }] };
    const { graph, problems } = compileAnnotations(doc);
    expect(problems).toEqual([
      { path: 'entities[1].mentions[2]', message: '"روسيا" does not occur 3 times in sentence s2' },
      { path: 'entities[1].mentions[3].sentence', message: 'unknown sentence "s9"' },
      { path: 'relations[1].evidence[0]', message: '"موسكو" is not in sentence s2' },
    ]);
    expect(graph.edges[1]!.evidence.map((e) => e.quote)).toEqual(['روسيا تدعم الصين']);
    expect(graph.nodes[1]!.mentions).toHaveLength(2);
  });

  it('reports what the contract forbids at document paths: self-relations, unknown ids; a lonely entity is worth a look only', () => {
    const doc = sampleDoc();
    doc.relations.push({ id: 'loop', source: 'china', target: 'china', type: 'visits', evidence: [{ sentence: 's1', quote: 'الصين' }] });
    doc.relations.push({ id: 'ghost', source: 'china', target: 'nobody', type: 'nope', evidence: [{ sentence: 's1', quote: 'الصين' }] });
    doc.entities.push({ id: 'alone', type: 'person', label: { ar: 'وحيد', en: 'Alone' }, mentions: [] });
    const { problems, warnings } = compileAnnotations(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'relations[2].target', message: 'self-loop: source and target are both "china"' },
        { path: 'relations[3].target', message: 'unknown node "nobody"' },
        { path: 'relations[3].type', message: 'unknown relation type "nope"' },
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(warnings).toEqual([{ path: 'entities[3]', message: 'node "alone" has no relation', advice: { kind: 'no-relation', entity: 'alone' } }]);
  });

  it('says an empty graph is worth a look, and lets it validate', () => {
    const doc = { ...sampleDoc(), entities: [], relations: [] };
    const { problems, warnings } = compileAnnotations(doc);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([{ path: 'entities', message: 'the graph has no entities yet', advice: { kind: 'empty-graph' } }]);
  });

  it('warns of a repeated relation and of a mention marking the same words twice (the contract allows both)', () => {
    const doc = sampleDoc();
    doc.relations.push({ ...doc.relations[0]!, id: 'again' });
    doc.entities[2] = { ...doc.entities[2]!, mentions: [...doc.entities[2]!.mentions, { sentence: 's1', quote: 'الصين', occurrence: 1 }] };
    const { problems, warnings } = compileAnnotations(doc);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      { path: 'entities[2].mentions[2]', message: 'marks the same words as an earlier mention ("الصين" in s1)' },
      { path: 'relations[2]', message: 'repeats relation "putin-visits-china" (putin visits china); add the evidence there instead' },
    ]);
  });

  it('reports shape problems of the document (a bad id) at their path, beside span problems', () => {
    const doc = sampleDoc();
    doc.entities[1] = { ...doc.entities[1]!, mentions: [{ sentence: 's2', quote: 'غائب' }, ...doc.entities[1]!.mentions] };
    doc.id = 'Bad Id';
    const { problems } = compileAnnotations(doc);
    expect(problems[0]).toEqual({ path: 'entities[1].mentions[0]', message: '"غائب" is not in sentence s2' });
    expect(problems).toContainEqual({ path: 'id', message: 'must be lowercase ascii kebab-case' });
  });
});

describe('decompileGraph', () => {
  it('turns the seed graph into a document that compiles back to the same graph, key for key', () => {
    const doc = decompileGraph(seedGraph);
    expect(parseAnnotationDoc(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    expect(isAnnotationDoc(doc)).toBe(true);
    expect(isAnnotationDoc(seedGraph)).toBe(false);
    const { graph, problems } = compileAnnotations(doc);
    expect(problems).toEqual([]);
    expect(JSON.stringify(graph)).toBe(JSON.stringify(seedGraph));
    // Repeated words keep their place: Russia's two mentions in s21 are occurrences 1 and 2.
    expect(doc.entities.find((e) => e.id === 'russia')!.mentions.filter((m) => m.sentence === 's21')).toEqual([
      { sentence: 's21', quote: 'روسيا' },
      { sentence: 's21', quote: 'روسيا', occurrence: 2 },
    ]);
  });

  it('round-trips generated graphs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (nodes, seed, positions) => {
        const graph = generateGraph({ nodes, seed, positions });
        const { graph: back, problems } = compileAnnotations(decompileGraph(graph));
        expect(problems).toEqual([]);
        expect(back).toEqual(graph);
      }),
      { numRuns: 40 },
    );
  });

  it('round-trips graphs whose spans are arbitrary selections, repeated words and marks included (property)', () => {
    const word = fc.constantFrom('بوتين', 'الصين', 'روسيا', 'قويـــة', 'الرئيسُ', 'NATO', '2024', '🇷🇺', 'و', '\u200F');
    const sentence = fc.array(word, { minLength: 2, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 2, maxLength: 12 }), (texts, picks) => {
        const sentences = texts.map((text, i) => ({ id: `s${i}`, role: 'body' as const, text, en: '' }));
        const doc: AnnotationDoc = { ...sampleDoc(), sentences, entities: [], relations: [] };
        const spans = picks.flatMap(([si, a, b]) => {
          const s = sentences[si % sentences.length]!;
          const [start, end] = [a % (s.text.length + 1), b % (s.text.length + 1)].sort((x, y) => x - y) as [number, number];
          const result = spanFromOffsets(s.text, start, end, s.id);
          return result.ok ? [result.span] : [];
        });
        doc.entities = spans.map((span, i) => ({ id: `e${i}`, type: 'person', label: { ar: `ع${i}`, en: `E${i}` }, mentions: [span] }));
        doc.relations = spans.slice(1).map((span, i) => ({ id: `r${i}`, source: `e${i}`, target: `e${i + 1}`, type: 'visits', evidence: [span] }));
        const once = compileAnnotations(doc);
        for (const n of once.graph.nodes) for (const m of n.mentions) expect(sentences.find((s) => s.id === m.sentence)!.text.slice(m.start, m.end)).toBe(m.text);
        expect(compileAnnotations(decompileGraph(once.graph)).graph).toEqual(once.graph);
        expect(decompileGraph(once.graph).entities.map((e) => e.mentions)).toEqual(doc.entities.map((e) => e.mentions));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseAnnotationDoc', () => {
  it('reports shape problems with document paths', () => {
    const raw = { ...sampleDoc(), relations: [{ id: 'r', source: 'a', target: 'b', type: 't', evidence: [{ sentence: 's1', quote: '', occurrence: 0 }] }] };
    const parsed = parseAnnotationDoc(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => p.path)).toEqual(['relations[0].evidence[0].quote', 'relations[0].evidence[0].occurrence']);
    }
    expect(parseAnnotationDoc({ format: 'other' })).toMatchObject({ ok: false, problems: expect.arrayContaining([{ path: 'format', message: 'must be "article-graph-annotations"' }]) });
  });
});
