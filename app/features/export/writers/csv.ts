import { edgeSentence, type GraphIndex } from '../../../domain/graph-index';
import type { Lang } from '../../../domain/schema';
import { categoryLabel, nodeTypeLabel } from '../../../shared/labels';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';
import type { Positions } from './view-json';

/** Excel reads UTF-8 (and so Arabic) only when the file starts with a byte-order mark. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Several evidence items in one cell: one per line, in the same order in each column. */
const LIST_SEPARATOR = '\n';

type Cell = string | number | boolean | null | undefined;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR at the start: labels come from user files) is prefixed with an apostrophe, as
 * OWASP advises; numbers are written as numbers.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

/**
 * nodes.csv and edges.csv. Column names `id`, `label`, `source`, `target` and `type`
 * (Directed / Undirected) are the ones Gephi's spreadsheet import recognises.
 */
export function writeCsv(index: GraphIndex, selection: ExportSelection, lang: Lang, positions?: Positions): { nodes: string; edges: string } {
  const nodes = csvTable(
    ['id', 'label', 'label_ar', 'label_en', 'node_type', 'node_type_label', 'aliases_ar', 'aliases_en', 'mentions', 'x', 'y'],
    selectedNodes(index, selection).map((node) => {
      const position = positions?.get(node.id) ?? node.position;
      return [
        node.id,
        node.label[lang],
        node.label.ar,
        node.label.en,
        node.type,
        nodeTypeLabel(index, node.type, lang),
        node.aliases?.ar?.join(LIST_SEPARATOR),
        node.aliases?.en?.join(LIST_SEPARATOR),
        node.mentions.length,
        position ? Math.round(position.x * 100) / 100 : undefined,
        position ? Math.round(position.y * 100) / 100 : undefined,
      ];
    }),
  );
  const edges = csvTable(
    [
      'id',
      'source',
      'target',
      'type',
      'label',
      'relation',
      'relation_ar',
      'relation_en',
      'category',
      'category_label',
      'attributed_to',
      'evidence_quote',
      'evidence_sentence_id',
      'evidence_sentence_en',
      'evidence_text',
      'inferred',
      // A merged corpus names the article of each quote.
      ...(index.graph.articles ? ['evidence_article', 'evidence_article_title'] : []),
    ],
    selectedEdges(index, selection).map((edge) => {
      const relation = index.relationTypeById.get(edge.type);
      const category = relation?.category ?? '';
      return [
        edge.id,
        edge.source,
        edge.target,
        relation?.directed === false ? 'Undirected' : 'Directed',
        edgeSentence(index, edge, lang),
        edge.type,
        relation?.label.ar ?? edge.type,
        relation?.label.en ?? edge.type,
        category,
        categoryLabel(index, category, lang),
        edge.attributedTo,
        edge.evidence.map((e) => e.quote).join(LIST_SEPARATOR),
        edge.evidence.map((e) => e.sentence).join(LIST_SEPARATOR),
        edge.evidence.map((e) => index.sentenceById.get(e.sentence)?.en ?? '').join(LIST_SEPARATOR),
        edge.evidence.map((e) => index.sentenceById.get(e.sentence)?.text ?? '').join(LIST_SEPARATOR),
        edge.inferred ? true : undefined,
        ...(index.graph.articles
          ? [
              edge.evidence.map((e) => e.article ?? '').join(LIST_SEPARATOR),
              edge.evidence.map((e) => index.graph.articles?.find((a) => a.id === e.article)?.title[lang] ?? '').join(LIST_SEPARATOR),
            ]
          : []),
      ];
    }),
  );
  return { nodes, edges };
}
