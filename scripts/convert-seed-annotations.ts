/**
 * One-off: writes graph-data/putin-china-visit.annotations.json from the data of
 * scripts/build-seed-graph.ts (sentences, translations, vocabulary, nodes, edges, notes),
 * keeping the node positions stored in the graph file, then checks that compiling it
 * gives the committed graph byte for byte. Deleted with build-seed-graph.ts afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compileAnnotations, decompileGraph } from '../app/domain/annotation/compile.ts';
import { ANNOTATION_FORMAT, type AnnotationDoc, type AnnotationRelation, type Entity, type SpanRef } from '../app/domain/annotation/schema.ts';
import type { Graph } from '../app/domain/schema.ts';
import {
  ARTICLE_SOURCE,
  CATEGORIES,
  EDGES,
  NODE_TYPES,
  NODES,
  NOTES,
  RELATION_TYPES,
  SOURCE_PATH,
  TITLE_EN,
  TRANSLATIONS,
  cutSentences,
  note,
  type Span,
} from './build-seed-graph.ts';

const GRAPH = 'graph-data/putin-china-visit.graph.json';
const OUT = 'graph-data/putin-china-visit.annotations.json';

const committed = readFileSync(GRAPH, 'utf8');
const graph = JSON.parse(committed) as Graph;
const positions = new Map(graph.nodes.map((n) => [n.id, n.position]));

// The seed script counts occurrences from 0; the annotation format from 1 (and omits 1).
function span([sentence, quote, occurrence = 0]: Span): SpanRef {
  return occurrence === 0 ? { sentence, quote } : { sentence, quote, occurrence: occurrence + 1 };
}

const cut = cutSentences(readFileSync(SOURCE_PATH, 'utf8'));
const doc: AnnotationDoc = {
  format: ANNOTATION_FORMAT,
  version: 1,
  id: 'putin-china-visit',
  article: { title: { ar: cut[0]!.text, en: TITLE_EN }, lang: 'ar', source: ARTICLE_SOURCE },
  sentences: cut.map((s, i) => ({ id: `s${i}`, role: s.role, text: s.text, en: TRANSLATIONS[i] ?? '' })),
  notes: NOTES,
  categories: CATEGORIES,
  nodeTypes: NODE_TYPES,
  relationTypes: RELATION_TYPES,
  entities: NODES.map((spec) => {
    const entity = { id: spec.id, type: spec.type, label: { ar: spec.ar, en: spec.en } } as Entity;
    if (spec.aliases) {
      entity.aliases = {};
      if (spec.aliases.ar) entity.aliases.ar = spec.aliases.ar;
      if (spec.aliases.en) entity.aliases.en = spec.aliases.en;
    }
    const description = note(spec.description);
    if (description) entity.description = description;
    const qualifiers = note(spec.qualifiers);
    if (qualifiers) entity.qualifiers = qualifiers;
    const n = note(spec.note);
    if (n) entity.note = n;
    entity.mentions = spec.mentions.map(span);
    const position = positions.get(spec.id);
    if (position) entity.position = position;
    return entity;
  }),
  relations: EDGES.map((spec) => {
    const relation: AnnotationRelation = { id: spec.id, source: spec.source, target: spec.target, type: spec.type, evidence: spec.evidence.map(span) };
    if (spec.attributedTo !== undefined) relation.attributedTo = spec.attributedTo;
    if (spec.inferred) relation.inferred = true;
    const qualifiers = note(spec.qualifiers);
    if (qualifiers) relation.qualifiers = qualifiers;
    const n = note(spec.note);
    if (n) relation.note = n;
    return relation;
  }),
};

const { graph: compiled, problems } = compileAnnotations(doc);
if (problems.length > 0) throw new Error(`problems: ${JSON.stringify(problems, null, 2)}`);
const same = `${JSON.stringify(compiled, null, 2)}\n` === committed;
// Independent check: the same document read back from the graph file's offsets.
const sameAsDecompiled = JSON.stringify(decompileGraph(graph)) === JSON.stringify(doc);
writeFileSync(OUT, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
console.log(`wrote ${OUT}: ${doc.entities.length} entities, ${doc.relations.length} relations, ${doc.sentences.length} sentences`);
console.log(`compiles to ${GRAPH} byte for byte: ${same}; equals the document decompiled from it: ${sameAsDecompiled}`);
process.exit(same && sameAsDecompiled ? 0 : 1);
