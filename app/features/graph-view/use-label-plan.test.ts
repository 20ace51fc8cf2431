import { afterEach, describe, expect, it, vi } from 'vitest';
import { planOnViewChanges, ZOOM_SETTLE_MS } from './use-label-plan';

/** Enough of a Cytoscape core: a zoom level and the view's events. */
function fakeCore() {
  let zoom = 1;
  let animating = false;
  const handlers = new Set<() => void>();
  return {
    zoom: (() => zoom) as never,
    animated: (() => animating) as never,
    animate(on: boolean) {
      animating = on;
    },
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

  it('plans every frame while an animation zooms the view', () => {
    const { cy, plan, frames } = setUp();
    cy.animate(true);
    for (let i = 1; i <= 3; i++) {
      cy.moveTo(1 - i / 10);
      frames.splice(0).forEach((f) => f(0));
    }
    expect(plan).toHaveBeenCalledTimes(4);
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
