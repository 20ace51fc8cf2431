/**
 * The bare Cytoscape baseline: the app's own stylesheet, label font and element data,
 * Cytoscape's default options and preset positions, and nothing else (no React, no
 * store, no validation, no index, no slicing). What the app costs beyond it is the
 * app's own overhead.
 */
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/latin-400.css';
import './page.css';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { cyStyle } from '../../../app/features/graph-view/cy-style.ts';
import { categoryColor, isolateLabel, nodeStyle } from '../../../app/shared/palette.ts';
import { afterTwoFrames, loadBaselineGraph, positionOf, wheelZoom, type BaselineGraph } from './baseline-graph.ts';

/** Same threshold as the app's (use-cy-instance.ts): large graphs get the cheap stylesheet. */
const LARGE_GRAPH = 1500;

function elementsOf(graph: BaselineGraph): ElementDefinition[] {
  const typeOrder = new Map(graph.nodeTypes.map((t, i) => [t.id, i]));
  const relations = new Map(graph.relationTypes.map((r) => [r.id, r]));
  const categories = [...new Set(graph.relationTypes.map((r) => r.category))];
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const out: ElementDefinition[] = graph.nodes.map((node, i) => {
    const style = nodeStyle(node.type, typeOrder.get(node.type) ?? 0);
    return {
      group: 'nodes',
      data: { id: node.id, label: isolateLabel(node.label.en, false), color: style.color, shape: style.shape, degree: degree.get(node.id) ?? 0 },
      position: positionOf(node, i),
    };
  });
  for (const edge of graph.edges) {
    const relation = relations.get(edge.type);
    const category = relation?.category ?? 'other';
    out.push({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, color: categoryColor(category, categories.indexOf(category)), label: isolateLabel(relation?.label.en ?? edge.type, false) },
      classes: relation?.directed === false ? 'undirected' : 'directed',
    });
  }
  return out;
}

/** Resolves with the time of the next frame Cytoscape draws. */
function nextRender(cy: cytoscape.Core): Promise<number> {
  return new Promise((resolve) => cy.one('render', () => resolve(performance.now())));
}

async function main() {
  const [graph] = await Promise.all([
    loadBaselineGraph(),
    document.fonts.load('16px "Noto Sans Arabic"', 'عربي').catch(() => undefined),
  ]);
  const container = document.getElementById('stage')!;
  const cy = cytoscape({
    container,
    elements: elementsOf(graph),
    style: cyStyle({ dark: false }, graph.nodes.length > LARGE_GRAPH),
    layout: { name: 'preset', fit: true, padding: 40 },
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  window.cy = cy;
  const firstPaint = await afterTwoFrames();
  window.__baseline = {
    firstPaint,
    async filter(typeId) {
      const t0 = performance.now();
      const drawn = nextRender(cy);
      cy.batch(() => cy.edges().filter((e) => e.data('type') === typeId).addClass('hidden'));
      return (await drawn) - t0;
    },
    async select(id) {
      const t0 = performance.now();
      const drawn = nextRender(cy);
      const node = cy.getElementById(id);
      cy.batch(() => {
        node.addClass('selected');
        node.connectedEdges().addClass('highlighted');
      });
      return (await drawn) - t0;
    },
    async zoom(ms) {
      // The view goes back to where it was, so the figures after the zoom see the same view
      // however far the gesture got (a faster page takes more of its wheel events).
      const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      const frames = await wheelZoom(document.getElementById('stage')!, ms);
      cy.viewport(before);
      await afterTwoFrames();
      return frames;
    },
  };
}

void main();
