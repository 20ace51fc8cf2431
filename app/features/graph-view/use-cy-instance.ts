import { useEffect, useRef, useState, type RefObject } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import { toCyElements } from './cy-elements';
import { cyStyle, themeOf } from './cy-style';
import { runLayoutInWorker } from './run-layout';

declare global {
  interface Window {
    /** The Cytoscape core, for tests and console debugging (as Cytoscape's demos do). */
    cy?: Core;
  }
}

/** Above this many nodes labels show only on zoom and edges are drawn cheaply. */
const LARGE_GRAPH = 1500;

/**
 * A graph too large for the whole-graph effects (labels, dimming, restyles per
 * keystroke): one answer for every part of the canvas that asks.
 */
export function isLargeGraph(index: GraphIndex): boolean {
  return index.graph.nodes.length > LARGE_GRAPH;
}
/** Above this many nodes the canvas is built in slices (see createCoreInSlices). */
const SLICED_BUILD = 400;
/** Below this zoom the smallest labels (13 px) render under 10 px. */
export const MIN_READABLE_ZOOM = 0.75;

/** What the canvas is busy with before the graph shows: the worker's layout, or drawing. */
export type CanvasProgress = { phase: 'layout'; fraction: number; cancel: () => void } | { phase: 'draw'; fraction: number };

/**
 * Owns the Cytoscape instance: creates it for a graph, destroys that instance in the
 * cleanup. Listens only to intents and turns each into one store action.
 */
export function useCyInstance(containerRef: RefObject<HTMLDivElement | null>, index: GraphIndex, dark: boolean) {
  const [cy, setCy] = useState<Core | null>(null);
  // The theme at creation; later changes restyle the instance without recreating it.
  const darkRef = useRef(dark);
  darkRef.current = dark;
  const [progress, setProgress] = useState<CanvasProgress | null>(null);

  useEffect(
    function createInstance() {
      const container = containerRef.current;
      if (!container) return;
      const { graph } = index;
      const large = isLargeGraph(index);
      const sliced = graph.nodes.length > SLICED_BUILD;
      const stored = graph.nodes.every((n) => n.position !== undefined);
      let disposed = false;
      let teardown: (() => void) | null = null;

      const mount = (positions?: Record<string, { x: number; y: number }>) => {
        const elements = toCyElements(index, useAppStore.getState().lang);
        if (positions) placeAt(elements, positions);
        else if (!stored) placeOnSpiral(elements);
        const options = { large, sliced, dark: darkRef.current, nodes: graph.nodes.length };
        if (!sliced) {
          teardown = mountInstance(container, createCore(elements, container, options), options, setCy);
          setProgress(null);
          return;
        }
        setProgress({ phase: 'draw', fraction: 0 });
        void createCoreInSlices(elements, options, () => disposed, (fraction) => setProgress({ phase: 'draw', fraction })).then((core) => {
          if (!core || disposed) return;
          core.mount(container);
          teardown = mountInstance(container, core, options, setCy);
          setProgress(null);
        });
      };

      // Without stored positions the worker lays the graph out first, and Cytoscape is
      // created once, at the final positions: drawing a placeholder arrangement would
      // cost the main thread seconds on a large graph (and the worker its CPU) for a
      // picture that is thrown away.
      let job: ReturnType<typeof runLayoutInWorker> | null = null;
      if (stored || graph.nodes.length <= 1) mount();
      else {
        job = runLayoutInWorker(
          { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) },
          (fraction) => setProgress((prev) => (prev?.phase === 'layout' ? { ...prev, fraction } : prev)),
        );
        setProgress({ phase: 'layout', fraction: 0, cancel: job.cancel });
        job.promise.then(
          (positions) => {
            if (!disposed) mount(positions);
          },
          () => {
            // Cancelled (or the worker failed): show the graph unlaid rather than nothing.
            if (!disposed) mount();
          },
        );
      }

      return () => {
        disposed = true;
        job?.cancel();
        teardown?.();
        setProgress(null);
      };
    },
    [containerRef, index],
  );

  return { cy, progress };
}

