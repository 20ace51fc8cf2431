import { useEffect, useState, type RefObject } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import { toCyElements } from './cy-elements';
import { cyStyle } from './cy-style';
import { runLayoutInWorker } from './run-layout';

declare global {
  interface Window {
    /** The Cytoscape core, for tests and console debugging (as Cytoscape's demos do). */
    cy?: Core;
  }
}

/** Above this many nodes labels show only on zoom and edges are drawn cheaply. */
export const LARGE_GRAPH = 1500;
/** Below this zoom the smallest labels (13 px) render under 10 px. */
export const MIN_READABLE_ZOOM = 0.75;

export interface LayoutState {
  fraction: number;
  cancel: () => void;
}

/**
 * Owns the Cytoscape instance: creates it for a graph, destroys that instance in the
 * cleanup. Listens only to intents and turns each into one store action.
 */
export function useCyInstance(containerRef: RefObject<HTMLDivElement | null>, index: GraphIndex) {
  const [cy, setCy] = useState<Core | null>(null);
  const [layout, setLayout] = useState<LayoutState | null>(null);

  useEffect(
    function createInstance() {
      const container = containerRef.current;
      if (!container) return;
      const { graph } = index;
      const large = graph.nodes.length > LARGE_GRAPH;
      const stored = graph.nodes.every((n) => n.position !== undefined);
      const elements = toCyElements(index, useAppStore.getState().lang);
      if (!stored) placeOnSpiral(elements);

      const instance = cytoscape({
        container,
        elements,
        style: cyStyle({ dark: false }, large),
        layout: { name: 'preset', fit: true, padding: 40 },
        autounselectify: true,
        boxSelectionEnabled: false,
        minZoom: 0.02,
        maxZoom: 5,
        hideEdgesOnViewport: large,
        textureOnViewport: false,
      });

      // Fitting a whole article graph into the pane would shrink labels below reading
      // size; start at a readable zoom around the centre, and let Fit show everything.
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

      let job: ReturnType<typeof runLayoutInWorker> | null = null;
      if (!stored && graph.nodes.length > 1) {
        job = runLayoutInWorker(
          { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) },
          (fraction) => setLayout((prev) => (prev ? { ...prev, fraction } : prev)),
        );
        const cancel = job.cancel;
        setLayout({ fraction: 0, cancel });
        job.promise.then(
          (positions) => {
            instance.batch(() => {
              instance.nodes().positions((node) => positions[node.id()] ?? node.position());
            });
            instance.fit(undefined, 40);
            setLayout(null);
          },
          () => setLayout(null),
        );
      }

      window.cy = instance;
      setCy(instance);
      return () => {
        job?.cancel();
        stopZoomLabels();
        resize.disconnect();
        if (window.cy === instance) delete window.cy;
        instance.destroy();
        setCy(null);
        setLayout(null);
      };
    },
    [containerRef, index],
  );

  return { cy, layout };
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

/** Starting positions before the worker answers: a phyllotaxis spiral, as d3-force uses. */
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
