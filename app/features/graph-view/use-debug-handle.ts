import type { Core } from 'cytoscape';
import { useEffect } from 'react';

declare global {
  interface Window {
    /** The Cytoscape core, for tests and console debugging (as Cytoscape's demos do). */
    cy?: Core;
  }
}

/** Publishes the live instance as `window.cy` while it lives, in builds made for tests only. */
export function useDebugHandle(cy: Core | null): void {
  useEffect(
    function publishDebugHandle() {
      if (!__TEST_HOOKS__ || !cy) return;
      window.cy = cy;
      return () => {
        if (window.cy === cy) delete window.cy;
      };
    },
    [cy],
  );
}