interface CoreOptions {
  large: boolean;
  nodes: number;
  sliced: boolean;
  dark: boolean;
}

/**
 * Cytoscape's WebGL renderer, only when asked for with `?renderer=webgl` (read once at
 * start-up; the URL is rewritten later) and the browser has WebGL 2 (without it Cytoscape
 * would fail). Measured slower with software WebGL, so it is not the default.
 */
const WEBGL =
  typeof location !== 'undefined' &&
  new URLSearchParams(location.search).get('renderer') === 'webgl' &&
  document.createElement('canvas').getContext('webgl2') !== null;

/**
 * Up to this many nodes a large graph is drawn from one cached picture while the wheel,
 * a pinch or a drag moves the view. Measured on 5,000 nodes: one 0.4–1.0 s frame to make
 * the picture, then 17 ms frames (without it, 17–900 ms frames throughout). On 20,000
 * the picture (drawn at twice the canvas resolution) takes 3.4–5 s, longer than the
 * frames it saves, so there edges are only hidden while the view moves.
 */
const TEXTURE_MAX_NODES = 10_000;

function coreOptions({ large, nodes }: CoreOptions): cytoscape.CytoscapeOptions {
  return {
    ...(WEBGL ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.02,
    maxZoom: 5,
    hideEdgesOnViewport: large,
    textureOnViewport: large && nodes <= TEXTURE_MAX_NODES,
  };
}

/** A small graph: one synchronous creation, fitted by Cytoscape (labels included). */
function createCore(elements: cytoscape.ElementDefinition[], container: HTMLDivElement, options: CoreOptions): Core {
  return cytoscape({
    ...coreOptions(options),
    container,
    elements,
    style: cyStyle({ dark: options.dark }, options.large),
    layout: { name: 'preset', fit: true, padding: 40 },
  });
}

/** Elements added, or styles computed, per slice of main-thread work. */
const SLICE = 1500;

/**
 * A larger graph: built headless, in slices with a yield to the browser between them,
 * then mounted. Adding 15,000 elements and computing their styles in one go blocks the
 * page for seconds; in slices no task is longer than one slice. The stylesheet is set
 * on the instance rather than passed as an option, so mounting does not restyle it.
 * Resolves null if abandoned (the graph was closed meanwhile).
 */
async function createCoreInSlices(
  elements: cytoscape.ElementDefinition[],
  options: CoreOptions,
  abandoned: () => boolean,
  onProgress: (fraction: number) => void,
): Promise<Core | null> {
  const core = cytoscape({ ...coreOptions(options), headless: true, styleEnabled: true });
  core.style(cyStyle({ dark: options.dark }, options.large));
  const steps = Math.ceil(elements.length / SLICE) * 3;
  let step = 0;
  const next = async () => {
    onProgress(++step / steps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return !abandoned();
  };
  for (let i = 0; i < elements.length; i += SLICE) {
    core.add(elements.slice(i, i + SLICE));
    if (!(await next())) return abandon(core);
  }
  const all = core.elements();
  for (let i = 0; i < all.length; i += SLICE) {
    // Reading a style property computes the element's style, which is otherwise done
    // all at once on the first draw.
    all.slice(i, i + SLICE).forEach((ele) => void ele.style('display'));
    if (!(await next())) return abandon(core);
  }
  for (let i = 0; i < all.length; i += SLICE) {
    // Likewise each element's bounding box, which the first draw needs for all of them.
    all.slice(i, i + SLICE).forEach((ele) => void ele.boundingBox());
    if (!(await next())) return abandon(core);
  }
  return core;
}

function abandon(core: Core): null {
  core.destroy();
  return null;
}

/** Wire a created instance to the store and the page; returns its teardown. */
function mountInstance(container: HTMLDivElement, instance: Core, { large, sliced, dark }: CoreOptions, setCy: (cy: Core | null) => void): () => void {
  themeOf.set(instance, dark);
  // User Timing marks for the benchmark and the browser's performance panel.
  performance.mark('age:canvas-created');
  requestAnimationFrame(() => performance.mark('age:canvas-frame'));

  // Fitting a whole article graph into the pane would shrink labels below reading
  // size; start at a readable zoom around the centre, and let Fit show everything.
  // Larger graphs are fitted from positions: Cytoscape's fit measures every element.
  if (sliced && !fitToPositions(instance)) {
    const fitOnceSized = () => {
      if (fitToPositions(instance)) instance.off('resize', fitOnceSized);
    };
    instance.on('resize', fitOnceSized);
  }
  if (!large && instance.zoom() < MIN_READABLE_ZOOM) {
    instance.zoom(MIN_READABLE_ZOOM);
    instance.center();
  }

  instance.on('tap', 'node', (event) => useAppStore.getState().select({ kind: 'node', id: event.target.id() }));
  instance.on('tap', 'edge', (event) => useAppStore.getState().select({ kind: 'edge', id: event.target.id() }));
  instance.on('tap', (event) => {
    if (event.target === instance) useAppStore.getState().clearSelection();
  });
  instance.on('dbltap', 'node', (event) => useAppStore.getState().setFocus({ nodeId: event.target.id(), depth: 1 }));
  instance.on('mouseover', 'node, edge', () => container.classList.add('is-pointing'));
  instance.on('mouseout', 'node, edge', () => container.classList.remove('is-pointing'));

  const stopZoomLabels = large ? labelNodesInViewOnZoom(instance) : () => undefined;
  const resize = new ResizeObserver(() => instance.resize());
  resize.observe(container);

  window.cy = instance;
  setCy(instance);
  return () => {
    stopZoomLabels();
    resize.disconnect();
    if (window.cy === instance) delete window.cy;
    instance.destroy();
    setCy(null);
  };
}

/** Zoom at which a large graph's labels become readable, and how many to draw at most. */
const LABEL_ZOOM = 1.1;
const MAX_ZOOM_LABELS = 600;

/**
 * Large graphs draw no labels until the user zooms in; then the nodes in view (up to a
 * cap) get the zoom-label class. Debounced, so panning does not restyle every frame.
 */
function labelNodesInViewOnZoom(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let labelled = cy.collection();
  const update = () => {
    const ext = cy.extent();
    const next =
      cy.zoom() < LABEL_ZOOM
        ? cy.collection()
        : cy
            .nodes()
            .filter((n) => {
              const p = n.position();
              return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
            })
            .slice(0, MAX_ZOOM_LABELS);
    cy.batch(() => {
      labelled.difference(next).removeClass('zoom-label');
      next.addClass('zoom-label');
    });
    labelled = next;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  };
  cy.on('viewport', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', schedule);
  };
}

function placeAt(elements: cytoscape.ElementDefinition[], positions: Record<string, { x: number; y: number }>): void {
  for (const el of elements) {
    const p = el.group === 'nodes' ? positions[String(el.data.id)] : undefined;
    if (p) el.position = { x: p.x, y: p.y };
  }
}

/** Starting positions when there is no layout (cancelled or failed): a phyllotaxis spiral, as d3-force uses. */
function placeOnSpiral(elements: cytoscape.ElementDefinition[]): void {
  let i = 0;
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const radius = 20 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    el.position = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    i++;
  }
}

/**
 * Fit the viewport to the nodes' centres (plus a margin for their size): what
 * `cy.fit()` does, without measuring each element's bounding box.
 */
function fitToPositions(cy: Core, padding = 40): boolean {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  });
  if (!Number.isFinite(x1)) return true;
  // A pane with no room yet (hidden, or not laid out): fit when it gets a size.
  if (cy.width() <= 2 * padding || cy.height() <= 2 * padding) return false;
  const margin = 10;
  const w = Math.max(1, x2 - x1 + 2 * margin);
  const h = Math.max(1, y2 - y1 + 2 * margin);
  const zoom = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  cy.viewport({
    zoom: level,
    pan: { x: cy.width() / 2 - level * (x1 + x2) / 2, y: cy.height() / 2 - level * (y1 + y2) / 2 },
  });
  return true;
}
