import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * A deterministic Barnes-Hut force layout, run in a Web Worker for graphs without
 * stored positions: the same input always gives the same picture.
 *
 * The simulation loop, the link springs and the centring forces are d3-force's (its
 * random source is seeded). The two costly forces are our own, on typed arrays, with
 * d3's semantics: the many-body repulsion is Barnes-Hut over a flat quadtree rebuilt each
 * tick (d3's object quadtree and visitor callbacks cost several times more) that also
 * skips cells lying wholly beyond distanceMax, and collision finds neighbours in a hashed
 * uniform grid instead of a second quadtree. Measured on the 2-core machine with
 * scripts/generate-graph.ts graphs (~2 edges a node): 5,000 nodes / 10,000 edges take
 * ~2 s of CPU in Node and 2-3 s in Chromium's worker (d3's forces: ~9-12 s); 20,000 / 40,000
 * ~8 s of CPU and 5-8 s in the worker.
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

/** Above this many nodes the layout packs nodes tighter and uses cheaper settings (the canvas has its own sizes, in features/graph-view/thresholds.ts). */
const COARSE_LAYOUT_NODES = 2000;

export function defaultIterations(nodeCount: number): number {
  if (nodeCount > 10_000) return 120;
  if (nodeCount > COARSE_LAYOUT_NODES) return 200;
  return 300;
}

/**
 * Barnes-Hut accuracy: d3's 0.9 for small graphs; 1.2 (ForceAtlas2's default) up to
 * 10,000 nodes, a third fewer cell visits with the same picture; 1.0 above, where 1.2
 * packed the densest clusters too tightly for the collision force to separate (~3% of
 * 20,000 nodes overlapping, against none at 1.0).
 */
function theta(nodeCount: number): number {
  if (nodeCount > 10_000) return 1.0;
  if (nodeCount > COARSE_LAYOUT_NODES) return 1.2;
  return 0.9;
}

export function forceLayout(input: LayoutInput, options: LayoutOptions = {}): Positions | null {
  const n = input.nodes.length;
  const large = n > COARSE_LAYOUT_NODES;
  const requested = options.iterations ?? defaultIterations(n);
  const iterations = Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : defaultIterations(n);
  const linkDistance = options.linkDistance ?? (large ? 40 : 120);
  // Start on a phyllotaxis spiral (d3's own default) so runs are reproducible.
  const nodes: SimNode[] = input.nodes.map((node, i) => {
    const radius = linkDistance * 0.5 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    const r = node.size !== undefined && Number.isFinite(node.size) && node.size >= 0 ? node.size : large ? 8 : 40;
    return { id: node.id, r, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const known = new Set(nodes.map((node) => node.id));
  const links = input.edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target }));

  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(links).id((d) => d.id).distance(linkDistance).strength(0.6))
    .force('charge', manyBody(large ? -60 : -900, theta(n), large ? 600 : 2000))
    .force('collide', collide(large ? 1 : 2))
    .force('x', forceX<SimNode>(0).strength(large ? 0.03 : 0.06))
    .force('y', forceY<SimNode>(0).strength(large ? 0.03 : 0.06))
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .stop();

  const every = Math.max(1, Math.floor(options.progressEvery ?? 10));
  for (let i = 0; i < iterations; i++) {
    simulation.tick();
    if (options.onProgress && (i + 1) % every === 0) {
      if (options.onProgress((i + 1) / iterations) === false) return null;
    }
  }
  const out: Positions = {};
  for (const node of nodes) {
    const x = Math.round(node.x ?? 0);
    const y = Math.round(node.y ?? 0);
    out[node.id] = { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 };
  }
  return out;
}

/** A d3 force: called once per tick with alpha; initialize receives the nodes and d3's seeded random. */
interface CustomForce {
  (alpha: number): void;
  initialize: (nodes: SimNode[], random: () => number) => void;
}

/** d3's jiggle: a tiny random offset that separates coincident nodes. */
function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}

