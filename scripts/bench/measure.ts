/** What every run shares: a sample's shape, bounded waits, heap and frame figures. */
import type { BrowserContext, Page } from 'playwright-core';

export const TIMEOUT = {
  firstPaint: 150_000,
  layout: 300_000,
  storedCheck: 1_500,
  step: 60_000,
  png: 120_000,
};
export const ZOOM_MS = 1_000;
export const VIEWPORT = { width: 1440, height: 900 };

/** tsx (esbuild keepNames) wraps named inner functions in __name(); the page needs a stand-in. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export type Sample = number | 'timeout' | 'error' | null;

export class StepTimeout extends Error {}

export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StepTimeout(`timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function measure<T>(what: string, run: () => Promise<T>): Promise<T | 'timeout' | 'error'> {
  try {
    return await run();
  } catch (error) {
    const timedOut = error instanceof StepTimeout || (error as Error).name === 'TimeoutError';
    console.warn(`    ${what}: ${timedOut ? 'timeout' : (error as Error).message.split('\n')[0]}`);
    return timedOut ? 'timeout' : 'error';
  }
}

export function topBy<T>(items: T[], score: (item: T) => number): T {
  let best = items[0] as T;
  for (const item of items) if (score(item) > score(best)) best = item;
  return best;
}

export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page);
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), TIMEOUT.step);
  await cdp.send('Performance.enable');
  const { metrics } = await withTimeout(cdp.send('Performance.getMetrics'), TIMEOUT.step);
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? null : used / 1024 / 1024;
}

export function frameStats(deltas: number[]): { median: number; p95: number } | null {
  const sorted = [...deltas].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! };
}
