/**
 * A generated corpus for the benchmark: `articles` articles of `entities` entities each,
 * drawn from a shared pool of names so that many recur across articles; a third of the
 * pool carries a sameAs IRI (those merge), the rest only match by name (suggestions).
 * Every graph is valid: each entity is named in a sentence and has a relation.
 */
import type { Corpus } from '../app/domain/corpus/schema.ts';
import type { Graph, GraphEdge, GraphNode, Sentence } from '../app/domain/schema.ts';
import { seededRandom } from '../app/domain/seeded-random.ts';

const SYLLABLES = ['بر', 'سا', 'لي', 'نو', 'ها', 'مي', 'را', 'دو', 'كا', 'تي', 'زو', 'فا', 'جي', 'قو', 'شا', 'طي'];
const LATIN = ['bar', 'sa', 'li', 'no', 'ha', 'mi', 'ra', 'do', 'ka', 'ti', 'zo', 'fa', 'ji', 'qo', 'sha', 'ti'];
const TYPES = ['person', 'country', 'place', 'organisation'];

function poolName(i: number): { ar: string; en: string } {
  const a = SYLLABLES[i % 16]! + SYLLABLES[Math.floor(i / 16) % 16]! + SYLLABLES[Math.floor(i / 256) % 16]!;
  const e = LATIN[i % 16]! + LATIN[Math.floor(i / 16) % 16]! + LATIN[Math.floor(i / 256) % 16]!;
  return { ar: a, en: e.charAt(0).toUpperCase() + e.slice(1) };
}

export function generateCorpus(articles: number, entities: number, seed = 7): { corpus: Corpus; graphs: Map<string, Graph> } {
  const random = seededRandom(seed);
  const pool = Math.max(entities, Math.round((articles * entities) / 2));
  const graphs = new Map<string, Graph>();
  const corpusArticles: Corpus['articles'] = [];
  for (let a = 0; a < articles; a++) {
    const id = `article-${a + 1}`;
    const picked = new Set<number>();
    while (picked.size < entities) picked.add(Math.floor(random() * pool));
    const members = [...picked];
    const sentences: Sentence[] = [{ id: 's0', role: 'title', text: `مقال مولّد رقم ${a + 1}`, en: `Generated article ${a + 1}` }];
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const mentions = new Map<number, GraphNode['mentions']>();
    const relate = (x: number, y: number, k: number) => {
      const nx = poolName(members[x]!);
      const ny = poolName(members[y]!);
      const text = `التقى ${nx.ar} مع ${ny.ar} في اللقاء ${k + 1}.`;
      const sid = `s${sentences.length}`;
      sentences.push({ id: sid, role: sentences.length === 1 ? 'lede' : 'body', text, en: `${nx.en} met ${ny.en} (meeting ${k + 1}).` });
      const sx = text.indexOf(nx.ar);
      const sy = text.indexOf(ny.ar, sx + nx.ar.length);
      for (const [i, start, label] of [[x, sx, nx.ar], [y, sy, ny.ar]] as const) {
        const list = mentions.get(i) ?? [];
        list.push({ sentence: sid, start, end: start + label.length, text: label });
        mentions.set(i, list);
      }
      const quote = text.slice(0, sy + ny.ar.length);
      edges.push({ id: `e${k + 1}`, source: `n${members[x]}`, target: `n${members[y]}`, type: 'meets', evidence: [{ sentence: sid, start: 0, end: quote.length, quote }] });
    };
    for (let i = 0; i < entities; i++) relate(i, (i + 1) % entities, i);
    for (let k = entities; k < Math.round(entities * 1.2); k++) {
      const x = Math.floor(random() * entities);
      let y = Math.floor(random() * entities);
      if (y === x) y = (x + 1) % entities;
      relate(x, y, k);
    }
    members.forEach((m, i) => {
      const node: GraphNode = { id: `n${m}`, type: TYPES[m % TYPES.length]!, label: poolName(m), mentions: mentions.get(i) ?? [] };
      if (m % 3 === 0) node.sameAs = [`https://example.org/entity/${m}`];
      nodes.push(node);
    });
    const graph: Graph = {
      schemaVersion: 1,
      id,
      article: { title: { ar: sentences[0]!.text, en: sentences[0]!.en }, lang: 'ar', source: 'generated for the benchmark', sentences },
      nodeTypes: TYPES.map((t) => ({ id: t, label: { ar: `نوع ${t}`, en: t } })),
      relationTypes: [{ id: 'meets', label: { ar: 'يلتقي', en: 'meets' }, category: 'diplomacy', directed: false }],
      nodes,
      edges,
    };
    graphs.set(id, graph);
    const day = new Date(Date.UTC(2024, 0, 1) + a * 86_400_000).toISOString().slice(0, 10);
    corpusArticles.push({ id, graph: `${id}.graph.json`, title: graph.article.title, source: 'generated', published: day, lang: 'ar' });
  }
  const corpus: Corpus = { format: 'article-graph-corpus', version: 1, id: 'generated-corpus', title: { ar: 'مدوّنة مولّدة', en: 'Generated corpus' }, articles: corpusArticles, judgements: [] };
  return { corpus, graphs };
}
