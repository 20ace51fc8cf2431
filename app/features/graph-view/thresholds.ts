import type { GraphIndex } from '../../domain/graph-index';
import { SCENE_BUDGET } from '../../domain/scene';

/**
 * Every size at which the canvas changes how it works, each under one name. (The force
 * layout in `domain/layout.ts` has its own, COARSE_LAYOUT_NODES: a different question.)
 */

/** Above this many nodes the canvas is built headless, in slices (see create-core.ts). */
export const SLICED_BUILD_NODES = 400;

/**
 * Above this many nodes the canvas draws cheaply: labels only for the nodes in view
 * once zoomed in, straight edges hidden while panning.
 */
export const LARGE_GRAPH_NODES = 1500;

/**
 * Up to this many nodes a selection dims the rest of the graph. Dimming restyles every
 * element and drops Cytoscape's cached picture of each, so the click's frame redraws the
 * whole graph from scratch: on 1,000 nodes (a CPU profile of the click) 390 ms of drawing
 * against 110 ms for bare Cytoscape's click, which restyles only what it marks. Above
 * this the selection and its relations are emphasised, and the rest is left as it is.
 */
export const DIM_REST_MAX_NODES = 300;

/** Elements added, or styles computed, per slice of main-thread work in a sliced build. */
export const ELEMENTS_PER_SLICE = 1500;

/** A graph of a few entities starts no closer than this (fitting one node would fill the pane with it). */
export const MAX_INITIAL_ZOOM = 1.5;

/** Zoom at which a large graph's labels appear, and how many are drawn at most. */
export const ZOOM_LABEL_MIN_ZOOM = 1.1;
export const MAX_ZOOM_LABELS = 600;

/**
 * Up to this many nodes a large graph is drawn from one cached picture while the wheel,
 * a pinch or a drag moves the view. Measured on 5,000 nodes: one 0.4–1.0 s frame to make
 * the picture, then 17 ms frames (without it, 17–900 ms frames throughout). On 20,000
 * the picture (drawn at twice the canvas resolution) takes 3.4–5 s, longer than the
 * frames it saves, so there edges are only hidden while the view moves.
 */
export const VIEWPORT_TEXTURE_MAX_NODES = 10_000;

/** One answer for every part of the canvas that asks whether to draw cheaply. */
export function isLargeGraph(index: GraphIndex): boolean {
  return index.graph.nodes.length > LARGE_GRAPH_NODES;
}

export function dimsRest(index: GraphIndex): boolean {
  return index.graph.nodes.length <= DIM_REST_MAX_NODES;
}

export function usesViewportTexture(index: GraphIndex): boolean {
  return isLargeGraph(index) && index.graph.nodes.length <= VIEWPORT_TEXTURE_MAX_NODES;
}

export function needsSlicedBuild(index: GraphIndex): boolean {
  return index.graph.nodes.length > SLICED_BUILD_NODES;
}

/**
 * Above the scene budget the canvas holds only the scene (domain/scene.ts): an overview
 * of communities, or the part the reader opened. The whole graph is never laid out.
 */
export function usesScene(index: GraphIndex): boolean {
  return index.graph.nodes.length > SCENE_BUDGET;
}