/**
 * forceManyBody with d3's semantics (strength per node, Barnes-Hut criterion
 * `cellWidth² / theta² < distance²`, distanceMin 1, distanceMax), over a quadtree kept
 * in typed arrays and rebuilt every tick.
 */
function manyBody(strength: number, theta: number, distanceMax: number): CustomForce {
  let nodes: SimNode[] = [];
  let random: () => number = Math.random;
  const theta2 = theta * theta;
  const distanceMax2 = distanceMax * distanceMax;
  const distanceMin2 = 1;
  const MAX_DEPTH = 48;
  // Per cell, interleaved for cache locality: left, top, width, mass, centre x, centre y, depth.
  const STRIDE = 8;
  const X0 = 0;
  const Y0 = 1;
  const SIZE = 2;
  const MASS = 3;
  const CX = 4;
  const CY = 5;
  const DEPTH = 6;

  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let next = new Int32Array(0);
  let cell = new Float64Array(0);
  // 4 child slots per cell: -1 empty, >= 0 a cell, <= -2 the head `-(i + 2)` of a chain of points.
  let child = new Int32Array(0);
  let cells = 0;
  let capacity = 0;
  let stack = new Int32Array(0);

  function grow(to: number) {
    const c = new Float64Array(to * STRIDE);
    c.set(cell.subarray(0, Math.min(cell.length, to * STRIDE)));
    cell = c;
    const k = new Int32Array(to * 4).fill(-1);
    k.set(child.subarray(0, Math.min(child.length, to * 4)));
    child = k;
    capacity = to;
  }

  function newCell(x0: number, y0: number, size: number, depth: number): number {
    if (cells >= capacity) grow(Math.max(16, capacity * 2));
    const c = cells++;
    const o = c * STRIDE;
    cell[o + X0] = x0;
    cell[o + Y0] = y0;
    cell[o + SIZE] = size;
    cell[o + DEPTH] = depth;
    child.fill(-1, c * 4, c * 4 + 4);
    return c;
  }

  function insert(i: number) {
    let c = 0;
    const x = px[i]!;
    const y = py[i]!;
    for (;;) {
      const o = c * STRIDE;
      const half = cell[o + SIZE]! / 2;
      const right = x >= cell[o + X0]! + half ? 1 : 0;
      const bottom = y >= cell[o + Y0]! + half ? 1 : 0;
      const slot = c * 4 + right + bottom * 2;
      const occupant = child[slot]!;
      if (occupant === -1) {
        child[slot] = -(i + 2);
        next[i] = -1;
        return;
      }
      if (occupant >= 0) {
        c = occupant;
        continue;
      }
      const j = -occupant - 2;
      if ((px[j] === x && py[j] === y) || cell[o + DEPTH]! >= MAX_DEPTH) {
        // Coincident (or too deep): chain the points in one leaf.
        next[i] = j;
        child[slot] = -(i + 2);
        return;
      }
      // Split: the occupant moves into a new child cell, then try again there.
      const sub = newCell(cell[o + X0]! + right * half, cell[o + Y0]! + bottom * half, half, cell[o + DEPTH]! + 1);
      const so = sub * STRIDE;
      const jr = px[j]! >= cell[so + X0]! + half / 2 ? 1 : 0;
      const jb = py[j]! >= cell[so + Y0]! + half / 2 ? 1 : 0;
      child[sub * 4 + jr + jb * 2] = occupant;
      child[slot] = sub;
      c = sub;
    }
  }

  function manyBodyForce(alpha: number) {
    const n = nodes.length;
    if (n < 2) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const x = node.x!;
      const y = node.y!;
      px[i] = x;
      py[i] = y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (!Number.isFinite(x0 + x1 + y0 + y1)) return;
    // A square root cell, a little larger than the extent so every point falls inside.
    cells = 0;
    newCell(x0, y0, Math.max(x1 - x0, y1 - y0, 1) * 1.0001 + 1e-9, 0);
    for (let i = 0; i < n; i++) insert(i);

    // Masses and centres of mass, children before parents (children have larger indices).
    // Centres are weighted by |strength| as in d3 (one strength for all nodes here).
    const s = strength;
    const w = Math.abs(s);
    for (let c = cells - 1; c >= 0; c--) {
      let mass = 0;
      let weight = 0;
      let sx = 0;
      let sy = 0;
      for (let k = 0; k < 4; k++) {
        const slot = child[c * 4 + k]!;
        if (slot === -1) continue;
        if (slot >= 0) {
          const so = slot * STRIDE;
          const cw = Math.abs(cell[so + MASS]!);
          mass += cell[so + MASS]!;
          weight += cw;
          sx += cell[so + CX]! * cw;
          sy += cell[so + CY]! * cw;
        } else {
          for (let p = -slot - 2; p !== -1; p = next[p]!) {
            mass += s;
            weight += w;
            sx += px[p]! * w;
            sy += py[p]! * w;
          }
        }
      }
      const o = c * STRIDE;
      cell[o + MASS] = mass;
      cell[o + CX] = weight > 0 ? sx / weight : cell[o + X0]! + cell[o + SIZE]! / 2;
      cell[o + CY] = weight > 0 ? sy / weight : cell[o + Y0]! + cell[o + SIZE]! / 2;
    }

    if (stack.length < cells * 3 + 8) stack = new Int32Array(cells * 3 + 8);
    for (let i = 0; i < n; i++) {
      const xi = px[i]!;
      const yi = py[i]!;
      let vx = 0;
      let vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const o = c * STRIDE;
        let dx = cell[o + CX]! - xi;
        let dy = cell[o + CY]! - yi;
        let l = dx * dx + dy * dy;
        const width = cell[o + SIZE]!;
        if ((width * width) / theta2 < l) {
          if (l < distanceMax2) {
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            const f = (cell[o + MASS]! * alpha) / l;
            vx += dx * f;
            vy += dy * f;
          }
          continue;
        }
        // Too close to approximate: open the cell, unless all of it lies beyond distanceMax
        // (then d3 would skip every point and sub-cell in it too).
        const left = cell[o + X0]!;
        const topEdge = cell[o + Y0]!;
        const bx = Math.max(left - xi, 0, xi - left - width);
        const by = Math.max(topEdge - yi, 0, yi - topEdge - width);
        if (bx * bx + by * by >= distanceMax2) continue;
        for (let k = 0; k < 4; k++) {
          const slot = child[c * 4 + k]!;
          if (slot === -1) continue;
          if (slot >= 0) {
            stack[top++] = slot;
            continue;
          }
          for (let p = -slot - 2; p !== -1; p = next[p]!) {
            if (p === i) continue;
            dx = px[p]! - xi;
            dy = py[p]! - yi;
            l = dx * dx + dy * dy;
            if (l >= distanceMax2) continue;
            if (dx === 0) {
              dx = jiggle(random);
              l += dx * dx;
            }
            if (dy === 0) {
              dy = jiggle(random);
              l += dy * dy;
            }
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            const f = (s * alpha) / l;
            vx += dx * f;
            vy += dy * f;
          }
        }
      }
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  }

  manyBodyForce.initialize = (initNodes: SimNode[], initRandom: () => number) => {
    nodes = initNodes;
    random = initRandom;
    const n = nodes.length;
    px = new Float64Array(n);
    py = new Float64Array(n);
    next = new Int32Array(n);
    cells = 0;
    capacity = 0;
    cell = new Float64Array(0);
    child = new Int32Array(0);
    grow(Math.max(16, n * 2));
  };
  return manyBodyForce;
}

