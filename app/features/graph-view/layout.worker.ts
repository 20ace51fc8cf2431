/// <reference lib="webworker" />
import { forceLayout, type LayoutInput } from '../../domain/layout';

/** Runs the force layout off the main thread, reporting progress. */
export type LayoutRequest = LayoutInput;
export type LayoutMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; positions: Record<string, { x: number; y: number }> };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const positions = forceLayout(event.data, {
    progressEvery: 5,
    onProgress: (fraction) => {
      scope.postMessage({ kind: 'progress', fraction } satisfies LayoutMessage);
    },
  });
  if (positions) scope.postMessage({ kind: 'done', positions } satisfies LayoutMessage);
};
