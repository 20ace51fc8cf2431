import { relationPhrase, relationSentence } from './relation-sentence';
import type { Graph, GraphEdge, GraphNode, Lang, RelationType, Sentence } from './schema';
import { bodyNumbers } from './sentence-roles';

/**
 * Lookups over a validated graph, built once per loaded graph (memoised by identity) so
 * panels and filters never scan the arrays on every render.
 */
export interface GraphIndex {
  graph: Graph;
  nodeById: Map<string, GraphNode>;
  edgeById: Map<string, GraphEdge>;
  sentenceById: Map<string, Sentence>;
  sentenceOrder: Map<string, number>;
  /** 1-based number of each body sentence, as a reader counts them. */
  bodyNumber: Map<string, number>;
  relationTypeById: Map<string, RelationType>;
  nodeTypeLabel: Map<string, { ar: string; en: string }>;
  /** Entity types and categories that carry their own colour, by id. */
  ownColor: { nodeType: Map<string, string>; category: Map<string, string> };
  /** Edge ids touching each node. */
  edgesByNode: Map<string, string[]>;
  /** Node and edge ids citing each sentence. */
  elementsBySentence: Map<string, { nodes: string[]; edges: string[] }>;
  /** Category ids in first-seen order of relationTypes. */
  categories: string[];
  edgeCountByType: Map<string, number>;
  nodeCountByType: Map<string, number>;
}

const cache = new WeakMap<Graph, GraphIndex>();

/**
 * The parts of the index that the first picture of a graph does not need: relations by
 * id and by entity, the elements citing each sentence and the sentences' order and numbers
 * (most of the index's time on 20,000 entities). Each is built on first read,
 * so every reader gets it whenever it asks; `indexParts` builds them ahead, in idle time.
 */
const LAZY_PARTS = ['edgeById', 'edgesByNode', 'elementsBySentence', 'sentenceById', 'sentenceOrder', 'bodyNumber'] as const;
type LazyPart = (typeof LAZY_PARTS)[number];

/** Replaces a part's getter with the value it built, so later reads are plain property reads. */
function keep<K extends LazyPart>(index: GraphIndex, key: K, value: GraphIndex[K]): GraphIndex[K] {
  Object.defineProperty(index, key, { value, enumerable: true });
  return value;
}

function edgesByNodeOf(graph: Graph): Map<string, string[]> {
  const edgesByNode = new Map<string, string[]>();
  for (const node of graph.nodes) edgesByNode.set(node.id, []);
  for (const edge of graph.edges) {
    edgesByNode.get(edge.source)?.push(edge.id);
    edgesByNode.get(edge.target)?.push(edge.id);
  }
  return edgesByNode;
}

function elementsBySentenceOf(graph: Graph): Map<string, { nodes: string[]; edges: string[] }> {
  const elementsBySentence = new Map<string, { nodes: string[]; edges: string[] }>();
  const cite = (sentence: string, kind: 'nodes' | 'edges', id: string) => {
    let entry = elementsBySentence.get(sentence);
    if (!entry) {
      entry = { nodes: [], edges: [] };
      elementsBySentence.set(sentence, entry);
    }
    const list = entry[kind];
    if (list[list.length - 1] !== id && !list.includes(id)) list.push(id);
  };
  for (const node of graph.nodes) for (const m of node.mentions) cite(m.sentence, 'nodes', node.id);
  for (const edge of graph.edges) for (const e of edge.evidence) cite(e.sentence, 'edges', edge.id);
  return elementsBySentence;
}

export function indexGraph(graph: Graph): GraphIndex {
  const cached = cache.get(graph);
  if (cached) return cached;

  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const relationTypeById = new Map(graph.relationTypes.map((r) => [r.id, r]));
  const nodeTypeLabel = new Map(graph.nodeTypes.map((t) => [t.id, t.label]));
  const ownColor = {
    nodeType: new Map(graph.nodeTypes.flatMap((t) => (t.color === undefined ? [] : [[t.id, t.color] as const]))),
    category: new Map((graph.categories ?? []).flatMap((c) => (c.color === undefined ? [] : [[c.id, c.color] as const]))),
  };
  const edgeCountByType = new Map<string, number>();
  const nodeCountByType = new Map<string, number>();
  for (const node of graph.nodes) nodeCountByType.set(node.type, (nodeCountByType.get(node.type) ?? 0) + 1);
  for (const edge of graph.edges) edgeCountByType.set(edge.type, (edgeCountByType.get(edge.type) ?? 0) + 1);

  const categories: string[] = [];
  for (const r of graph.relationTypes) if (!categories.includes(r.category)) categories.push(r.category);

  const index: GraphIndex = {
    graph,
    nodeById,
    relationTypeById,
    nodeTypeLabel,
    ownColor,
    categories,
    edgeCountByType,
    nodeCountByType,
    get edgeById() {
      return keep(index, 'edgeById', new Map(graph.edges.map((e) => [e.id, e])));
    },
    get edgesByNode() {
      return keep(index, 'edgesByNode', edgesByNodeOf(graph));
    },
    get elementsBySentence() {
      return keep(index, 'elementsBySentence', elementsBySentenceOf(graph));
    },
    get sentenceById() {
      return keep(index, 'sentenceById', new Map(graph.article.sentences.map((s) => [s.id, s])));
    },
    get sentenceOrder() {
      return keep(index, 'sentenceOrder', new Map(graph.article.sentences.map((s, i) => [s.id, i])));
    },
    get bodyNumber() {
      return keep(index, 'bodyNumber', bodyNumbers(graph.article.sentences));
    },
  };
  cache.set(graph, index);
  return index;
}

