import type { GraphIndex } from '../../../domain/graph-index';
import { edgeRecord, nodeRecord, type AttributeValue } from '../../../domain/interop/records';
import type { Lang } from '../../../domain/schema';
import { categoryLabel } from '../../../shared/labels';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';
import { escapeXml, num } from './escape';
import type { Positions } from './view-json';

type KeyType = 'string' | 'boolean' | 'int' | 'double';
interface KeySpec {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

/**
 * Typed `<key>` declarations. `label`, `x` and `y` are the names Gephi maps to the
 * label and the position. Ids are unique across node and edge keys, as yEd requires.
 */
export const GRAPHML_KEYS: readonly KeySpec[] = [
  { id: 'g_title_ar', for: 'graph', name: 'title_ar', type: 'string' },
  { id: 'g_title_en', for: 'graph', name: 'title_en', type: 'string' },
  { id: 'g_source', for: 'graph', name: 'source', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_label_ar', for: 'node', name: 'label_ar', type: 'string' },
  { id: 'n_label_en', for: 'node', name: 'label_en', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_type_label', for: 'node', name: 'type_label', type: 'string' },
  { id: 'n_type_label_ar', for: 'node', name: 'type_label_ar', type: 'string' },
  { id: 'n_type_label_en', for: 'node', name: 'type_label_en', type: 'string' },
  { id: 'n_aliases_ar', for: 'node', name: 'aliases_ar', type: 'string' },
  { id: 'n_aliases_en', for: 'node', name: 'aliases_en', type: 'string' },
  { id: 'n_mentions', for: 'node', name: 'mentions', type: 'int' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_relation_ar', for: 'edge', name: 'relation_ar', type: 'string' },
  { id: 'e_relation_en', for: 'edge', name: 'relation_en', type: 'string' },
  { id: 'e_category', for: 'edge', name: 'category', type: 'string' },
  { id: 'e_category_label', for: 'edge', name: 'category_label', type: 'string' },
  { id: 'e_category_label_ar', for: 'edge', name: 'category_label_ar', type: 'string' },
  { id: 'e_category_label_en', for: 'edge', name: 'category_label_en', type: 'string' },
  { id: 'e_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'e_evidence_quote', for: 'edge', name: 'evidence_quote', type: 'string' },
  { id: 'e_evidence_sentence', for: 'edge', name: 'evidence_sentence', type: 'string' },
  { id: 'e_evidence_en', for: 'edge', name: 'evidence_en', type: 'string' },
  { id: 'e_evidence_text', for: 'edge', name: 'evidence_text', type: 'string' },
  { id: 'e_attributed_to', for: 'edge', name: 'attributed_to', type: 'string' },
  { id: 'e_inferred', for: 'edge', name: 'inferred', type: 'boolean' },
  { id: 'e_note_ar', for: 'edge', name: 'note_ar', type: 'string' },
  { id: 'e_note_en', for: 'edge', name: 'note_en', type: 'string' },
];

/** Several evidence items in one attribute: one per line, in the same order in each. */
export const LIST_SEPARATOR = '\n';

/**
 * GraphML that Gephi, yEd and NetworkX read. NetworkX refuses a graph that mixes
 * `directed="true"` and `directed="false"` edges, so direction is the graph default
 * (directed unless every relation is undirected) plus a boolean `directed` attribute.
 */
export function writeGraphml(index: GraphIndex, selection: ExportSelection, lang: Lang, positions?: Positions): string {
  const { graph } = index;
  const nodes = selectedNodes(index, selection);
  const edges = selectedEdges(index, selection);
  const anyDirected = edges.length === 0 || edges.some((e) => index.relationTypeById.get(e.type)?.directed !== false);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of GRAPHML_KEYS) {
    out.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`);
  }
  out.push(`  <graph id="${escapeXml(graph.id)}" edgedefault="${anyDirected ? 'directed' : 'undirected'}">`);
  out.push(data('g_title_ar', graph.article.title.ar, 4), data('g_title_en', graph.article.title.en, 4));
  if (graph.article.source) out.push(data('g_source', graph.article.source, 4));

  for (const node of nodes) {
    const { label, attributes, position } = nodeRecord(index, node, lang, positions?.get(node.id));
    out.push(`    <node id="${escapeXml(node.id)}">`);
    // The label and type in the export's language for Gephi and yEd, beside the shared attributes.
    const values = { ...attributes, label, type_label: attributes[`type_label_${lang}`], ...(position ? { x: num(position.x), y: num(position.y) } : {}) };
    out.push(...dataFor('node', values), '    </node>');
  }

  const label = (category: string, l: Lang) => categoryLabel(index, category, l);
  for (const edge of edges) {
    const record = edgeRecord(index, edge, lang, label);
    out.push(`    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    const values = { ...record.attributes, label: record.label, category_label: record.attributes[`category_label_${lang}`] };
    out.push(...dataFor('edge', values), '    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** One `<data>` per declared key the element has a value for, in the keys' order. */
function dataFor(kind: 'node' | 'edge', values: Partial<Record<string, AttributeValue>>): string[] {
  return GRAPHML_KEYS.flatMap((key) => {
    const value = key.for === kind ? values[key.name] : undefined;
    if (value === undefined) return [];
    return [data(key.id, Array.isArray(value) ? (value as readonly string[]).join(LIST_SEPARATOR) : String(value))];
  });
}

function data(key: string, value: string, indent = 6): string {
  return `${' '.repeat(indent)}<data key="${key}">${escapeXml(value)}</data>`;
}
