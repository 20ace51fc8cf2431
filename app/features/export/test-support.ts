import { indexGraph, type GraphIndex } from '../../domain/graph-index';
import type { Graph, Lang } from '../../domain/schema';
import type { GraphSnapshot } from '../../shared/graph-handle';
import { translate, type Translate } from '../../shared/i18n/translate';
import { categoryColor, isolateLabel, nodeStyle } from '../../shared/palette';
import type { ExportSelection } from './scope';

/** Shared by the writers' tests: a selection of everything and a canvas snapshot. */

export const XSS = '<img src=x onerror=alert(1)>';

export function everything(index: GraphIndex): ExportSelection {
  return { nodes: new Set(index.graph.nodes.map((n) => n.id)), edges: new Set(index.graph.edges.map((e) => e.id)) };
}

export function tFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** What graph-view's handle would report for `graph` laid out on a grid. */
export function fakeSnapshot(graph: Graph, lang: Lang): GraphSnapshot {
  const index = indexGraph(graph);
  const at = new Map(graph.nodes.map((n, i) => [n.id, { x: (i % 2) * 240, y: Math.floor(i / 2) * 180 }]));
  const nodes = graph.nodes.map((n, i) => ({
    id: n.id,
    label: isolateLabel(n.label[lang], lang === 'ar'),
    type: n.type,
    ...(at.get(n.id) ?? { x: 0, y: 0 }),
    width: 30,
    height: 30,
    color: nodeStyle(n.type, i).color,
    shape: nodeStyle(n.type, i).shape,
    faded: false,
  }));
  const edges = graph.edges.map((e, i) => {
    const relation = index.relationTypeById.get(e.type);
    const a = at.get(e.source) ?? { x: 0, y: 0 };
    const b = at.get(e.target) ?? { x: 0, y: 0 };
    // Every other edge curved, as parallel edges are on the canvas.
    const middle = i % 2 === 1 ? [{ x: (a.x + b.x) / 2 + 20, y: (a.y + b.y) / 2 - 20 }] : [];
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      label: isolateLabel(relation?.label[lang] ?? e.type, lang === 'ar'),
      category: relation?.category ?? '',
      color: categoryColor(relation?.category ?? ''),
      directed: relation?.directed ?? true,
      points: [a, ...middle, b],
    };
  });
  return { nodes, edges, bounds: { x1: -40, y1: -40, x2: 280, y2: 400 }, textColor: '#1d232b', background: '#ffffff', fontSize: 15 };
}
