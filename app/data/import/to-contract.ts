import type { Bilingual, Graph, GraphEdge, GraphNode, NodeType, RelationType, Sentence } from '../../domain/schema';

/**
 * Maps a graph read from another format onto the graph contract. Attribute names are
 * those this app's GEXF, GraphML and Neo4j exports write (label_ar, relation,
 * evidence_quote, …), so its own files come back whole; other files (Gephi, yEd, a
 * spreadsheet) give what they have: labels, a type when there is one, direction,
 * positions. Evidence needs the sentence text; a file without it opens as a graph with
 * no source text. The result is checked by the contract's validator like any file.
 */

export type Attributes = Record<string, unknown>;

export interface ImportedNode {
  id: string;
  attributes: Attributes;
}

export interface ImportedEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: Attributes;
}

export interface ImportedGraph {
  /** Format name for the article's `source` line, e.g. "GEXF". */
  format: string;
  fileName: string;
  title?: Partial<Bilingual>;
  source?: string;
  nodes: ImportedNode[];
  edges: ImportedEdge[];
}

export const DEFAULT_NODE_TYPE: NodeType = { id: 'entity', label: { ar: 'كيان', en: 'Entity' } };
export const DEFAULT_RELATION_TYPE: RelationType = { id: 'related-to', label: { ar: 'مرتبط بـ', en: 'related to' }, category: 'other', directed: true };
const MAX_ID = 200;
const MAX_LABEL = 500;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function first(attributes: Attributes, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = text(attributes[name]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A list attribute: an array (GEXF liststring) or one item a line (GraphML, CSV). */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value === 'string' && value !== '') return value.split('\n');
  return [];
}

function number(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

/** One label in both languages: the file's two labels where it has them, else the one it has for both. */
function bilingual(ar: string | undefined, en: string | undefined, fallback: string): Bilingual {
  return { ar: clip(ar ?? en ?? fallback, MAX_LABEL), en: clip(en ?? ar ?? fallback, MAX_LABEL) };
}

function note(ar: string | undefined, en: string | undefined): { ar?: string; en?: string } | undefined {
  if (ar === undefined && en === undefined) return undefined;
  return { ...(ar !== undefined ? { ar } : {}), ...(en !== undefined ? { en } : {}) };
}

/** `Putin's visit (2).gexf` -> `putin-s-visit-2`: the graph id, ascii kebab-case as the contract wants. */
export function graphIdFromName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').toLowerCase();
  const id = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return id || 'imported-graph';
}

const NODE_LABEL = ['label', 'name', 'Label', 'Name', 'title'];
const NODE_TYPE = ['type', 'node_type', 'Type', 'category', 'Category', 'kind'];
const EDGE_RELATION = ['relation_label', 'label', 'Label', 'Edge Label', 'edgelabel', 'type', 'Type', 'relation', 'kind'];

