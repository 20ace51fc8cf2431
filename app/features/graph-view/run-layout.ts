import type { LayoutInput } from '../../domain/layout';
import type { LayoutMessage } from './layout.worker';

export interface LayoutJob {
  promise: Promise<Record<string, { x: number; y: number }>>;
  cancel: () => void;
}

/** Start the force layout in a worker; cancel() terminates it and rejects the promise. */
export function runLayoutInWorker(input: LayoutInput, onProgress: (fraction: number) => void): LayoutJob {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  let rejectJob: (reason: Error) => void = () => undefined;
  const promise = new Promise<Record<string, { x: number; y: number }>>((resolve, reject) => {
    rejectJob = reject;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (event.data.kind === 'progress') onProgress(event.data.fraction);
      else {
        resolve(event.data.positions);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'layout worker failed'));
      worker.terminate();
    };
  });
  worker.postMessage(input);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      rejectJob(new Error('cancelled'));
    },
  };
}
