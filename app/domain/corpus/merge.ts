import { fold } from '../fold';
import { LIMITS, type ArticleMeta, type Evidence, type Graph, type GraphEdge, type GraphNode, type Mention, type Sentence } from '../schema';
import { refKey, type Corpus, type CorpusArticle, type EntityRef } from './schema';

/**
 * The merge of a corpus into one graph file. Identities come from data only: "same"
 * judgements and shared `sameAs` IRIs join entities (union-find), "different" judgements
 * forbid a join whatever else would make it. Relations with the same source, type and
 * target (after the join) are one edge whose evidence keeps every article's words, each
 * span naming its article; sentence ids are prefixed with their article's id.
 */

export interface MergeWarning {
  path: string;
  message: string;
}

export interface MergeResult {
  graph: Graph;
  warnings: MergeWarning[];
}

/** Articles in reading order: by publication date, then as the corpus lists them. */
export function orderedArticles(corpus: Corpus): CorpusArticle[] {
  return corpus.articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.published < y.a.published ? -1 : x.a.published > y.a.published ? 1 : x.i - y.i))
    .map((x) => x.a);
}

export function sentenceIdIn(article: string, sentence: string): string {
  return `${article}:${sentence}`;
}

class Identities {
  private parent = new Map<string, string>();
  /** For each root: the entities its members are judged different from. */
  private apart = new Map<string, Set<string>>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression: every node on the way points at the root.
    for (let k = key, p = this.parent.get(k); p !== undefined && p !== root; k = p, p = this.parent.get(k)) this.parent.set(k, root);
    return root;
  }

  keepApart(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    this.apartOf(ra).add(b);
    this.apartOf(rb).add(a);
  }

  private apartOf(root: string): Set<string> {
    let set = this.apart.get(root);
    if (!set) {
      set = new Set();
      this.apart.set(root, set);
    }
    return set;
  }

  /** Join two entities unless a "different" judgement separates their groups; false when refused. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const apartA = this.apart.get(ra);
    const apartB = this.apart.get(rb);
    if (apartA) for (const k of apartA) if (this.find(k) === rb) return false;
    if (apartB) for (const k of apartB) if (this.find(k) === ra) return false;
    this.parent.set(rb, ra);
    if (apartB) {
      const target = this.apartOf(ra);
      for (const k of apartB) target.add(k);
      this.apart.delete(rb);
    }
    return true;
  }
}

/** Which merged node each article entity belongs to, from the corpus's data alone. */
export function assignIdentities(corpus: Corpus, graphs: ReadonlyMap<string, Graph>): Map<string, string> {
  const ids = new Identities();
  const articles = orderedArticles(corpus);
  for (const a of articles) for (const n of graphs.get(a.id)?.nodes ?? []) ids.add(refKey({ article: a.id, entity: n.id }));
  const known = (ref: EntityRef) => graphs.get(ref.article)?.nodes.some((n) => n.id === ref.entity) ?? false;
  for (const j of corpus.judgements) {
    if (j.verdict === 'different' && known(j.entities[0]) && known(j.entities[1])) ids.keepApart(refKey(j.entities[0]), refKey(j.entities[1]));
  }
  for (const j of corpus.judgements) {
    if (j.verdict === 'same' && known(j.entities[0]) && known(j.entities[1])) ids.union(refKey(j.entities[0]), refKey(j.entities[1]));
  }
  const byIri = new Map<string, string>();
  const joinIri = (key: string, iri: string) => {
    const first = byIri.get(iri);
    if (first === undefined) byIri.set(iri, key);
    else ids.union(first, key);
  };
  for (const a of articles) for (const n of graphs.get(a.id)?.nodes ?? []) for (const iri of n.sameAs ?? []) joinIri(refKey({ article: a.id, entity: n.id }), iri);
  for (const identity of corpus.identities ?? []) {
    if (!known(identity)) continue;
    for (const iri of identity.sameAs) joinIri(refKey(identity), iri);
  }
  const out = new Map<string, string>();
  for (const a of articles) for (const n of graphs.get(a.id)?.nodes ?? []) {
    const key = refKey({ article: a.id, entity: n.id });
    out.set(key, ids.find(key));
  }
  return out;
}

