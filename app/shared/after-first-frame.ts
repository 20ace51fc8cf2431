/**
 * Resolves once the graph's first canvas frame is drawn (the `age:canvas-frame` User
 * Timing mark, set by graph-view) and the browser is idle after it: the moment for work
 * that must not delay the graph (loading panels' code, checking the bundled graph).
 * Resolves anyway after `timeoutMs`, so an app that never draws a graph (a load error)
 * still gets the work done.
 */
export const CANVAS_FRAME_MARK = 'age:canvas-frame';

let drawn: Promise<void> | null = null;

function canvasDrawn(timeoutMs: number): Promise<void> {
  if (typeof PerformanceObserver === 'undefined' || typeof performance === 'undefined') return Promise.resolve();
  drawn ??= new Promise<void>((resolve) => {
    if (performance.getEntriesByName(CANVAS_FRAME_MARK).length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName(CANVAS_FRAME_MARK).length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
  });
  return drawn;
}

export async function afterFirstFrame(timeoutMs = 8000): Promise<void> {
  await canvasDrawn(timeoutMs);
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