/**
 * The index's deferred parts as separate steps, each building one part (a part already
 * read costs nothing): for idle time once the graph is drawn, so that the first click,
 * search or list after it does not pay for them.
 */
export function indexParts(index: GraphIndex): (() => void)[] {
  return LAZY_PARTS.map((key) => () => void index[key]);
}

/** Whether the graph carries its article's text (a graph imported from GEXF, GraphML or CSV may not). */
export function hasSourceText(graph: Pick<Graph, 'article'>): boolean {
  return graph.article.sentences.length > 0;
}

export function nodeLabel(index: GraphIndex, id: string, lang: Lang): string {
  return index.nodeById.get(id)?.label[lang] ?? id;
}

/** "Vladimir Putin visits China": an edge read as a sentence, its words agreeing with the subject. */
export function edgeSentence(index: GraphIndex, edge: GraphEdge, lang: Lang): string {
  return relationSentence(index.nodeById.get(edge.source), index.relationTypeById.get(edge.type), edge.type, index.nodeById.get(edge.target), lang, edge);
}

/** The edge's predicate in the form that agrees with its source («تشنّ»). */
export function edgePhrase(index: GraphIndex, edge: GraphEdge, lang: Lang): string {
  return relationPhrase(index.relationTypeById.get(edge.type), edge.type, index.nodeById.get(edge.source), lang);
}

export interface SpanRef {
  sentence: string;
  start: number;
  end: number;
}

/**
 * Every span of text behind a selection, in reading order: for a node its mentions and
 * the evidence of its relations; for an edge its evidence.
 */
export function spansFor(index: GraphIndex, selection: { kind: 'node' | 'edge'; id: string }): SpanRef[] {
  const spans: SpanRef[] = [];
  if (selection.kind === 'edge') {
    const edge = index.edgeById.get(selection.id);
    if (edge) spans.push(...edge.evidence.map(({ sentence, start, end }) => ({ sentence, start, end })));
  } else {
    const node = index.nodeById.get(selection.id);
    if (node) {
      spans.push(...node.mentions.map(({ sentence, start, end }) => ({ sentence, start, end })));
      for (const edgeId of index.edgesByNode.get(node.id) ?? []) {
        const edge = index.edgeById.get(edgeId);
        if (edge) spans.push(...edge.evidence.map(({ sentence, start, end }) => ({ sentence, start, end })));
      }
    }
  }
  return sortSpans(index, dedupeSpans(spans));
}

function dedupeSpans(spans: SpanRef[]): SpanRef[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.sentence}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortSpans(index: GraphIndex, spans: SpanRef[]): SpanRef[] {
  return spans.sort(
    (a, b) =>
      (index.sentenceOrder.get(a.sentence) ?? 0) - (index.sentenceOrder.get(b.sentence) ?? 0) || a.start - b.start || a.end - b.end,
  );
}

/** Sentence ids behind a selection, in reading order. */
export function sentencesFor(index: GraphIndex, selection: { kind: 'node' | 'edge'; id: string }): string[] {
  const ids: string[] = [];
  for (const s of spansFor(index, selection)) if (!ids.includes(s.sentence)) ids.push(s.sentence);
  return ids;
}

/** Node ids within `depth` hops of `start`, over the given edges (undirected). */
export function neighbourhood(index: GraphIndex, start: string, depth: number, visibleEdges?: ReadonlySet<string>): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edgeId of index.edgesByNode.get(id) ?? []) {
        if (visibleEdges && !visibleEdges.has(edgeId)) continue;
        const edge = index.edgeById.get(edgeId);
        if (!edge) continue;
        const other = edge.source === id ? edge.target : edge.source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** A path as alternating node ids and the edge ids between them. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/**
 * All shortest paths between two nodes (edges taken in either direction), capped at
 * `limit` paths, by breadth-first search with parent lists.
 */
export function shortestPaths(
  index: GraphIndex,
  from: string,
  to: string,
  options: { limit?: number; visibleEdges?: ReadonlySet<string> } = {},
): GraphPath[] {
  const limit = options.limit ?? 5;
  if (!index.nodeById.has(from) || !index.nodeById.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, { node: string; edge: string }[]>();
  let frontier = [from];
  let found = false;
  while (frontier.length > 0 && !found) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = dist.get(id) ?? 0;
      for (const edgeId of index.edgesByNode.get(id) ?? []) {
        if (options.visibleEdges && !options.visibleEdges.has(edgeId)) continue;
        const edge = index.edgeById.get(edgeId);
        if (!edge) continue;
        const other = edge.source === id ? edge.target : edge.source;
        const known = dist.get(other);
        if (known === undefined) {
          dist.set(other, d + 1);
          parents.set(other, [{ node: id, edge: edgeId }]);
          next.push(other);
          if (other === to) found = true;
        } else if (known === d + 1) {
          parents.get(other)?.push({ node: id, edge: edgeId });
        }
      }
    }
    frontier = next;
  }
  if (!found) return [];
  const paths: GraphPath[] = [];
  const walk = (node: string, nodes: string[], edges: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push({ nodes: [from, ...nodes], edges: [...edges] });
      return;
    }
    for (const p of parents.get(node) ?? []) walk(p.node, [node, ...nodes], [p.edge, ...edges]);
  };
  walk(to, [], []);
  return paths;
}