function pushUnique(list: string[], seen: Set<string>, text: string | undefined): void {
  if (text === undefined) return;
  const key = fold(text);
  if (seen.has(key) || list.length >= LIMITS.aliases) return;
  seen.add(key);
  list.push(text);
}

export function mergeCorpus(corpus: Corpus, graphs: ReadonlyMap<string, Graph>): MergeResult {
  const warnings: MergeWarning[] = [];
  const articles = orderedArticles(corpus).filter((a) => graphs.has(a.id));
  const roots = assignIdentities(corpus, graphs);
  const corpusIris = new Map<string, string[]>();
  for (const identity of corpus.identities ?? []) corpusIris.set(refKey(identity), identity.sameAs);

  // Groups of article entities, in reading order; the first member names the group.
  const groups = new Map<string, { article: string; node: GraphNode }[]>();
  for (const a of articles) {
    for (const node of graphs.get(a.id)?.nodes ?? []) {
      const root = roots.get(refKey({ article: a.id, entity: node.id })) ?? '';
      const list = groups.get(root) ?? [];
      list.push({ article: a.id, node });
      groups.set(root, list);
    }
  }
  const mergedId = new Map<string, string>();
  const taken = new Set<string>();
  for (const [root, members] of groups) {
    const first = members[0];
    if (!first) continue;
    let id = first.node.id;
    if (taken.has(id)) id = `${first.node.id}@${first.article}`;
    taken.add(id);
    mergedId.set(root, id);
  }
  const nodeIdOf = (article: string, entity: string) => mergedId.get(roots.get(refKey({ article, entity })) ?? '') ?? entity;

  // Positions of different articles' drawings mean nothing together: one article keeps them.
  const keepPositions = articles.length === 1;
  const nodes: GraphNode[] = [];
  for (const [root, members] of groups) {
    const first = members[0];
    if (!first) continue;
    const id = mergedId.get(root) ?? first.node.id;
    const aliases = { ar: [] as string[], en: [] as string[] };
    const seen = { ar: new Set([fold(first.node.label.ar)]), en: new Set([fold(first.node.label.en)]) };
    const mentions: Mention[] = [];
    const sameAs = new Set<string>();
    for (const m of members) {
      for (const lang of ['ar', 'en'] as const) {
        pushUnique(aliases[lang], seen[lang], m.node.label[lang]);
        for (const alias of m.node.aliases?.[lang] ?? []) pushUnique(aliases[lang], seen[lang], alias);
      }
      for (const mention of m.node.mentions) {
        if (mentions.length >= LIMITS.mentions) break;
        mentions.push({ ...mention, sentence: sentenceIdIn(m.article, mention.sentence), article: m.article });
      }
      for (const iri of [...(m.node.sameAs ?? []), ...(corpusIris.get(refKey({ article: m.article, entity: m.node.id })) ?? [])]) sameAs.add(iri);
    }
    const mentionTotal = members.reduce((sum, m) => sum + m.node.mentions.length, 0);
    if (mentionTotal > LIMITS.mentions) warnings.push({ path: `node ${id}`, message: `${mentionTotal} mentions; the first ${LIMITS.mentions} are kept` });
    const node: GraphNode = { id, type: first.node.type, label: first.node.label, mentions };
    if (aliases.ar.length || aliases.en.length) {
      node.aliases = {};
      if (aliases.ar.length) node.aliases.ar = aliases.ar;
      if (aliases.en.length) node.aliases.en = aliases.en;
    }
    if (first.node.description) node.description = first.node.description;
    if (first.node.qualifiers) node.qualifiers = first.node.qualifiers;
    if (first.node.note) node.note = first.node.note;
    if (keepPositions && first.node.position) node.position = first.node.position;
    if (sameAs.size) node.sameAs = [...sameAs].slice(0, LIMITS.aliases);
    node.members = members.map((m) => ({ article: m.article, entity: m.node.id }));
    nodes.push(node);
  }

  const edges: GraphEdge[] = [];
  const edgeByKey = new Map<string, GraphEdge>();
  const edgeIds = new Set<string>();
  const directed = new Map<string, boolean>();
  for (const a of articles) for (const rt of graphs.get(a.id)?.relationTypes ?? []) if (!directed.has(rt.id)) directed.set(rt.id, rt.directed);
  articles.forEach((a) => {
    const graph = graphs.get(a.id);
    if (!graph) return;
    const articleIndex = corpus.articles.findIndex((x) => x.id === a.id);
    graph.edges.forEach((edge, i) => {
      const source = nodeIdOf(a.id, edge.source);
      const target = nodeIdOf(a.id, edge.target);
      if (source === target) {
        warnings.push({ path: `$.articles[${articleIndex}].graph: $.edges[${i}]`, message: `"${edge.id}" joins two entities merged into "${source}"; it is left out` });
        return;
      }
      const undirected = directed.get(edge.type) === false;
      const [s, t] = undirected && target < source ? [target, source] : [source, target];
      const key = `${s}\u241f${edge.type}\u241f${t}`;
      const attributedTo = edge.attributedTo === undefined ? undefined : nodeIdOf(a.id, edge.attributedTo);
      const evidence: Evidence[] = edge.evidence.map((e) => {
        const item: Evidence = { ...e, sentence: sentenceIdIn(a.id, e.sentence), article: a.id };
        if (attributedTo !== undefined) item.attributedTo = attributedTo;
        return item;
      });
      const existing = edgeByKey.get(key);
      if (existing) {
        const room = LIMITS.evidence - existing.evidence.length;
        if (room < evidence.length) warnings.push({ path: `edge ${existing.id}`, message: `more than ${LIMITS.evidence} evidence items; the first are kept` });
        existing.evidence.push(...evidence.slice(0, Math.max(0, room)));
        if (!existing.time && edge.time) existing.time = edge.time;
        if (existing.inferred && !edge.inferred) delete existing.inferred;
        return;
      }
      let id = edge.id;
      if (edgeIds.has(id)) id = `${edge.id}@${a.id}`;
      edgeIds.add(id);
      const merged: GraphEdge = { id, source: s, target: t, type: edge.type, evidence };
      if (attributedTo !== undefined) merged.attributedTo = attributedTo;
      if (edge.inferred) merged.inferred = true;
      if (edge.qualifiers) merged.qualifiers = edge.qualifiers;
      if (edge.time) merged.time = edge.time;
      if (edge.note) merged.note = edge.note;
      edgeByKey.set(key, merged);
      edges.push(merged);
    });
  });

  const sentences: Sentence[] = [];
  const metas: ArticleMeta[] = [];
  for (const a of articles) {
    const graph = graphs.get(a.id);
    if (!graph) continue;
    for (const s of graph.article.sentences) sentences.push({ ...s, id: sentenceIdIn(a.id, s.id), article: a.id });
    metas.push({ id: a.id, title: a.title, source: a.source, published: a.published, lang: a.lang });
  }

  const firstOf = <T extends { id: string }>(pick: (g: Graph) => readonly T[] | undefined): T[] => {
    const out = new Map<string, T>();
    for (const a of articles) for (const item of pick(graphs.get(a.id) as Graph) ?? []) if (!out.has(item.id)) out.set(item.id, item);
    return [...out.values()];
  };
  const categories = firstOf((g) => g.categories);
  // A node without a relation is refused by the contract; after a merge none is left alone
  // unless its article's own relations were all dropped as self-loops.
  const connected = new Set(edges.flatMap((e) => [e.source, e.target]));
  const keptNodes = nodes.filter((n) => {
    if (connected.has(n.id)) return true;
    warnings.push({ path: `node ${n.id}`, message: 'no relation is left after the merge; it is left out' });
    return false;
  });

  const graph: Graph = {
    schemaVersion: 1,
    id: corpus.id,
    article: {
      title: corpus.title,
      lang: articles[0]?.lang ?? 'ar',
      source: articles.map((a) => a.source).join(' · ').slice(0, LIMITS.noteLength),
      sentences,
    },
    ...(categories.length ? { categories } : {}),
    nodeTypes: firstOf((g) => g.nodeTypes),
    relationTypes: firstOf((g) => g.relationTypes),
    nodes: keptNodes,
    edges,
    articles: metas,
  };
  return { graph, warnings };
}
