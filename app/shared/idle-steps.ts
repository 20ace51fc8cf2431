/**
 * Runs `step` in the browser's idle periods, once per period, until it returns true (done),
 * so work the page will want soon (but not now) never delays a frame or an input. Where
 * there is no `requestIdleCallback` (tests in Node) a short timer stands in. Returns a
 * function that stops it.
 */
export function runWhenIdle(step: () => boolean, timeoutMs = 2000): () => void {
  let cancelled = false;
  let handle: ReturnType<typeof setTimeout> | number | undefined;
  const idle = typeof requestIdleCallback === 'function';
  const run = () => {
    if (cancelled || step()) return;
    schedule();
  };
  // The timeout bounds the wait on a page that is never idle; the step then runs anyway.
  const schedule = () => (handle = idle ? requestIdleCallback(run, { timeout: timeoutMs }) : setTimeout(run, 1));
  schedule();
  return () => {
    cancelled = true;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
  };
}

/** One of `steps` per idle period, in order. */
export function runStepsWhenIdle(steps: readonly (() => void)[], timeoutMs?: number): () => void {
  let next = 0;
  return runWhenIdle(() => {
    steps[next++]?.();
    return next >= steps.length;
  }, timeoutMs);
}
