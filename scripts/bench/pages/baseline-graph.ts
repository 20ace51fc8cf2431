/**
 * What both bare baseline pages share: read the graph file named by `?graph=`, with no
 * validation, no index and no framework, and the hooks the benchmark drives. The
 * benchmark gives these pages the same graph file, with the same positions, as the app.
 */

export interface BaselineGraph {
  nodes: { id: string; type: string; label: { ar: string; en: string }; position?: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string; type: string }[];
  nodeTypes: { id: string }[];
  relationTypes: { id: string; category: string; directed?: boolean; label: { ar: string; en: string } }[];
}

/** What a baseline page exposes to the benchmark (times are performance.now()). */
export interface BaselineApi {
  /** Two animation frames after the renderer was created with the whole graph. */
  firstPaint: number;
  /** Hide every edge of a relation type; resolves with ms until the frame that shows it is drawn. */
  filter(typeId: string): Promise<number>;
  /** Emphasise a node and its relations; ms until drawn. */
  select(id: string): Promise<number>;
  /** Zoom with the mouse wheel for `ms` (see wheelZoom); resolves with the frame intervals. */
  zoom(ms: number): Promise<number[]>;
}

declare global {
  interface Window {
    __baseline?: BaselineApi;
  }
}

export async function loadBaselineGraph(): Promise<BaselineGraph> {
  const url = new URLSearchParams(location.search).get('graph');
  if (!url) throw new Error('no ?graph= given');
  const response = await fetch(url);
  return (await response.json()) as BaselineGraph;
}

/** Starting positions for a graph without stored ones (the benchmark normally gives them). */
export function positionOf(node: BaselineGraph['nodes'][number], i: number): { x: number; y: number } {
  if (node.position) return node.position;
  const radius = 20 * Math.sqrt(0.5 + i);
  const angle = i * Math.PI * (3 - Math.sqrt(5));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Resolve on the second animation frame: by then the frame before it has been drawn. */
export function afterTwoFrames(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

/**
 * The benchmark's zoom: a mouse-wheel event at the centre of `container` every animation
 * frame for `ms` (in, then out), then 300 ms more for the redraw after the wheel stops.
 * Resolves with the frame intervals. The benchmark installs this same function in the app
 * page as `__wheelZoom`, so it must stay self-contained (no imports, no outer names).
 */
export function wheelZoom(container: Element, ms: number): Promise<number[]> {
  const box = container.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const target = document.elementFromPoint(x, y) ?? container;
  const out: number[] = [];
  return new Promise((resolve) => {
    let last = -1;
    let start = -1;
    let i = 0;
    const step = (t: number) => {
      if (start < 0) start = t;
      if (last >= 0) out.push(t - last);
      last = t;
      if (t - start >= ms + 300) return resolve(out);
      if (t - start < ms) target.dispatchEvent(new WheelEvent('wheel', { deltaY: -5 * Math.cos(i++ / 8), clientX: x, clientY: y, bubbles: true, cancelable: true }));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
