import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countOccurrences, locateSpan } from '../../app/domain/annotation/spans.ts';
import { cutArticle, sentencesFromCut } from '../../app/domain/annotation/sentences.ts';
import type { AnnotationSentence } from '../../app/domain/annotation/schema.ts';
import type { Graph } from '../../app/domain/schema.ts';

/**
 * The annotation plan: what a complete annotation of the fixture article holds (entities
 * with every mention, relations with their evidence and attribution). The benchmark
 * carries it out through the UI and then checks the draft's graph against it.
 */

/** Words in one sentence: the n-th occurrence (1-based) of the quote in its text. */
export interface PlanSpan {
  sentence: string;
  quote: string;
  occurrence?: number;
}

export interface PlanEntity {
  /** How relations of the plan name this entity. */
  key: string;
  type: string;
  label: { ar: string; en: string };
  /** The first one makes the entity; the others are further mentions. */
  mentions: PlanSpan[];
}

export interface PlanRelation {
  source: string;
  type: string;
  target: string;
  evidence: PlanSpan;
  attributedTo?: string;
}

export interface Plan {
  /** The article file, beside the plan. */
  article: string;
  titleEn: string;
  entities: PlanEntity[];
  relations: PlanRelation[];
}

export const MINIMUM = { entities: 10, mentions: 25, relations: 8 } as const;

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixture');

export function loadPlan(dir = FIXTURE_DIR): { plan: Plan; article: string; sentences: AnnotationSentence[] } {
  const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Plan;
  const article = readFileSync(join(dir, plan.article), 'utf8');
  return { plan, article, sentences: sentencesFromCut(cutArticle(article)) };
}

export function mentionCount(plan: Plan): number {
  return plan.entities.reduce((sum, e) => sum + e.mentions.length, 0);
}

/**
 * What is wrong with a plan for these sentences (as the app cuts the article) and, when
 * given, the draft's vocabulary; empty when it can be carried out.
 */
export function checkPlan(plan: Plan, sentences: readonly AnnotationSentence[], vocabulary?: Pick<Graph, 'nodeTypes' | 'relationTypes'>): string[] {
  const problems: string[] = [];
  if (vocabulary) {
    const nodeTypes = new Set(vocabulary.nodeTypes.map((t) => t.id));
    const relationTypes = new Set(vocabulary.relationTypes.map((t) => t.id));
    for (const e of plan.entities) if (!nodeTypes.has(e.type)) problems.push(`${e.key}: no entity type ${e.type} in the vocabulary`);
    plan.relations.forEach((r, i) => {
      if (!relationTypes.has(r.type)) problems.push(`relations[${i}]: no relation type ${r.type} in the vocabulary`);
    });
  }
  const texts = new Map(sentences.map((s) => [s.id, s.text]));
  const keys = new Set(plan.entities.map((e) => e.key));
  const span = (where: string, s: PlanSpan) => {
    const text = texts.get(s.sentence);
    if (text === undefined) return problems.push(`${where}: no sentence ${s.sentence}`);
    const occurrence = s.occurrence ?? 1;
    if (countOccurrences(text, s.quote) < occurrence) problems.push(`${where}: "${s.quote}" does not occur ${occurrence} time(s) in ${s.sentence}`);
  };
  if (keys.size !== plan.entities.length) problems.push('entities: two share a key');
  if (new Set(plan.entities.map((e) => e.label.en)).size !== plan.entities.length) problems.push('entities: two share an English label');
  for (const e of plan.entities) {
    if (e.mentions.length === 0) problems.push(`${e.key}: no mention`);
    e.mentions.forEach((m, i) => span(`${e.key}.mentions[${i}]`, m));
  }
  const seen = new Set<string>();
  plan.relations.forEach((r, i) => {
    const where = `relations[${i}]`;
    for (const end of [r.source, r.target, ...(r.attributedTo ? [r.attributedTo] : [])]) if (!keys.has(end)) problems.push(`${where}: no entity ${end}`);
    if (r.source === r.target) problems.push(`${where}: source and target are the same`);
    const triple = `${r.source} ${r.type} ${r.target}`;
    if (seen.has(triple)) problems.push(`${where}: ${triple} twice`);
    seen.add(triple);
    span(`${where}.evidence`, r.evidence);
  });
  if (plan.entities.length < MINIMUM.entities) problems.push(`${plan.entities.length} entities, fewer than ${MINIMUM.entities}`);
  if (mentionCount(plan) < MINIMUM.mentions) problems.push(`${mentionCount(plan)} mentions, fewer than ${MINIMUM.mentions}`);
  if (plan.relations.length < MINIMUM.relations) problems.push(`${plan.relations.length} relations, fewer than ${MINIMUM.relations}`);
  return problems;
}

