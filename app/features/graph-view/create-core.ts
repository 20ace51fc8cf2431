import cytoscape, { type Core } from 'cytoscape';
import { cyStyle } from './cy-style';
import { ELEMENTS_PER_SLICE } from './thresholds';

export interface CoreOptions {
  large: boolean;
  /** Draw from a cached picture while the view moves (see VIEWPORT_TEXTURE_MAX_NODES). */
  texture: boolean;
  sliced: boolean;
  dark: boolean;
}

/**
 * Cytoscape's WebGL renderer, only in a build made for tests (the benchmark measures it)
 * when asked for with `?renderer=webgl` (read once at start-up; the URL is rewritten
 * later) and the browser has WebGL 2 (without it Cytoscape would fail). Measured slower
 * with software WebGL, so it is not offered to users.
 */
const WEBGL =
  __TEST_HOOKS__ &&
  typeof location !== 'undefined' &&
  new URLSearchParams(location.search).get('renderer') === 'webgl' &&
  document.createElement('canvas').getContext('webgl2') !== null;

/** Cytoscape's typings miss the `renderer` option. */
type Options = cytoscape.CytoscapeOptions & { renderer?: { name: 'canvas'; webgl: boolean } };

function coreOptions({ large, texture }: CoreOptions): Options {
  return {
    ...(WEBGL ? { renderer: { name: 'canvas', webgl: true } } : {}),
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.02,
    maxZoom: 5,
    hideEdgesOnViewport: large,
    textureOnViewport: texture,
  };
}

/** A small graph: one synchronous creation, fitted by Cytoscape (labels included). */
export function createCore(elements: cytoscape.ElementDefinition[], container: HTMLDivElement, options: CoreOptions): Core {
  const core = cytoscape({
    ...coreOptions(options),
    container,
    elements,
    style: cyStyle({ dark: options.dark }, options.large),
    layout: { name: 'preset', fit: true, padding: 40 },
  });
  return withoutOwnResizeWatch(core);
}

/** A headless instance (createCoreInSlices) put on the page. */
export function mountCore(core: Core, container: HTMLDivElement): Core {
  core.mount(container);
  return withoutOwnResizeWatch(core);
}

/** The parts of Cytoscape's canvas renderer this module reaches into. */
interface RendererObservers {
  styleObserver?: MutationObserver;
  resizeObserver?: ResizeObserver;
}

/**
 * Cytoscape watches its container itself and calls `resize()`, which redraws every
 * element, 100 ms after the container's size is first observed and after any change of
 * its attributes: the canvas's accessible name changes with every filter, so each
 * filter drew everything twice. The app's own observer (use-canvas-resize.ts) resizes
 * when the size really changes, so Cytoscape's watchers are stopped. (Its listener on the
 * window's resize stays: it only follows real resizes.)
 */
function withoutOwnResizeWatch(core: Core): Core {
  const renderer = (core as Core & { renderer?: () => RendererObservers | undefined }).renderer?.();
  renderer?.styleObserver?.disconnect();
  renderer?.resizeObserver?.disconnect();
  return core;
}

/**
 * A larger graph: built headless, in slices with a yield to the browser between them,
 * then mounted. Adding 15,000 elements and computing their styles in one go blocks the
 * page for seconds; in slices no task is longer than one slice. The stylesheet is set
 * on the instance rather than passed as an option, so mounting does not restyle it.
 * Resolves null if abandoned (the graph was closed meanwhile).
 */
export async function createCoreInSlices(
  elements: cytoscape.ElementDefinition[],
  options: CoreOptions,
  abandoned: () => boolean,
  onProgress: (fraction: number) => void,
): Promise<Core | null> {
  const core = cytoscape({ ...coreOptions(options), headless: true, styleEnabled: true });
  core.style(cyStyle({ dark: options.dark }, options.large));
  const steps = Math.ceil(elements.length / ELEMENTS_PER_SLICE) * 3;
  let step = 0;
  const next = async () => {
    onProgress(++step / steps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return !abandoned();
  };
  for (let i = 0; i < elements.length; i += ELEMENTS_PER_SLICE) {
    core.add(elements.slice(i, i + ELEMENTS_PER_SLICE));
    if (!(await next())) return abandon(core);
  }
  const all = core.elements();
  for (let i = 0; i < all.length; i += ELEMENTS_PER_SLICE) {
    // Reading a style property computes the element's style, which is otherwise done
    // all at once on the first draw.
    all.slice(i, i + ELEMENTS_PER_SLICE).forEach((ele) => void ele.style('display'));
    if (!(await next())) return abandon(core);
  }
  for (let i = 0; i < all.length; i += ELEMENTS_PER_SLICE) {
    // Likewise each element's bounding box, which the first draw needs for all of them.
    all.slice(i, i + ELEMENTS_PER_SLICE).forEach((ele) => void ele.boundingBox());
    if (!(await next())) return abandon(core);
  }
  return core;
}

function abandon(core: Core): null {
  core.destroy();
  return null;
}
