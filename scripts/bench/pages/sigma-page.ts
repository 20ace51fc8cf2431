/**
 * The sigma baseline (Gephi Lite's renderer, WebGL; software WebGL on these machines):
 * graphology + sigma with the same graph and positions, default settings, labels off
 * as the app's large graphs draw none until zoomed in. The peer to beat on 5k and 20k.
 */
import './page.css';
import Graph from 'graphology';
import Sigma from 'sigma';
import { categoryColor, nodeStyle } from '../../../app/shared/palette.ts';
import { afterTwoFrames, loadBaselineGraph, positionOf, wheelZoom } from './baseline-graph.ts';

async function main() {
  const data = await loadBaselineGraph();
  const typeOrder = new Map(data.nodeTypes.map((t, i) => [t.id, i]));
  const relations = new Map(data.relationTypes.map((r) => [r.id, r]));
  const categories = [...new Set(data.relationTypes.map((r) => r.category))];
  const graph = new Graph({ multi: true, type: 'mixed' });
  data.nodes.forEach((node, i) => {
    const { x, y } = positionOf(node, i);
    // sigma's y axis points up; flip it so the picture matches Cytoscape's.
    graph.addNode(node.id, { x, y: -y, size: 3, color: nodeStyle(node.type, typeOrder.get(node.type) ?? 0).color, label: node.label.en });
  });
  for (const edge of data.edges) {
    const category = relations.get(edge.type)?.category ?? 'other';
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { type: 'line', size: 1, color: categoryColor(category, categories.indexOf(category)), relation: edge.type });
  }
  const renderer = new Sigma(graph, document.getElementById('stage')!, { renderLabels: false, renderEdgeLabels: false });
  const firstPaint = await afterTwoFrames();
  const nextRender = () => new Promise<number>((resolve) => renderer.once('afterRender', () => resolve(performance.now())));
  window.__baseline = {
    firstPaint,
    async filter(typeId) {
      const t0 = performance.now();
      const drawn = nextRender();
      // One update event for all edges, as sigma's docs advise for bulk changes.
      graph.updateEachEdgeAttributes((_edge, attributes) => (attributes.relation === typeId ? { ...attributes, hidden: true } : attributes));
      return (await drawn) - t0;
    },
    async select(id) {
      const t0 = performance.now();
      const drawn = nextRender();
      graph.setNodeAttribute(id, 'highlighted', true);
      graph.forEachEdge(id, (edge) => graph.setEdgeAttribute(edge, 'size', 2));
      return (await drawn) - t0;
    },
    async zoom(ms) {
      // The view goes back to where it was, as on the other pages.
      const camera = renderer.getCamera();
      const before = camera.getState();
      const frames = await wheelZoom(document.getElementById('stage')!, ms);
      camera.setState(before);
      await afterTwoFrames();
      return frames;
    },
  };
}

void main();
