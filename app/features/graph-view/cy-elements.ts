import type { ElementDefinition } from 'cytoscape';
import { edgePhrase, type GraphIndex } from '../../domain/graph-index';
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
  const style = nodeStyle(node.type, typeOrder.get(node.type) ?? 0, index.ownColor.nodeType.get(node.type));
  const degree = index.edgesByNode.get(node.id)?.length ?? 0;
  const el: ElementDefinition = {
    group: 'nodes',
    data: {
      id: node.id,
      label: cyLabel(node.label[lang], lang),
      type: node.type,
      color: style.color,
      shape: style.shape,
      degree,
      size: nodeSize(degree),
      // The label's font size in model units; the label plan raises it when zoomed out.
      labelPx: labelSize(degree),
      labelWidth: labelSize(degree) * LABEL_WIDTH_EMS,
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
      color: categoryColor(category, index.categories.indexOf(category), index.ownColor.category.get(category)),
      label: cyLabel(edgePhrase(index, edge, lang), lang),
      // In a merged corpus: how many articles state it (drawn as the edge's width).
      articles: new Set(edge.evidence.map((e) => e.article)).size,
      labelPx: EDGE_LABEL_PX,
    },
    classes: `${relation?.directed === false ? 'undirected' : 'directed'}${edge.inferred ? ' inferred' : ''}`,
  };
}

/** Hubs are drawn larger, with larger labels: the eye finds the main actors first. */
function byDegree(degree: number, min: number, max: number): number {
  const t = (Math.min(24, Math.max(1, degree)) - 1) / 23;
  return min + t * (max - min);
}

/** A relation label's font size in model units at zoom 1 (the label plan raises it when zoomed out). */
export const EDGE_LABEL_PX = 12;

/** How wide a label may grow before it wraps, in multiples of its font size. */
export const LABEL_WIDTH_EMS = 8.5;

export function nodeSize(degree: number): number {
  return byDegree(degree, 22, 50);
}

export function labelSize(degree: number): number {
  return byDegree(degree, 13, 21);
}

export function cyLabel(text: string, lang: Lang): string {
  return isolateLabel(text, lang === 'ar');
}
