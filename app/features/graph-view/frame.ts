import type { Collection, Core } from 'cytoscape';
import { fitBox, revealBox, type Box, type Frame, type Viewport } from '../../domain/label-priority';
import { targetElement } from '../../shared/focus-targets';
import { CANVAS_CLASS } from './canvas-classes';
import { MAX_INITIAL_ZOOM } from './thresholds';

/**
 * The part of the canvas a reader can see: inside a margin that keeps entities clear of
 * the zoom buttons and the legend, and above the side panel where it is a sheet over
 * the canvas (phones).
 */
export function canvasFrame(cy: Core, maxZoom: number = cy.maxZoom()): Frame {
  // Clear of the zoom buttons beside the canvas's edge; on a narrow pane a thinner margin.
  const side = cy.width() < 560 ? 20 : 52;
  const insets = { top: 16, right: side, bottom: 48, left: side };
  const container = cy.container();
  const sheet = targetElement('side-panel');
  if (container && sheet) {
    const c = container.getBoundingClientRect();
    const s = sheet.getBoundingClientRect();
    const coversBottom = s.height > 0 && s.top > c.top && s.top < c.bottom && s.left < c.right && s.right > c.left && s.bottom >= c.bottom - 1;
    if (coversBottom) insets.bottom = Math.max(insets.bottom, c.bottom - s.top + 16);
  }
  return { width: cy.width(), height: cy.height(), insets, minZoom: cy.minZoom(), maxZoom };
}

/** The model box of entities without their labels (labels are sized by the label plan, after). */
export function bodyBox(eles: Collection): Box {
  const bb = eles.boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
}

/** What a reader sees as lit: on screen, and neither faded nor dimmed (else everything on screen). */
export function litElements(cy: Core): Collection {
  const shown = cy.nodes().filter((n) => n.visible());
  const lit = shown.filter((n) => !n.hasClass(CANVAS_CLASS.faded) && !n.hasClass(CANVAS_CLASS.dimmed));
  return lit.nonempty() ? lit : shown;
}

/** The viewport that frames what is lit, no closer than a readable overview. */
export function litViewport(cy: Core): Viewport | null {
  const lit = litElements(cy);
  if (lit.empty()) return null;
  return fitBox(bodyBox(lit), canvasFrame(cy, MAX_INITIAL_ZOOM));
}

/** The elements that must be in view for a selection: an entity, or a relation and both its ends. */
function selectionElements(cy: Core, id: string): Collection | null {
  const ele = cy.getElementById(id);
  if (ele.empty() || !ele.visible()) return null;
  if (ele.isEdge()) return ele.source().union(ele.target());
  return ele;
}

/** The smallest viewport change that shows a selection, or null when it is already in view. */
export function revealViewport(cy: Core, id: string): Viewport | null {
  const eles = selectionElements(cy, id);
  if (!eles) return null;
  const current = { zoom: cy.zoom(), pan: cy.pan() };
  const next = revealBox(bodyBox(eles), current, canvasFrame(cy));
  const same = Math.abs(next.zoom - current.zoom) < 1e-3 && Math.abs(next.pan.x - current.pan.x) < 0.5 && Math.abs(next.pan.y - current.pan.y) < 0.5;
  return same ? null : next;
}

export function animateTo(cy: Core, view: Viewport | null, duration = 250): void {
  if (!view) return;
  cy.stop(true, false);
  cy.animate({ zoom: view.zoom, pan: view.pan }, { duration });
}
