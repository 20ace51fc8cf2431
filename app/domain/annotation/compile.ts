/**
 * The one compiler from an annotation document to the graph file of the contract, used
 * by the browser (live preview, export) and by `npm run graph:build`. It never throws:
 * it always returns the graph it could build and the problems it found, each with the
 * path of the field in the document (`relations[3].evidence[0]`).
 */
import type { Evidence, Graph, GraphEdge, GraphNode, Mention } from '../schema';
import { graphAdvice, validateGraph, type Problem } from '../validate';
import { ANNOTATION_FORMAT, type AnnotationDoc, type AnnotationProblem, type Entity, type AnnotationRelation, type SpanRef } from './schema';
import { locateSpan, spanFromOffsets } from './spans';

export interface CompileResult {
  graph: Graph;
  /** What makes the graph break the contract (or leaves a span out of it). */
  problems: AnnotationProblem[];
  /**
   * Allowed by the contract but most likely a slip: a relation repeating another's
   * source, type and target, or a mention marking the same words twice. Shown to the
   * annotator; they do not stop a build.
   */
  warnings: AnnotationProblem[];
}

const compiled = new WeakMap<AnnotationDoc, CompileResult>();

/**
 * A draft's compile, once per document object: the workspace (problems, export) and the
 * explorer's preview (its graph query) both read the present document, and every step
 * makes a new one. The result is shared: read it, never change it.
 */
export function compileDraft(doc: AnnotationDoc): CompileResult {
  let result = compiled.get(doc);
  if (!result) {
    result = compileAnnotations(doc);
    compiled.set(doc, result);
  }
  return result;
}

export function compileAnnotations(doc: AnnotationDoc): CompileResult {
  const problems: AnnotationProblem[] = [];
  const warnings: AnnotationProblem[] = [];
  const texts = new Map(doc.sentences.map((s) => [s.id, s.text]));
  // Where each compiled mention / evidence item came from, to report graph problems at document paths.
  const mentionIndex: number[][] = [];
  const evidenceIndex: number[][] = [];

  const resolve = (span: SpanRef, path: string): { sentence: string; start: number; end: number } | null => {
    const text = texts.get(span.sentence);
    if (text === undefined) {
      problems.push({ path: `${path}.sentence`, message: `unknown sentence "${span.sentence}"` });
      return null;
    }
    const at = locateSpan(text, span);
    if (at === null) {
      const occurrence = span.occurrence ?? 1;
      problems.push({
        path,
        message:
          occurrence > 1 && text.includes(span.quote)
            ? `"${span.quote}" does not occur ${occurrence} times in sentence ${span.sentence}`
            : `"${span.quote}" is not in sentence ${span.sentence}`,
      });
      return null;
    }
    return { sentence: span.sentence, ...at };
  };

  const nodes = doc.entities.map((entity, i) => {
    const kept: number[] = [];
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    entity.mentions.forEach((m, j) => {
      const at = resolve(m, `entities[${i}].mentions[${j}]`);
      if (at === null) return;
      // Kept in the graph (it is valid there), but marking the same words twice is a slip worth saying.
      const key = `${at.sentence}:${at.start}:${at.end}`;
      if (seen.has(key)) warnings.push({ path: `entities[${i}].mentions[${j}]`, message: `marks the same words as an earlier mention ("${m.quote}" in ${m.sentence})` });
      seen.add(key);
      kept.push(j);
      mentions.push({ ...at, text: m.quote });
    });
    mentionIndex.push(kept);
    return toNode(entity, mentions);
  });

  // Two relations with the same source, type and target are almost always one relation typed twice.
  const triples = new Map<string, string>();
  doc.relations.forEach((r, i) => {
    const triple = `${r.source} ${r.type} ${r.target}`;
    const first = triples.get(triple);
    if (first !== undefined) warnings.push({ path: `relations[${i}]`, message: `repeats relation "${first}" (${triple}); add the evidence there instead` });
    else triples.set(triple, r.id);
  });

  const edges = doc.relations.map((relation, i) => {
    const kept: number[] = [];
    const evidence: Evidence[] = [];
    relation.evidence.forEach((e, j) => {
      const at = resolve(e, `relations[${i}].evidence[${j}]`);
      if (at === null) return;
      kept.push(j);
      evidence.push({ ...at, quote: e.quote });
    });
    evidenceIndex.push(kept);
    return toEdge(relation, evidence);
  });

  const graph: Graph = {
    schemaVersion: 1,
    id: doc.id,
    article: { ...doc.article, sentences: doc.sentences },
    ...(doc.notes === undefined ? {} : { notes: doc.notes }),
    ...(doc.categories === undefined ? {} : { categories: doc.categories }),
    nodeTypes: doc.nodeTypes,
    relationTypes: doc.relationTypes,
    nodes,
    edges,
  };

  // Everything beyond spans (references, self-relations, unconnected entities, shape) is
  // the contract validator's job; its paths are mapped back onto the document.
  const checked = validateGraph(graph);
  if (!checked.ok) {
    const seen = new Set(problems.map((p) => p.path));
    for (const p of checked.problems) {
      const path = toDocPath(p, mentionIndex, evidenceIndex);
      if (!seen.has(path)) problems.push({ path, message: p.message });
    }
  }
  // Worth a look, never in the way of the export: a graph with nothing in it yet, an entity no relation joins yet.
  if (doc.entities.length === 0) warnings.push({ path: 'entities', message: 'the graph has no entities yet', advice: { kind: 'empty-graph' } });
  for (const p of graphAdvice(graph)) {
    const entity = String(p.params?.id ?? '');
    warnings.push({ path: toDocPath(p, mentionIndex, evidenceIndex), message: p.message, advice: { kind: 'no-relation', entity } });
  }
  return { graph, problems, warnings };
}

