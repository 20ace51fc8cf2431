import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import type { GraphEdge, GraphNode, Lang } from '../../domain/schema';
import { categoryColor, isolateLabel, nodeStyle } from '../../shared/palette';

/**
 * Fresh Cytoscape element definitions for a graph. Cytoscape keeps `data` by reference
 * and writes into it, so nothing from the query cache is handed over.
 */
export function toCyElements(index: GraphIndex, lang: Lang): ElementDefinition[] {
  const { graph } = index;
  const out: ElementDefinition[] = [];
  for (const node of graph.nodes) out.push(nodeElement(index, node, lang));
  for (const edge of graph.edges) out.push(edgeElement(index, edge, lang));
  return out;
}

const typeOrders = new WeakMap<GraphIndex, Map<string, number>>();

export function nodeElement(index: GraphIndex, node: GraphNode, lang: Lang): ElementDefinition {
  let typeOrder = typeOrders.get(index);
  if (!typeOrder) typeOrders.set(index, (typeOrder = new Map(index.graph.nodeTypes.map((t, i) => [t.id, i]))));
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
  return el;
}

export function edgeElement(index: GraphIndex, edge: GraphEdge, lang: Lang): ElementDefinition {
  const relation = index.relationTypeById.get(edge.type);
  const category = relation?.category ?? 'other';
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      category,
      color: categoryColor(category, index.categories.indexOf(category)),
      label: cyLabel(relation?.label[lang] ?? edge.type, lang),
    },
    classes: `${relation?.directed === false ? 'undirected' : 'directed'}${edge.inferred ? ' inferred' : ''}`,
  };
}

export function cyLabel(text: string, lang: Lang): string {
  return isolateLabel(text, lang === 'ar');
}
