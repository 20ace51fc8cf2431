import { edgeSentence, type GraphIndex } from '../graph-index';
import type { GraphEdge, GraphNode, Lang } from '../schema';

/**
 * The attributes that GEXF, GraphML and the Neo4j CSV files carry for each entity and
 * relation, under the same names, and that the importers read back. The evidence lists
 * run in parallel: item i of each list belongs to the same piece of evidence.
 */

export type AttributeValue = string | number | boolean | readonly string[];

export interface AttributeSpec {
  name: string;
  type: 'string' | 'integer' | 'double' | 'boolean' | 'list';
}

export const NODE_ATTRIBUTES = [
  { name: 'label_ar', type: 'string' },
  { name: 'label_en', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'type_label_ar', type: 'string' },
  { name: 'type_label_en', type: 'string' },
  { name: 'aliases_ar', type: 'list' },
  { name: 'aliases_en', type: 'list' },
  { name: 'mentions', type: 'integer' },
  { name: 'note_ar', type: 'string' },
  { name: 'note_en', type: 'string' },
] as const satisfies readonly AttributeSpec[];

export const EDGE_ATTRIBUTES = [
  { name: 'relation', type: 'string' },
  { name: 'relation_ar', type: 'string' },
  { name: 'relation_en', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'category_label_ar', type: 'string' },
  { name: 'category_label_en', type: 'string' },
  { name: 'directed', type: 'boolean' },
  { name: 'attributed_to', type: 'string' },
  { name: 'inferred', type: 'boolean' },
  { name: 'note_ar', type: 'string' },
  { name: 'note_en', type: 'string' },
  { name: 'qualifiers_ar', type: 'string' },
  { name: 'qualifiers_en', type: 'string' },
  { name: 'evidence_sentence', type: 'list' },
  { name: 'evidence_quote', type: 'list' },
  { name: 'evidence_text', type: 'list' },
  { name: 'evidence_en', type: 'list' },
] as const satisfies readonly AttributeSpec[];

export type NodeAttributeName = (typeof NODE_ATTRIBUTES)[number]['name'];
export type EdgeAttributeName = (typeof EDGE_ATTRIBUTES)[number]['name'];

export interface NodeRecord {
  id: string;
  /** The label in the export's language: what Gephi shows. */
  label: string;
  attributes: Partial<Record<NodeAttributeName, AttributeValue>>;
  position?: { x: number; y: number };
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  /** "Vladimir Putin visits China" in the export's language. */
  label: string;
  attributes: Partial<Record<EdgeAttributeName, AttributeValue>>;
}

/** Labels the domain cannot name on its own (category names live in the app's dictionaries). */
export type CategoryLabel = (category: string, lang: Lang) => string;

export function nodeRecord(index: GraphIndex, node: GraphNode, lang: Lang, position?: { x: number; y: number }): NodeRecord {
  const typeLabel = index.nodeTypeLabel.get(node.type);
  const attributes: NodeRecord['attributes'] = {
    label_ar: node.label.ar,
    label_en: node.label.en,
    type: node.type,
    type_label_ar: typeLabel?.ar ?? node.type,
    type_label_en: typeLabel?.en ?? node.type,
    mentions: node.mentions.length,
  };
  if (node.aliases?.ar?.length) attributes.aliases_ar = node.aliases.ar;
  if (node.aliases?.en?.length) attributes.aliases_en = node.aliases.en;
  if (node.note?.ar) attributes.note_ar = node.note.ar;
  if (node.note?.en) attributes.note_en = node.note.en;
  const at = position ?? node.position;
  return { id: node.id, label: node.label[lang], attributes, ...(at ? { position: at } : {}) };
}

export function edgeRecord(index: GraphIndex, edge: GraphEdge, lang: Lang, categoryLabel: CategoryLabel): EdgeRecord {
  const relation = index.relationTypeById.get(edge.type);
  const category = relation?.category ?? '';
  const attributes: EdgeRecord['attributes'] = {
    relation: edge.type,
    relation_ar: relation?.label.ar ?? edge.type,
    relation_en: relation?.label.en ?? edge.type,
    category,
    category_label_ar: categoryLabel(category, 'ar'),
    category_label_en: categoryLabel(category, 'en'),
    directed: relation?.directed ?? true,
    evidence_sentence: edge.evidence.map((e) => e.sentence),
    evidence_quote: edge.evidence.map((e) => e.quote),
    evidence_text: edge.evidence.map((e) => index.sentenceById.get(e.sentence)?.text ?? ''),
    evidence_en: edge.evidence.map((e) => index.sentenceById.get(e.sentence)?.en ?? ''),
  };
  if (edge.attributedTo !== undefined) attributes.attributed_to = edge.attributedTo;
  if (edge.inferred) attributes.inferred = true;
  copyNote(attributes, 'note', edge.note);
  copyNote(attributes, 'qualifiers', edge.qualifiers);
  return { id: edge.id, source: edge.source, target: edge.target, label: edgeSentence(index, edge, lang), attributes };
}

function copyNote(attributes: EdgeRecord['attributes'], field: 'note' | 'qualifiers', note: { ar?: string | undefined; en?: string | undefined } | undefined) {
  if (note?.ar) attributes[`${field}_ar`] = note.ar;
  if (note?.en) attributes[`${field}_en`] = note.en;
}