export function toContract(input: ImportedGraph): Graph {
  const nodeTypes = new Map<string, NodeType>();
  const relationTypes = new Map<string, RelationType>();
  const categories = new Map<string, Bilingual>();
  const sentences = new Map<string, Sentence>();
  const dropped: string[] = [];
  const fileTitle = input.fileName.replace(/\.[^.]+$/, '') || input.fileName;
  const title = bilingual(input.title?.ar, input.title?.en, fileTitle);

  const nodes: GraphNode[] = input.nodes.map(({ id, attributes: a }) => {
    const typeId = clip(first(a, NODE_TYPE) ?? DEFAULT_NODE_TYPE.id, MAX_ID);
    if (!nodeTypes.has(typeId)) {
      nodeTypes.set(typeId, typeId === DEFAULT_NODE_TYPE.id && a.type_label_ar === undefined ? DEFAULT_NODE_TYPE : { id: typeId, label: bilingual(text(a.type_label_ar), text(a.type_label_en), typeId) });
    }
    const label = bilingual(text(a.label_ar), text(a.label_en), first(a, NODE_LABEL) ?? id);
    const node: GraphNode = { id, type: typeId, label, mentions: [] };
    const aliasesAr = list(a.aliases_ar).filter(Boolean);
    const aliasesEn = list(a.aliases_en).filter(Boolean);
    if (aliasesAr.length || aliasesEn.length) node.aliases = { ...(aliasesAr.length ? { ar: aliasesAr } : {}), ...(aliasesEn.length ? { en: aliasesEn } : {}) };
    const n = note(text(a.note_ar), text(a.note_en));
    if (n) node.note = n;
    const x = number(a.x);
    const y = number(a.y);
    if (x !== undefined && y !== undefined) node.position = { x, y };
    return node;
  });

  const edges: GraphEdge[] = [];
  // Gephi numbers nodes and edges from 0 alike; the canvas needs one id space, so a clashing edge id is renamed.
  const taken = new Set(nodes.map((n) => n.id));
  for (const { id: given, source, target, directed, attributes: a } of input.edges) {
    if (source === target) {
      dropped.push(given);
      continue;
    }
    let id = given;
    for (let n = 1; taken.has(id); n++) id = n === 1 ? `e${given}` : `e${given}-${n}`;
    taken.add(id);
    const relationId = clip(text(a.relation) ?? first(a, EDGE_RELATION.filter((n) => n !== 'relation')) ?? DEFAULT_RELATION_TYPE.id, MAX_ID);
    const category = clip(text(a.category) ?? DEFAULT_RELATION_TYPE.category, MAX_ID);
    if (!relationTypes.has(relationId)) {
      const own = relationId === DEFAULT_RELATION_TYPE.id && a.relation_ar === undefined ? DEFAULT_RELATION_TYPE.label : bilingual(text(a.relation_ar), text(a.relation_en), relationId);
      relationTypes.set(relationId, { id: relationId, label: own, category, directed: bool(a.directed) ?? directed });
    }
    if (a.category_label_ar !== undefined || a.category_label_en !== undefined) categories.set(category, bilingual(text(a.category_label_ar), text(a.category_label_en), category));

    const edge: GraphEdge = { id, source, target, type: relationId, evidence: [] };
    const sentenceIds = list(a.evidence_sentence);
    const quotes = list(a.evidence_quote);
    const texts = list(a.evidence_text);
    const english = list(a.evidence_en);
    sentenceIds.forEach((sentenceId, i) => {
      const quote = quotes[i];
      const sentenceText = texts[i];
      if (!quote || !sentenceText) return;
      if (!sentences.has(sentenceId)) sentences.set(sentenceId, { id: sentenceId, role: sentenceText === title.ar ? 'title' : 'body', text: sentenceText, en: english[i] ?? '' });
      const start = sentenceText.indexOf(quote);
      if (start >= 0) edge.evidence.push({ sentence: sentenceId, start, end: start + quote.length, quote });
    });
    const attributedTo = text(a.attributed_to);
    if (attributedTo !== undefined) edge.attributedTo = attributedTo;
    if (bool(a.inferred)) edge.inferred = true;
    const n = note(text(a.note_ar), text(a.note_en));
    if (n) edge.note = n;
    const q = note(text(a.qualifiers_ar), text(a.qualifiers_en));
    if (q) edge.qualifiers = q;
    edges.push(edge);
  }

  const orderedSentences = [...sentences.values()].sort((x, y) => x.id.localeCompare(y.id, 'en', { numeric: true }));
  if (orderedSentences.length > 0) addMentions(nodes, orderedSentences);
  if (nodeTypes.size === 0) nodeTypes.set(DEFAULT_NODE_TYPE.id, DEFAULT_NODE_TYPE);
  if (relationTypes.size === 0) relationTypes.set(DEFAULT_RELATION_TYPE.id, DEFAULT_RELATION_TYPE);

  const graph: Graph = {
    schemaVersion: 1,
    id: graphIdFromName(input.fileName),
    article: {
      title,
      lang: 'ar',
      source: clip(input.source ?? `${input.fileName} (${input.format})`, 5000),
      sentences: orderedSentences,
    },
    nodeTypes: [...nodeTypes.values()],
    relationTypes: [...relationTypes.values()],
    nodes,
    edges,
  };
  // The fallback category needs a name in both languages; a file's own categories keep their ids as names.
  if ([...relationTypes.values()].some((r) => r.category === DEFAULT_RELATION_TYPE.category) && !categories.has(DEFAULT_RELATION_TYPE.category)) {
    categories.set(DEFAULT_RELATION_TYPE.category, { ar: 'أخرى', en: 'Other' });
  }
  if (categories.size > 0) graph.categories = [...categories].map(([id, label]) => ({ id, label }));
  if (dropped.length > 0) {
    const ids = dropped.slice(0, 20).join(', ');
    graph.notes = {
      en: `${dropped.length} self-loop(s) left out on import (a relation needs two different entities): ${ids}`,
      ar: `أُسقط عند الاستيراد ${dropped.length} من الروابط الذاتية (العلاقة تحتاج كيانين مختلفين): ${ids}`,
    };
  }
  return graph;
}

/** Where the sentences name each entity (its Arabic label and aliases), for a file that carries the text but not the mentions. */
function addMentions(nodes: GraphNode[], sentences: Sentence[]): void {
  for (const node of nodes) {
    const names = [node.label.ar, ...(node.aliases?.ar ?? [])].filter((n) => n.length > 1);
    for (const sentence of sentences) {
      for (const name of names) {
        const start = sentence.text.indexOf(name);
        if (start < 0) continue;
        node.mentions.push({ sentence: sentence.id, start, end: start + name.length, text: name });
        break;
      }
      if (node.mentions.length >= 500) break;
    }
  }
}
