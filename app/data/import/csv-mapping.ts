/**
 * The column-mapping step's model, apart from the CSV reader so the dialog can use it
 * without loading papaparse.
 */

export interface CsvTable {
  fileName: string;
  columns: string[];
  rows: Record<string, string>[];
}

export type TableRole = 'nodes' | 'edges';

export interface CsvMapping {
  /** Role of each table, by index in the list given to `csvToImported`. */
  roles: TableRole[];
  nodeId: string;
  nodeLabel: string;
  nodeType: string;
  source: string;
  target: string;
  relation: string;
}

function pick(columns: readonly string[], names: readonly string[]): string {
  for (const name of names) {
    const hit = columns.find((c) => c.toLowerCase() === name.toLowerCase());
    if (hit) return hit;
  }
  return '';
}

const SOURCE = ['source', 'from', 'start', 'src', ':START_ID', 'المصدر', 'من'];
const TARGET = ['target', 'to', 'end', 'dst', ':END_ID', 'الهدف', 'إلى'];

/** A first guess the user confirms or changes: a table with source and target columns holds relations. */
export function guessMapping(tables: readonly CsvTable[]): CsvMapping {
  const roles = tables.map((t): TableRole => (pick(t.columns, SOURCE) && pick(t.columns, TARGET) ? 'edges' : 'nodes'));
  if (roles.length > 0 && !roles.includes('edges') && tables.length > 1) roles[roles.length - 1] = 'edges';
  const nodes = tables.find((_, i) => roles[i] === 'nodes')?.columns ?? [];
  const edges = tables.find((_, i) => roles[i] === 'edges')?.columns ?? [];
  return {
    roles,
    nodeId: pick(nodes, ['id', 'node', 'name', 'label', 'المعرف']) || (nodes[0] ?? ''),
    nodeLabel: pick(nodes, ['label', 'name', 'title', 'الاسم']),
    nodeType: pick(nodes, ['node_type', 'type', 'category', 'kind', 'النوع']),
    source: pick(edges, SOURCE) || (edges[0] ?? ''),
    target: pick(edges, TARGET) || (edges[1] ?? ''),
    relation: pick(edges, ['relation', 'relationship', 'label', 'kind', 'العلاقة']),
  };
}

/** What the mapping still lacks, as column roles; empty when it can be applied. */
export function mappingGaps(tables: readonly CsvTable[], mapping: CsvMapping): ('nodeId' | 'source' | 'target' | 'tables')[] {
  const gaps: ('nodeId' | 'source' | 'target' | 'tables')[] = [];
  const hasNodes = mapping.roles.includes('nodes');
  const hasEdges = mapping.roles.includes('edges');
  if (!hasNodes && !hasEdges) gaps.push('tables');
  if (hasNodes && !mapping.nodeId) gaps.push('nodeId');
  if (hasEdges && !mapping.source) gaps.push('source');
  if (hasEdges && (!mapping.target || mapping.target === mapping.source)) gaps.push('target');
  if (tables.length === 0) gaps.push('tables');
  return gaps;
}

