import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphHandle, GraphSnapshot, PngOptions } from '../../shared/graph-handle';
import { CANVAS_CLASS, PROJECTED_CLASSES } from './canvas-classes';
import { CANVAS_COLORS } from './cy-style';
import { maxScaleFor } from './cy-adapter';
import { animateTo, litViewport, revealViewport } from './frame';

/** The imperative API other features use; it reads the canvas, never the store. */
export function createHandle(cy: Core, dark: boolean): GraphHandle {
  const colors = dark ? CANVAS_COLORS.dark : CANVAS_COLORS.light;
  const visible = () => cy.elements().filter((e) => e.visible());
  return {
    fit: () => animateTo(cy, litViewport(cy), 200),
    zoomBy: (factor) => {
      const zoom = cy.zoom() * factor;
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    center: (id) => animateTo(cy, revealViewport(cy, id)),
    maxPngScale: (full) => {
      // A full export draws the model at zoom 1; a view export draws the viewport.
      if (!full) return maxScaleFor(cy.width(), cy.height());
      const bb = visible().boundingBox({});
      return maxScaleFor(bb.w, bb.h);
    },
    exportPng: async ({ scale, full, background }: PngOptions) => {
      const blob = await cy.png({
        output: 'blob-promise',
        full,
        scale,
        bg: background ?? 'transparent',
      });
      return blob;
    },
    snapshot: (): GraphSnapshot => {
      const nodes = cy.nodes().filter((n) => n.visible());
      const edges = cy.edges().filter((e) => e.visible());
      const bb = nodes.union(edges).boundingBox({});
      return {
        nodes: nodes.map((n: NodeSingular) => ({
          id: n.id(),
          label: String(n.data('label') ?? ''),
          type: String(n.data('type') ?? ''),
          x: n.position('x'),
          y: n.position('y'),
          width: n.width(),
          height: n.height(),
          color: String(n.data('color')),
          shape: String(n.data('shape')),
          faded: n.hasClass(CANVAS_CLASS.faded) || n.hasClass(CANVAS_CLASS.dimmed),
        })),
        edges: edges.map((e: EdgeSingular) => ({
          id: e.id(),
          source: e.source().id(),
          target: e.target().id(),
          label: String(e.data('label') ?? ''),
          category: String(e.data('category') ?? ''),
          color: String(e.data('color')),
          directed: e.hasClass('directed'),
          points: [e.sourceEndpoint(), ...(e.controlPoints() ?? []), e.targetEndpoint()].map((p) => ({ x: p.x, y: p.y })),
        })),
        bounds: { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 },
        textColor: colors.text,
        background: colors.background,
        fontSize: 15,
      };
    },
    unfiltered: (read) => {
      // cy.png draws and snapshot measures synchronously, so the canvas never paints
      // the unfiltered state.
      const transient = PROJECTED_CLASSES;
      const saved = cy.elements().map((ele) => ({ ele, classes: transient.filter((c) => ele.hasClass(c)) }));
      cy.batch(() => cy.elements().removeClass(transient.join(' ')));
      try {
        return read();
      } finally {
        cy.batch(() => {
          for (const { ele, classes } of saved) if (classes.length > 0) ele.addClass(classes.join(' '));
        });
      }
    },
  };
}