/** Offsets of a plan span in its sentence (the plan is checked first, so it is there). */
export function spanOffsets(sentences: readonly AnnotationSentence[], s: PlanSpan): { start: number; end: number; text: string } {
  const text = sentences.find((x) => x.id === s.sentence)?.text;
  const at = text === undefined ? null : locateSpan(text, s);
  if (text === undefined || !at) throw new Error(`"${s.quote}" is not in ${s.sentence}`);
  return { ...at, text };
}

/**
 * How a graph differs from the plan (empty when it holds exactly the planned entities,
 * mentions, relations and attributions, by English label, and nothing else).
 */
export function compareWithPlan(plan: Plan, sentences: readonly AnnotationSentence[], graph: Graph): string[] {
  const differences: string[] = [];
  const at = (s: PlanSpan) => {
    const o = spanOffsets(sentences, s);
    return `${s.sentence}:${o.start}-${o.end}`;
  };
  const idOf = new Map<string, string>();
  for (const node of graph.nodes) {
    const planned = plan.entities.find((e) => e.label.en === node.label.en);
    if (!planned) {
      differences.push(`unplanned entity "${node.label.en}"`);
      continue;
    }
    idOf.set(planned.key, node.id);
    if (node.label.ar !== planned.label.ar) differences.push(`${planned.key}: Arabic label "${node.label.ar}", planned "${planned.label.ar}"`);
    if (node.type !== planned.type) differences.push(`${planned.key}: type ${node.type}, planned ${planned.type}`);
    const got = node.mentions.map((m) => `${m.sentence}:${m.start}-${m.end}`).sort();
    const want = planned.mentions.map(at).sort();
    if (got.join(' ') !== want.join(' ')) differences.push(`${planned.key}: mentions ${got.join(' ')}, planned ${want.join(' ')}`);
  }
  for (const e of plan.entities) if (!idOf.has(e.key)) differences.push(`missing entity "${e.label.en}"`);
  const relationKey = (source: string, type: string, target: string) => `${source} ${type} ${target}`;
  // A planned relation by the ids its entities got (their plan keys when they are missing).
  const planned = new Map(plan.relations.map((r) => [relationKey(idOf.get(r.source) ?? r.source, r.type, idOf.get(r.target) ?? r.target), r]));
  for (const edge of graph.edges) {
    const key = relationKey(edge.source, edge.type, edge.target);
    const r = planned.get(key);
    if (!r) {
      differences.push(`unplanned relation ${key}`);
      continue;
    }
    planned.delete(key);
    const evidence = edge.evidence.map((e) => `${e.sentence}:${e.start}-${e.end}`).join(' ');
    if (evidence !== at(r.evidence)) differences.push(`${key}: evidence ${evidence}, planned ${at(r.evidence)}`);
    const attributed = r.attributedTo ? idOf.get(r.attributedTo) : undefined;
    if ((edge.attributedTo ?? undefined) !== attributed) differences.push(`${key}: attributed to ${edge.attributedTo ?? 'the article'}, planned ${attributed ?? 'the article'}`);
  }
  for (const key of planned.keys()) differences.push(`missing relation ${key}`);
  return differences;
}
