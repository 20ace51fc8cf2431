import type { ElementDefinition } from 'cytoscape';
import { edgePhrase, type GraphIndex } from '../../domain/graph-index';
import type { Lang } from '../../domain/schema';
import { categoryColor, isolateLabel, nodeStyle } from '../../shared/palette';

/**
 * Fresh Cytoscape element definitions for a graph. Cytoscape keeps `data` by reference
 * and writes into it, so nothing from the query cache is handed over.
 */
export function toCyElements(index: GraphIndex, lang: Lang): ElementDefinition[] {
  const { graph } = index;
  const typeOrder = new Map(graph.nodeTypes.map((t, i) => [t.id, i]));
  const out: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const style = nodeStyle(node.type, typeOrder.get(node.type) ?? 0);
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: node.id,
        label: cyLabel(node.label[lang], lang),
        type: node.type,
        color: style.color,
        shape: style.shape,
        degree: index.edgesByNode.get(node.id)?.length ?? 0,
      },
    };
    if (node.position) el.position = { x: node.position.x, y: node.position.y };
    out.push(el);
  }
  for (const edge of graph.edges) {
    const relation = index.relationTypeById.get(edge.type);
    const category = relation?.category ?? 'other';
    out.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        category,
        color: categoryColor(category, index.categories.indexOf(category)),
        label: cyLabel(edgePhrase(index, edge, lang), lang),
        // In a merged corpus: how many articles state it (drawn as the edge's width).
        articles: new Set(edge.evidence.map((e) => e.article)).size,
      },
      classes: `${relation?.directed === false ? 'undirected' : 'directed'}${edge.inferred ? ' inferred' : ''}`,
    });
  }
  return out;
}

export function cyLabel(text: string, lang: Lang): string {
  return isolateLabel(text, lang === 'ar');
}
