import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../../shared/after-paint';

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
      // This frame callback runs before the frame showing the change is drawn; from it, the
      // next paint after that one (afterNextPaint) is once the change is on screen.
      let cancel = () => {};
      const frame = requestAnimationFrame(() => {
        cancel = afterNextPaint(() => startTransition(() => setShown(value)));
      });
      return () => {
        cancelAnimationFrame(frame);
        cancel();
      };
    },
    [value, shown],
  );
  return shown;
}
