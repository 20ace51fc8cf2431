/**
 * Stored layout positions for a graph: fCoSE once in headless Cytoscape, with node
 * boxes that include an estimate of their label size so that labels do not collide.
 * `npm run graph:build` calls `layoutPositions` for graphs that have no positions;
 * `npm run graph:layout -- <graph.json>` stores positions in a graph file written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph } from '../../app/domain/schema.ts';
import { serializeGraph } from '../../app/domain/serialize.ts';
import { validateGraphText } from '../../app/domain/validate.ts';
import { commandLine, wrongUsage } from './args.ts';

cytoscape.use(fcose);

const LABEL_MAX = 130;
const CHAR_W = 6.8;
const LINE_H = 18;
function labelBox(text: string): { w: number; h: number } {
  const w = text.length * CHAR_W;
  const lines = Math.ceil(w / LABEL_MAX);
  return { w: Math.min(w, LABEL_MAX), h: lines * LINE_H };
}

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
}

/**
 * Deterministic: the same graph gives the same positions (fCoSE's randomness is seeded).
 * Nodes that already have a position keep it exactly (fCoSE's fixed-node constraint)
 * when `keepPositions` is set and some nodes have one, so adding an entity to a laid-out
 * graph places the newcomer without moving the rest.
 */
export function layoutPositions(graph: Pick<Graph, 'nodes' | 'edges'>, keepPositions = false): LayoutResult {
  const fixed = keepPositions ? graph.nodes.filter((n) => n.position !== undefined).map((n) => ({ nodeId: n.id, position: n.position! })) : [];
  const random = Math.random;
  let seed = 42;
  Math.random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  try {
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
    cy.layout({
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
      ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
    } as cytoscape.LayoutOptions).run();
    const positions = new Map<string, { x: number; y: number }>();
    for (const node of graph.nodes) {
      const p = cy.getElementById(node.id).position();
      positions.set(node.id, { x: Math.round(p.x), y: Math.round(p.y) });
    }
    const bb = cy.nodes().boundingBox({});
    return { positions, width: Math.round(bb.w), height: Math.round(bb.h) };
  } finally {
    Math.random = random;
  }
}

function main(file: string): void {
  const text = readFileSync(file, 'utf8');
  const result = validateGraphText(text);
  if (!result.ok) {
    console.error(`${file} is not valid; run npm run validate first`);
    process.exit(1);
  }
  const { positions, width, height } = layoutPositions(result.graph);
  // The file as read (keys the contract does not know included), with the positions added.
  const raw = JSON.parse(text) as Graph;
  for (const node of raw.nodes) {
    const p = positions.get(node.id);
    if (p) node.position = p;
  }
  writeFileSync(file, serializeGraph(raw));
  console.log(`${file}: stored positions for ${raw.nodes.length} nodes (bounding box ${width} x ${height})`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const USAGE = 'npm run graph:layout -- <graph.json>';
  const { positionals } = commandLine(USAGE, { allowPositionals: true, options: {} });
  if (positionals.length !== 1) wrongUsage(USAGE, 'one graph file');
  main(positionals[0]!);
  // Cytoscape leaves timers behind in Node; without an explicit exit the process never ends.
  process.exit(0);
}
