/**
 * Runs `task` once the next frame is drawn: work a change must not hold its first frame
 * for (a measurement, a write) goes here. A frame callback runs just before its frame is
 * drawn, so a task queued from it runs after the drawing. A page that draws no frames
 * (hidden) runs it after `latestMs`; where there is no `requestAnimationFrame` (Node), in
 * the next task.
 * Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, latestMs = 100): () => void {
  let done = false;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
    task();
  };
  const frames = typeof requestAnimationFrame === 'function';
  if (frames) frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  // Where nothing is drawn at all (Node), there is no frame to wait for.
  const fallback = setTimeout(run, frames ? latestMs : 0);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
}

