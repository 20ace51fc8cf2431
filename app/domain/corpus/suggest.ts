import { fold } from '../fold';
import type { Graph, Mention, Sentence } from '../schema';
import { assignIdentities, orderedArticles } from './merge';
import { refKey, samePair, type Corpus, type EntityRef } from './schema';

/**
 * Merges worth asking about: entities of different articles, of one type, not yet one
 * node, whose labels or aliases match after the Arabic folding (or that share an IRI but
 * were kept apart), and not judged different. One suggestion per pair of groups.
 */

export interface SuggestionSide {
  ref: EntityRef;
  label: { ar: string; en: string };
  /** The first sentence that names it, with the words marked by offsets. */
  context: { sentence: Sentence; mention: Mention } | null;
}

export interface MergeSuggestion {
  a: SuggestionSide;
  b: SuggestionSide;
  /** The folded text (or IRI) they share. */
  match: string;
}

export const MAX_SUGGESTIONS = 500;

function side(graph: Graph, article: string, entity: string): SuggestionSide | null {
  const node = graph.nodes.find((n) => n.id === entity);
  if (!node) return null;
  const mention = node.mentions[0];
  const sentence = mention ? graph.article.sentences.find((s) => s.id === mention.sentence) : undefined;
  return { ref: { article, entity }, label: node.label, context: mention && sentence ? { sentence, mention } : null };
}

export function suggestMerges(corpus: Corpus, graphs: ReadonlyMap<string, Graph>): MergeSuggestion[] {
  const groupOf = assignIdentities(corpus, graphs);
  const rejected = corpus.judgements.filter((j) => j.verdict === 'different');
  const firstByKey = new Map<string, EntityRef>();
  const asked = new Set<string>();
  const out: MergeSuggestion[] = [];
  for (const a of orderedArticles(corpus)) {
    const graph = graphs.get(a.id);
    if (!graph) continue;
    for (const node of graph.nodes) {
      const ref = { article: a.id, entity: node.id };
      const keys = new Set<string>();
      for (const text of [node.label.ar, node.label.en, ...(node.aliases?.ar ?? []), ...(node.aliases?.en ?? [])]) {
        const f = fold(text);
        if (f) keys.add(`${node.type}\u241f${f}`);
      }
      for (const iri of node.sameAs ?? []) keys.add(`iri\u241f${iri}`);
      for (const key of keys) {
        const first = firstByKey.get(key);
        if (!first) {
          firstByKey.set(key, ref);
          continue;
        }
        if (first.article === ref.article) continue;
        const g1 = groupOf.get(refKey(first)) ?? '';
        const g2 = groupOf.get(refKey(ref)) ?? '';
        if (g1 === g2) continue;
        const pairKey = g1 < g2 ? `${g1}|${g2}` : `${g2}|${g1}`;
        if (asked.has(pairKey)) continue;
        asked.add(pairKey);
        if (rejected.some((j) => samePair(j.entities, [first, ref]))) continue;
        const sa = side(graphs.get(first.article) as Graph, first.article, first.entity);
        const sb = side(graph, ref.article, ref.entity);
        if (sa && sb) out.push({ a: sa, b: sb, match: key.split('\u241f')[1] ?? key });
        if (out.length >= MAX_SUGGESTIONS) return out;
      }
    }
  }
  return out;
}
