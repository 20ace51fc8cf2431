import { num } from './escape';

/**
 * Outlines of Cytoscape's node shapes as SVG, from the unit polygons Cytoscape draws
 * (coordinates in [-1, 1], scaled to the node's box). Unknown shapes become ellipses.
 */

type Points = readonly number[];

function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const out: number[] = [];
  for (let i = 0; i < sides; i++) out.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  return out;
}

/** Stretch a unit polygon to fill [-1, 1] on both axes, as Cytoscape does. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const out: number[] = [];
  for (let i = 0; i < 5; i++) out.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, inner[2 * i] ?? 0, inner[2 * i + 1] ?? 0);
  return fitToSquare(out);
}

const POLYGONS: Record<string, { points: Points; round: boolean }> = {
  diamond: { points: [0, 1, 1, 0, 0, -1, -1, 0], round: false },
  'round-diamond': { points: [0, 1, 1, 0, 0, -1, -1, 0], round: true },
  triangle: { points: fitToSquare(ngon(3)), round: false },
  'round-triangle': { points: fitToSquare(ngon(3)), round: true },
  rectangle: { points: fitToSquare(ngon(4)), round: false },
  pentagon: { points: fitToSquare(ngon(5)), round: false },
  hexagon: { points: fitToSquare(ngon(6)), round: false },
  'round-hexagon': { points: fitToSquare(ngon(6)), round: true },
  octagon: { points: fitToSquare(ngon(8)), round: false },
  'round-octagon': { points: fitToSquare(ngon(8)), round: true },
  star: { points: star(), round: false },
  vee: { points: [-1, -1, 0, -0.333, 1, -1, 0, 1], round: false },
  rhomboid: { points: [-1, -1, 0.333, -1, 1, 1, -0.333, 1], round: false },
  tag: { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], round: false },
  'round-tag': { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], round: true },
};

function scaled(points: Points, x: number, y: number, w: number, h: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push([x + ((points[i] ?? 0) * w) / 2, y + ((points[i + 1] ?? 0) * h) / 2]);
  return out;
}

function polygonPath(pts: [number, number][]): string {
  return `M${pts.map(([px, py]) => `${num(px)} ${num(py)}`).join('L')}Z`;
}

/** Corners cut by `r` along each side and joined by a quadratic curve through the corner. */
function roundedPolygonPath(pts: [number, number][], r: number): string {
  const parts: string[] = [];
  pts.forEach(([cx, cy], i) => {
    const [px, py] = pts[(i + pts.length - 1) % pts.length] ?? [cx, cy];
    const [nx, ny] = pts[(i + 1) % pts.length] ?? [cx, cy];
    const toward = (tx: number, ty: number) => {
      const d = Math.hypot(tx - cx, ty - cy) || 1;
      const k = Math.min(r, d / 2) / d;
      return `${num(cx + (tx - cx) * k)} ${num(cy + (ty - cy) * k)}`;
    };
    parts.push(`${i === 0 ? 'M' : 'L'}${toward(px, py)}Q${num(cx)} ${num(cy)} ${toward(nx, ny)}`);
  });
  return `${parts.join('')}Z`;
}

function barrelPath(x: number, y: number, w: number, h: number): string {
  const x0 = x - w / 2;
  const x1 = x + w / 2;
  const y0 = y - h / 2;
  const y1 = y + h / 2;
  const ho = Math.min(15, 0.05 * h);
  const wo = Math.min(100, 0.25 * w);
  const c = 0.05 * wo;
  const p = (a: number, b: number) => `${num(a)} ${num(b)}`;
  return (
    `M${p(x0, y0 + ho)}L${p(x0, y1 - ho)}Q${p(x0 + c, y1)} ${p(x0 + wo, y1)}L${p(x1 - wo, y1)}Q${p(x1 - c, y1)} ${p(x1, y1 - ho)}` +
    `L${p(x1, y0 + ho)}Q${p(x1 - c, y0)} ${p(x1 - wo, y0)}L${p(x0 + wo, y0)}Q${p(x0 + c, y0)} ${p(x0, y0 + ho)}Z`
  );
}

/** One SVG element drawing `shape` centred on (x, y); `paint` is its fill/stroke attributes. */
export function shapeElement(shape: string, x: number, y: number, w: number, h: number, paint: string): string {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    return `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" ${paint}/>`;
  }
  if (shape === 'rectangle' || shape === 'square') {
    return `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}" ${paint}/>`;
  }
  if (shape === 'barrel') return `<path d="${barrelPath(x, y, w, h)}" ${paint}/>`;
  const polygon = POLYGONS[shape];
  if (polygon) {
    const pts = scaled(polygon.points, x, y, w, h);
    const d = polygon.round ? roundedPolygonPath(pts, Math.min(w / 10, h / 10, 8)) : polygonPath(pts);
    return `<path d="${d}" ${paint}/>`;
  }
  return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${paint}/>`;
}
