import { startTransition, useEffect, useState } from 'react';

/**
 * A value that follows `value` once the frame showing the change is drawn: what a step
 * must show at once (the text) reads the document itself; what can follow a frame later
 * (the side lists, the checks, the proposals) reads it through this, so a step's first
 * frame waits for none of their work. The catch-up is a transition: input that comes
 * meanwhile goes first.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(
    function followAfterPaint() {
      if (Object.is(shown, value)) return;
      let frame = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A frame callback runs before its frame is drawn: the second one comes once the frame
      // showing the change is on screen, and the task queued from it runs after that one too.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          timer = setTimeout(() => startTransition(() => setShown(value)), 0);
        });
      });
      return () => {
        cancelAnimationFrame(frame);
        if (timer !== undefined) clearTimeout(timer);
      };
    },
    [value, shown],
  );
  return shown;
}
