import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import { CANVAS_CLASS } from './canvas-classes';
import { EDGE_LABEL_PX } from './cy-elements';
import { applyLabelPlan, MIN_LABEL_PX } from './label-plan';
import { applyClasses } from './cy-adapter';
import type { CanvasClasses } from './projection';
import { planOnViewChanges, ZOOM_SETTLE_MS } from './use-label-plan';

/** Enough of a Cytoscape core: a zoom level and the view's events. */
function fakeCore() {
  let zoom = 1;
  const handlers = new Set<() => void>();
  return {
    zoom: (() => zoom) as never,
    on: ((_events: string, handler: () => void) => handlers.add(handler)) as never,
    off: ((_events: string, handler: () => void) => handlers.delete(handler)) as never,
    moveTo(level: number) {
      zoom = level;
      for (const h of handlers) h();
    },
    handlers,
  };
}

describe('planning labels as the view changes', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setUp() {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const cy = fakeCore();
    const plan = vi.fn();
    const stop = planOnViewChanges(cy, plan);
    return { cy, plan, stop, frames };
  }

  it('plans at once, then once a frame while the view pans at the same zoom', () => {
    const { cy, plan, frames } = setUp();
    expect(plan).toHaveBeenCalledTimes(1);
    cy.moveTo(1);
    cy.moveTo(1);
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(plan).toHaveBeenCalledTimes(2);
  });

  it('does not plan while the zoom changes, and plans once when it has stayed still', () => {
    const { cy, plan, frames } = setUp();
    for (let i = 1; i <= 10; i++) {
      cy.moveTo(1 + i / 10);
      vi.advanceTimersByTime(16);
      frames.splice(0).forEach((f) => f(0));
    }
    expect(plan).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(ZOOM_SETTLE_MS);
    expect(plan).toHaveBeenCalledTimes(2);
    // At the planned zoom, a pan plans in the next frame again.
    cy.moveTo(2);
    frames.splice(0).forEach((f) => f(0));
    expect(plan).toHaveBeenCalledTimes(3);
  });

  it('stops listening and planning when stopped', () => {
    const { cy, plan, stop } = setUp();
    cy.moveTo(3);
    stop();
    vi.advanceTimersByTime(1000);
    expect(plan).toHaveBeenCalledTimes(1);
    expect(cy.handlers.size).toBe(0);
  });
});

describe('relation label sizes', () => {
  function core() {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a', label: 'A', degree: 2, size: 30, labelPx: 12 } },
        { data: { id: 'b', label: 'B', degree: 2, size: 30, labelPx: 12 } },
        { data: { id: 'ab', source: 'a', target: 'b', label: 'meets', labelPx: EDGE_LABEL_PX } },
        { data: { id: 'ba', source: 'b', target: 'a', label: 'visits', labelPx: EDGE_LABEL_PX } },
      ],
    });
    cy.zoom(0.25);
    return cy;
  }
  const atQuarterZoom = Math.ceil((MIN_LABEL_PX / 0.25) * 100) / 100;

  it('resizes only the relations whose label is drawn when the labels are planned', () => {
    const cy = core();
    cy.$id('ab').addClass(CANVAS_CLASS.edgeLabel);
    applyLabelPlan(cy, ['a', 'b']);
    expect(cy.$id('ab').data('labelPx')).toBe(atQuarterZoom);
    expect(cy.$id('ba').data('labelPx')).toBe(EDGE_LABEL_PX);
  });

  it('sizes a relation for the current zoom as the canvas gives it a label (selection, path)', () => {
    const cy = core();
    const classes: CanvasClasses = { hidden: new Set(), faded: new Set(), selected: null, highlighted: null, searchHits: new Set(), onPath: new Set(), edgeLabels: new Set(['ba']) };
    applyClasses(cy, classes);
    expect(cy.$id('ba').hasClass(CANVAS_CLASS.edgeLabel)).toBe(true);
    expect(cy.$id('ba').data('labelPx')).toBe(atQuarterZoom);
    expect(cy.$id('ab').data('labelPx')).toBe(EDGE_LABEL_PX);
  });
});
