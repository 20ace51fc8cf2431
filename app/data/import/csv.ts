import Papa from 'papaparse';
import type { CsvMapping, CsvTable } from './csv-mapping';
import { ImportError } from './import-error';
import { DEFAULT_RELATION_TYPE, type Attributes, type ImportedEdge, type ImportedGraph, type ImportedNode } from './to-contract';

/**
 * Node and edge lists from spreadsheets: each file is read by papaparse into a table,
 * the user says (in the mapping step) which table holds entities and which relations,
 * and which columns are the id, label, type, source, target and relation. The other
 * columns are kept as attributes under their own names, so this app's own CSV export
 * (label_ar, label_en, relation_ar, evidence_quote, …) comes back with both languages.
 */

/** Column names this app's export writes under another name than the importer reads. */
const RENAMED: Record<string, string> = { node_type: 'type', node_type_label: 'type_label', evidence_sentence_id: 'evidence_sentence', evidence_sentence_en: 'evidence_en' };

export function readCsvTable(text: string, fileName: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '');
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal || columns.length === 0) {
    const detail = fatal ? `${fatal.message} (row ${(fatal.row ?? 0) + 2})` : 'no header row';
    throw new ImportError(`${fileName}: ${detail}`, { key: 'load.importFailed', params: { format: 'CSV', detail } });
  }
  return { fileName, columns, rows: parsed.data };
}

/** A cell this app's CSV export guarded against formula injection (`'=...`) reads back as written. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function attributesOf(row: Record<string, string>, skip: ReadonlySet<string>): Attributes {
  const out: Attributes = {};
  for (const [column, raw] of Object.entries(row)) {
    if (skip.has(column) || raw === undefined || raw === '') continue;
    out[RENAMED[column] ?? column] = unguard(raw);
  }
  return out;
}

export function csvToImported(tables: readonly CsvTable[], mapping: CsvMapping): ImportedGraph {
  const nodes = new Map<string, ImportedNode>();
  const edges: ImportedEdge[] = [];
  tables.forEach((table, i) => {
    if (mapping.roles[i] !== 'nodes') return;
    for (const row of table.rows) {
      const id = (row[mapping.nodeId] ?? '').trim();
      if (!id || nodes.has(id)) continue;
      const attributes = attributesOf(row, new Set([mapping.nodeId, mapping.nodeLabel, mapping.nodeType, 'label', 'type']));
      if (mapping.nodeLabel && row[mapping.nodeLabel]) attributes.label = unguard(row[mapping.nodeLabel]!);
      if (mapping.nodeType && row[mapping.nodeType]) attributes.type = row[mapping.nodeType];
      nodes.set(id, { id, attributes });
    }
  });
  const ids = new Set<string>();
  tables.forEach((table, i) => {
    if (mapping.roles[i] !== 'edges') return;
    table.rows.forEach((row, r) => {
      const source = (row[mapping.source] ?? '').trim();
      const target = (row[mapping.target] ?? '').trim();
      if (!source || !target) return;
      for (const end of [source, target]) if (!nodes.has(end)) nodes.set(end, { id: end, attributes: {} });
      const attributes = attributesOf(row, new Set([mapping.source, mapping.target, mapping.relation, 'id', 'type', 'relation', 'label']));
      attributes.relation = mapping.relation && row[mapping.relation] ? row[mapping.relation] : DEFAULT_RELATION_TYPE.id;
      const direction = (row.type ?? row.Type ?? '').toLowerCase();
      let id = (row.id ?? '').trim() || `e${r + 1}`;
      while (ids.has(id)) id = `${id}-${r + 1}`;
      ids.add(id);
      edges.push({ id, source, target, directed: direction !== 'undirected', attributes });
    });
  });
  const names = tables.map((t) => t.fileName);
  const fileName = names.length === 1 ? names[0]! : names.find((_, i) => mapping.roles[i] === 'edges') ?? names[0] ?? 'graph.csv';
  return { format: 'CSV', fileName, source: `${names.join(', ')} (CSV)`, nodes: [...nodes.values()], edges };
}
