/**
 * npm run layout -- <graph.json>: compute positions for a graph once, with fCoSE in
 * headless Cytoscape, and store them in the file, so the shipped graph looks the same
 * on every load and skips layout in the browser. Node boxes include an estimate of
 * their label size so that labels do not collide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { validateGraphText } from '../app/domain/validate.ts';

cytoscape.use(fcose);

const file = process.argv[2] ?? 'graph-data/putin-china-visit.graph.json';
const result = validateGraphText(readFileSync(file, 'utf8'));
if (!result.ok) {
  console.error(`${file} is not valid; run npm run validate first`);
  process.exit(1);
}
const graph = result.graph;

// A seeded random source, so the same file gives the same layout.
let seed = 42;
Math.random = () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

const LABEL_MAX = 130;
const CHAR_W = 6.8;
const LINE_H = 18;
function labelBox(text: string): { w: number; h: number } {
  const w = text.length * CHAR_W;
  const lines = Math.ceil(w / LABEL_MAX);
  return { w: Math.min(w, LABEL_MAX), h: lines * LINE_H };
}

const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  elements: [
    ...graph.nodes.map((n) => {
      const en = labelBox(n.label.en);
      const ar = labelBox(n.label.ar);
      return { group: 'nodes' as const, data: { id: n.id, w: Math.max(40, en.w, ar.w) + 10, h: 30 + Math.max(en.h, ar.h) + 8 } };
    }),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ],
  style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
});

const layout = cy.layout({
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: false,
  // Hubs get longer edges, so the labels of two linked hubs (Russia, China) do not collide.
  idealEdgeLength: (edge: cytoscape.EdgeSingular) => 60 + 2.2 * Math.min(edge.source().degree(false), edge.target().degree(false)),
  nodeRepulsion: () => 12_000,
  edgeElasticity: () => 0.3,
  gravity: 0.4,
  gravityRange: 2.0,
  numIter: 5000,
  nodeSeparation: 40,
  packComponents: true,
  tile: true,
} as cytoscape.LayoutOptions);
layout.run();

const raw = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string; position?: { x: number; y: number } }[] };
for (const node of raw.nodes) {
  const p = cy.getElementById(node.id).position();
  node.position = { x: Math.round(p.x), y: Math.round(p.y) };
}
writeFileSync(file, JSON.stringify(raw, null, 2) + '\n');
const bb = cy.nodes().boundingBox({});
console.log(`${file}: stored positions for ${raw.nodes.length} nodes (bounding box ${Math.round(bb.w)} x ${Math.round(bb.h)})`);
process.exit(0);
