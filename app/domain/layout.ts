import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * A deterministic Barnes-Hut force layout (d3-force, whose random source is seeded),
 * used in a Web Worker for graphs without stored positions and by
 * scripts/layout-graph.ts to store positions in the shipped graph: the same input
 * always gives the same picture.
 */

export interface LayoutInput {
  nodes: { id: string; size?: number }[];
  edges: { source: string; target: string }[];
}

export interface LayoutOptions {
  /** Called every `progressEvery` ticks with the fraction done; return false to stop. */
  onProgress?: (fraction: number) => boolean | void;
  progressEvery?: number;
  iterations?: number;
  /** Spacing between linked nodes, in canvas pixels. */
  linkDistance?: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

export type Positions = Record<string, { x: number; y: number }>;

export function defaultIterations(nodeCount: number): number {
  if (nodeCount > 10_000) return 120;
  if (nodeCount > 2_000) return 200;
  return 300;
}

export function forceLayout(input: LayoutInput, options: LayoutOptions = {}): Positions | null {
  const n = input.nodes.length;
  const iterations = options.iterations ?? defaultIterations(n);
  const linkDistance = options.linkDistance ?? (n > 2000 ? 40 : 120);
  // Start on a phyllotaxis spiral (d3's own default) so runs are reproducible.
  const nodes: SimNode[] = input.nodes.map((node, i) => {
    const radius = linkDistance * 0.5 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    return { id: node.id, r: node.size ?? (n > 2000 ? 8 : 40), x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const known = new Set(nodes.map((node) => node.id));
  const links = input.edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target }));

  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(links).id((d) => d.id).distance(linkDistance).strength(0.6))
    .force('charge', forceManyBody<SimNode>().strength(n > 2000 ? -60 : -900).theta(0.9).distanceMax(n > 2000 ? 600 : 2000))
    .force('collide', forceCollide<SimNode>((d) => d.r).iterations(n > 2000 ? 1 : 2))
    .force('x', forceX<SimNode>(0).strength(n > 2000 ? 0.03 : 0.06))
    .force('y', forceY<SimNode>(0).strength(n > 2000 ? 0.03 : 0.06))
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .stop();

  const every = options.progressEvery ?? 10;
  for (let i = 0; i < iterations; i++) {
    simulation.tick();
    if (options.onProgress && (i + 1) % every === 0) {
      if (options.onProgress((i + 1) / iterations) === false) return null;
    }
  }
  const out: Positions = {};
  for (const node of nodes) out[node.id] = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
  return out;
}
