/**
 * Waiting for a quiet machine before a measured page opens.
 *
 * Closing a page does not end its work at once: Chromium collects a 200 MB heap, ends
 * workers and tears down renderer processes while the next page is already loading. On
 * two cores the next page's first draw then shares the machine with the last page's
 * teardown (a 20,000-node overview measured 1.2 s on its own and 2.6 s right after
 * the 5,000-node baselines). Each measured page therefore starts once the machine's CPU
 * has stayed under a threshold for two windows in a row, or after a cap, whichever is
 * first; the app and its baselines wait alike. A wait of a second or more is printed
 * (every wait with BENCH_QUIET_LOG=1).
 */
import os from 'node:os';

export interface CpuTimes {
  busy: number;
  total: number;
}

/** All cores' CPU time so far (ms), busy and in all. */
export function cpuTimes(cpus: readonly os.CpuInfo[] = os.cpus()): CpuTimes {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/** The share of the machine (0–1, all cores together) that was busy between two readings. */
export function busyShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? Math.min(1, Math.max(0, (after.busy - before.busy) / total)) : 0;
}

export interface QuietOptions {
  /** Busy share (0–1 of all cores) under which a window counts as quiet. */
  threshold?: number;
  /** Length of one window, ms. */
  windowMs?: number;
  /** Quiet windows in a row that end the wait. */
  windows?: number;
  /** Longest wait, ms: on a machine others keep busy, the run goes ahead anyway. */
  capMs?: number;
  /** Readings and sleeping, replaceable in tests. */
  read?: () => CpuTimes;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface QuietResult {
  waitedMs: number;
  /** The last window's busy share. */
  busy: number;
  /** False when the cap ended the wait. */
  quiet: boolean;
}

export async function waitForQuiet(options: QuietOptions = {}): Promise<QuietResult> {
  const { threshold = 0.2, windowMs = 200, windows = 2, capMs = 20_000 } = options;
  const read = options.read ?? (() => cpuTimes());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => performance.now());
  const start = now();
  let inRow = 0;
  let busy = 0;
  let before = read();
  for (;;) {
    await sleep(windowMs);
    const after = read();
    busy = busyShare(before, after);
    before = after;
    inRow = busy < threshold ? inRow + 1 : 0;
    const waitedMs = now() - start;
    if (inRow >= windows) return { waitedMs, busy, quiet: true };
    if (waitedMs >= capMs) return { waitedMs, busy, quiet: false };
  }
}

/** A line for the run's log when the wait was long enough to matter, else null. */
export function describeWait(result: QuietResult): string | null {
  if (result.quiet && result.waitedMs < 1000 && !process.env.BENCH_QUIET_LOG) return null;
  const share = `${Math.round(result.busy * 100)} % busy`;
  return result.quiet
    ? `    waited ${(result.waitedMs / 1000).toFixed(1)} s for a quiet machine`
    : `    the machine stayed busy (${share}) for ${(result.waitedMs / 1000).toFixed(1)} s; measuring anyway`;
}