function toNode(entity: Entity, mentions: Mention[]): GraphNode {
  return { ...entity, mentions };
}

function toEdge(relation: AnnotationRelation, evidence: Evidence[]): GraphEdge {
  return { ...relation, evidence };
}

function withoutSentences(article: Graph['article']): AnnotationDoc['article'] {
  const rest: Partial<Graph['article']> = { ...article };
  delete rest.sentences;
  return rest as AnnotationDoc['article'];
}

/** `$.edges[3].evidence[1].quote` -> `relations[3].evidence[<original index>].quote`. */
function toDocPath(problem: Problem, mentionIndex: number[][], evidenceIndex: number[][]): string {
  const path = problem.path
    .replace(/^\$\.article\.sentences/, 'sentences')
    .replace(/^\$\.article\.(?!sentences)/, 'article.')
    .replace(/^\$\.nodes\[(\d+)\]\.mentions\[(\d+)\]/, (_, i: string, j: string) => `entities[${i}].mentions[${mentionIndex[Number(i)]?.[Number(j)] ?? j}]`)
    .replace(/^\$\.edges\[(\d+)\]\.evidence\[(\d+)\]/, (_, i: string, j: string) => `relations[${i}].evidence[${evidenceIndex[Number(i)]?.[Number(j)] ?? j}]`)
    .replace(/^\$\.nodes/, 'entities')
    .replace(/^\$\.edges/, 'relations')
    .replace(/^\$\.?/, '');
  return path === '' ? '(document)' : path;
}

/**
 * The document behind a graph file, so an exported graph reopens for editing: offsets
 * become quote + occurrence (taken from the sentence text, so a mention whose `text`
 * disagreed with its offsets follows the offsets, as the explorer does).
 */
export function decompileGraph(graph: Graph): AnnotationDoc {
  const texts = new Map(graph.article.sentences.map((s) => [s.id, s.text]));
  const span = (s: { sentence: string; start: number; end: number }, quote: string): SpanRef => {
    const result = spanFromOffsets(texts.get(s.sentence) ?? '', s.start, s.end, s.sentence);
    return result.ok ? result.span : { sentence: s.sentence, quote };
  };
  return {
    format: ANNOTATION_FORMAT,
    version: 1,
    id: graph.id,
    article: withoutSentences(graph.article),
    sentences: graph.article.sentences,
    ...(graph.notes === undefined ? {} : { notes: graph.notes }),
    ...(graph.categories === undefined ? {} : { categories: graph.categories }),
    nodeTypes: graph.nodeTypes,
    relationTypes: graph.relationTypes,
    entities: graph.nodes.map((n) => ({ ...n, mentions: n.mentions.map((m) => span(m, m.text)) })),
    relations: graph.edges.map((e) => ({ ...e, evidence: e.evidence.map((x) => span(x, x.quote)) })),
  };
}

/** True when `data` looks like an annotation document rather than a graph file. */
export function isAnnotationDoc(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === ANNOTATION_FORMAT;
}
