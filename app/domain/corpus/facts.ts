import type { Graph } from '../schema';
import { parseIsoRange, rangesOverlap, type DayRange } from '../time-range';

/**
 * What a merged graph says about its articles, read from the graph alone: which articles
 * state each element, the first to state it (in publication order), and the dates each
 * relation is evidenced on (its articles' publication dates and its own time qualifier).
 */

export interface ArticleFacts {
  /** Article ids in publication order. */
  order: string[];
  published: Map<string, DayRange>;
  nodeArticles: Map<string, string[]>;
  edgeArticles: Map<string, string[]>;
  edgeTime: Map<string, DayRange>;
}

const cache = new WeakMap<Graph, ArticleFacts>();

export function articleFacts(graph: Graph): ArticleFacts {
  const cached = cache.get(graph);
  if (cached) return cached;
  const order = (graph.articles ?? []).map((a) => a.id);
  const rank = new Map(order.map((id, i) => [id, i]));
  const byRank = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const published = new Map<string, DayRange>();
  for (const a of graph.articles ?? []) {
    const range = parseIsoRange(a.published);
    if (range) published.set(a.id, range);
  }
  const nodeArticles = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const ids = n.members?.map((m) => m.article) ?? n.mentions.flatMap((m) => (m.article ? [m.article] : []));
    nodeArticles.set(n.id, byRank(ids));
  }
  const edgeArticles = new Map<string, string[]>();
  const edgeTime = new Map<string, DayRange>();
  for (const e of graph.edges) {
    edgeArticles.set(e.id, byRank(e.evidence.flatMap((x) => (x.article ? [x.article] : []))));
    const time = e.time ? parseIsoRange(e.time.value) : null;
    if (time) edgeTime.set(e.id, time);
  }
  const facts = { order, published, nodeArticles, edgeArticles, edgeTime };
  cache.set(graph, facts);
  return facts;
}

/** Keep elements stated in one article, or only those that first appear in it. */
export interface ArticleFilter {
  article: string;
  mode: 'in' | 'adds';
}

export function nodePassesArticle(facts: ArticleFacts, id: string, f: ArticleFilter): boolean {
  const list = facts.nodeArticles.get(id) ?? [];
  return f.mode === 'adds' ? list[0] === f.article : list.includes(f.article);
}

export function edgePassesArticle(facts: ArticleFacts, id: string, f: ArticleFilter): boolean {
  const list = facts.edgeArticles.get(id) ?? [];
  return f.mode === 'adds' ? list[0] === f.article : list.includes(f.article);
}

/** A relation is evidenced in a range when an article stating it is published in it, or its own date falls in it. */
export function edgeInRange(facts: ArticleFacts, id: string, range: DayRange): boolean {
  const time = facts.edgeTime.get(id);
  if (time && rangesOverlap(time, range)) return true;
  for (const a of facts.edgeArticles.get(id) ?? []) {
    const p = facts.published.get(a);
    if (p && rangesOverlap(p, range)) return true;
  }
  return false;
}

/** The span of dates a timeline of this graph has to show. */
export function timelineExtent(facts: ArticleFacts): DayRange | null {
  let start = Infinity;
  let end = -Infinity;
  for (const r of [...facts.published.values(), ...facts.edgeTime.values()]) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return Number.isFinite(start) ? { start, end } : null;
}
