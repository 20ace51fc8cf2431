import type { GraphIndex } from '../../../domain/graph-index';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeRecord, nodeRecord, type AttributeSpec, type AttributeValue } from '../../../domain/interop/records';
import type { Lang } from '../../../domain/schema';
import { categoryLabel } from '../../../shared/labels';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';
import { escapeXml, num } from './escape';
import type { Positions } from './view-json';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

const GEXF_TYPE: Record<AttributeSpec['type'], string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean', list: 'liststring' };

/** A GEXF `liststring`: `["a","b"]`, which graphology-gexf and Python's literal_eval both read. */
export function gexfList(items: readonly string[]): string {
  return JSON.stringify(items);
}

/** An `xsd:token` (labels): GEXF collapses whitespace there, so the writer does it first. */
export function gexfToken(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * GEXF 1.3, valid against the official schema (https://gexf.net/1.3/gexf.rnc): no
 * `xsi:schemaLocation` (the RelaxNG grammar has no such attribute) and the elements in
 * the order the grammar fixes. Labels are whitespace-collapsed tokens in the export's
 * language; everything else, evidence words and sentences included, sits in typed
 * attribute values, which keep their text as it is. Direction is the graph default
 * (NetworkX refuses a graph with both kinds of edge) plus a boolean `directed`.
 */
export function writeGexf(index: GraphIndex, selection: ExportSelection, lang: Lang, positions?: Positions, date = new Date()): string {
  const { graph } = index;
  const nodes = selectedNodes(index, selection);
  const edges = selectedEdges(index, selection);
  const anyDirected = edges.length === 0 || edges.some((e) => index.relationTypeById.get(e.type)?.directed !== false);
  const label = (category: string, l: Lang) => categoryLabel(index, category, l);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`,
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}">`,
    '    <creator>Article Graph Explorer</creator>',
    `    <keywords>${escapeXml(graph.id)}</keywords>`,
    // Two lines: the Arabic title, then the English one (the importer reads them back).
    `    <description>${escapeXml(`${graph.article.title.ar}\n${graph.article.title.en}`)}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${anyDirected ? 'directed' : 'undirected'}">`,
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${nodes.length}">`,
  ];
  for (const node of nodes) {
    const record = nodeRecord(index, node, lang, positions?.get(node.id));
    out.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(gexfToken(record.label))}">`);
    out.push(...attvalues(record.attributes));
    if (record.position) out.push(`        <viz:position x="${num(record.position.x)}" y="${num(-record.position.y)}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', `    <edges count="${edges.length}">`);
  for (const edge of edges) {
    const record = edgeRecord(index, edge, lang, label);
    out.push(`      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(gexfToken(record.label))}">`);
    out.push(...attvalues(record.attributes), '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function declarations(kind: 'node' | 'edge', specs: readonly AttributeSpec[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...specs.map((s) => `      <attribute id="${s.name}" title="${s.name}" type="${GEXF_TYPE[s.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(attributes: Partial<Record<string, AttributeValue>>): string[] {
  const rows = Object.entries(attributes).flatMap(([name, value]) =>
    value === undefined ? [] : [`          <attvalue for="${name}" value="${escapeAttribute(formatValue(value))}"/>`],
  );
  return rows.length ? ['        <attvalues>', ...rows, '        </attvalues>'] : [];
}

/** An attribute value keeps its line breaks and tabs only as character references (XML normalises them to spaces). */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatValue(value: AttributeValue): string {
  if (Array.isArray(value)) return gexfList(value as readonly string[]);
  return String(value);
}