/**
 * forceCollide with d3's semantics (radius per node, strength 1, positions predicted as
 * x + vx, velocities updated in place), finding neighbours in a uniform grid of cells as
 * wide as the largest diameter, hashed so that spread-out graphs need no huge table.
 */
function collide(iterations: number): CustomForce {
  let nodes: SimNode[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  let maxRadius = 0;
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  let fill = new Int32Array(0);
  let cellOfX = new Int32Array(0);
  let cellOfY = new Int32Array(0);
  let bucketStart = new Int32Array(0);
  let bucketItems = new Int32Array(0);
  let tableMask = 0;

  const hash = (cx: number, cy: number) => {
    let h = Math.imul(cx, 0x9e3779b1) ^ Math.imul(cy, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 13)) & tableMask;
  };

  function collideForce() {
    const n = nodes.length;
    if (n < 2 || maxRadius <= 0) return;
    const cell = maxRadius * 2;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      px[i] = node.x!;
      py[i] = node.y!;
      vx[i] = node.vx!;
      vy[i] = node.vy!;
    }
    for (let k = 0; k < iterations; k++) {
      // Bucket every node by the cell of its predicted position (counting sort).
      bucketStart.fill(0);
      for (let i = 0; i < n; i++) {
        const cx = Math.floor((px[i]! + vx[i]!) / cell);
        const cy = Math.floor((py[i]! + vy[i]!) / cell);
        cellOfX[i] = Number.isFinite(cx) ? cx | 0 : 0;
        cellOfY[i] = Number.isFinite(cy) ? cy | 0 : 0;
        bucketStart[hash(cellOfX[i]!, cellOfY[i]!) + 1]!++;
      }
      for (let b = 1; b < bucketStart.length; b++) bucketStart[b]! += bucketStart[b - 1]!;
      fill.set(bucketStart.subarray(0, fill.length));
      for (let i = 0; i < n; i++) bucketItems[fill[hash(cellOfX[i]!, cellOfY[i]!)]!++] = i;

      for (let i = 0; i < n; i++) {
        const ri = radii[i]!;
        if (ri <= 0) continue;
        const ri2 = ri * ri;
        const xi = px[i]! + vx[i]!;
        const yi = py[i]! + vy[i]!;
        const ci = cellOfX[i]!;
        const cj = cellOfY[i]!;
        for (let oy = -1; oy <= 1; oy++) {
          for (let ox = -1; ox <= 1; ox++) {
            const nx = ci + ox;
            const ny = cj + oy;
            const b = hash(nx, ny);
            for (let q = bucketStart[b]!, end = bucketStart[b + 1]!; q < end; q++) {
              const j = bucketItems[q]!;
              // Each pair once (j > i, as d3), and only nodes really in this cell (hash collisions).
              if (j <= i || cellOfX[j] !== nx || cellOfY[j] !== ny) continue;
              let rj = radii[j]!;
              let r = ri + rj;
              let x = xi - px[j]! - vx[j]!;
              let y = yi - py[j]! - vy[j]!;
              let l = x * x + y * y;
              if (l >= r * r) continue;
              if (x === 0) {
                x = jiggle(random);
                l += x * x;
              }
              if (y === 0) {
                y = jiggle(random);
                l += y * y;
              }
              l = Math.sqrt(l);
              l = (r - l) / l;
              x *= l;
              y *= l;
              rj *= rj;
              r = rj / (ri2 + rj);
              vx[i]! += x * r;
              vy[i]! += y * r;
              r = 1 - r;
              vx[j]! -= x * r;
              vy[j]! -= y * r;
            }
          }
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      node.vx = vx[i]!;
      node.vy = vy[i]!;
    }
  }

  collideForce.initialize = (initNodes: SimNode[], initRandom: () => number) => {
    nodes = initNodes;
    random = initRandom;
    const n = nodes.length;
    radii = new Float64Array(n);
    maxRadius = 0;
    for (let i = 0; i < n; i++) {
      const r = nodes[i]!.r;
      radii[i] = r;
      if (r > maxRadius) maxRadius = r;
    }
    cellOfX = new Int32Array(n);
    cellOfY = new Int32Array(n);
    let table = 16;
    while (table < n * 2) table *= 2;
    tableMask = table - 1;
    bucketStart = new Int32Array(table + 1);
    fill = new Int32Array(table);
    bucketItems = new Int32Array(n);
    px = new Float64Array(n);
    py = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
  };
  return collideForce;
}
