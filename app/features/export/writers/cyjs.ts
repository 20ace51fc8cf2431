import { edgeSentence, type GraphIndex } from '../../../domain/graph-index';
import type { Lang } from '../../../domain/schema';
import { categoryLabel, nodeTypeLabel } from '../../../shared/labels';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';
import type { Positions } from './view-json';

type Scalar = string | number | boolean | string[];
type Data = Record<string, Scalar>;

/**
 * Cytoscape.js JSON as Cytoscape desktop opens it (File > Import > Network from File,
 * `.cyjs`): `name` is the label column, `interaction` the edge type, and every other
 * data field becomes a column. Lists become list columns.
 */
export function writeCyjs(index: GraphIndex, selection: ExportSelection, lang: Lang, positions?: Positions): string {
  const { graph } = index;
  const nodes = selectedNodes(index, selection).map((node) => {
    const data: Data = {
      id: node.id,
      name: node.label[lang],
      shared_name: node.label[lang],
      label_ar: node.label.ar,
      label_en: node.label.en,
      type: node.type,
      type_label: nodeTypeLabel(index, node.type, lang),
      mentions: node.mentions.length,
    };
    if (node.aliases?.ar?.length) data.aliases_ar = [...node.aliases.ar];
    if (node.aliases?.en?.length) data.aliases_en = [...node.aliases.en];
    const position = positions?.get(node.id) ?? node.position;
    return position ? { data, position: { x: position.x, y: position.y } } : { data };
  });
  const edges = selectedEdges(index, selection).map((edge) => {
    const relation = index.relationTypeById.get(edge.type);
    const category = relation?.category ?? '';
    const data: Data = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      // Cytoscape desktop's convention for edge names: "source (interaction) target".
      name: `${edge.source} (${edge.type}) ${edge.target}`,
      shared_name: `${edge.source} (${edge.type}) ${edge.target}`,
      interaction: edge.type,
      shared_interaction: edge.type,
      label: edgeSentence(index, edge, lang),
      relation_ar: relation?.label.ar ?? edge.type,
      relation_en: relation?.label.en ?? edge.type,
      category,
      category_label: categoryLabel(index, category, lang),
      directed: relation?.directed ?? true,
      evidence_quote: edge.evidence.map((e) => e.quote),
      evidence_sentence: edge.evidence.map((e) => e.sentence),
      evidence_en: edge.evidence.map((e) => index.sentenceById.get(e.sentence)?.en ?? ''),
    };
    if (edge.attributedTo !== undefined) data.attributed_to = edge.attributedTo;
    return { data };
  });
  const doc = {
    format_version: '1.0',
    generated_by: 'Article Graph Explorer',
    target_cytoscapejs_version: '~3.0',
    data: {
      name: graph.article.title[lang],
      shared_name: graph.article.title[lang],
      graph_id: graph.id,
      title_ar: graph.article.title.ar,
      title_en: graph.article.title.en,
      source: graph.article.source,
    },
    elements: { nodes, edges },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
