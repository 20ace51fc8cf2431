import { describe, expect, it } from 'vitest';
import { busyShare, cpuTimes, describeWait, waitForQuiet, type CpuTimes } from './quiet.ts';

/** A fake machine: each reading advances the clock by one window at the given busy share. */
function machine(shares: number[], windowMs = 200) {
  let t = 0;
  let busy = 0;
  let total = 0;
  let i = -1;
  return {
    read: (): CpuTimes => {
      if (i >= 0) {
        const share = shares[Math.min(i, shares.length - 1)]!;
        total += 2 * windowMs;
        busy += share * 2 * windowMs;
      }
      i++;
      return { busy, total };
    },
    sleep: async (ms: number) => {
      t += ms;
    },
    now: () => t,
  };
}

describe('waiting for a quiet machine', () => {
  it('sums the cores’ times and measures the busy share between readings', () => {
    const core = (user: number, idle: number) => ({ model: 'x', speed: 1, times: { user, nice: 0, sys: 0, irq: 0, idle } });
    expect(cpuTimes([core(30, 70), core(10, 90)])).toEqual({ busy: 40, total: 200 });
    expect(busyShare({ busy: 40, total: 200 }, { busy: 140, total: 600 })).toBeCloseTo(0.25);
    expect(busyShare({ busy: 40, total: 200 }, { busy: 40, total: 200 })).toBe(0);
  });

  it('returns after two quiet windows in a row', async () => {
    const result = await waitForQuiet({ ...machine([0.05, 0.05]) });
    expect(result).toEqual({ waitedMs: 400, busy: 0.05, quiet: true });
  });

  it('waits out a busy stretch, and a single quiet window inside it does not end the wait', async () => {
    const result = await waitForQuiet({ ...machine([0.9, 0.6, 0.1, 0.7, 0.1, 0.1]) });
    expect(result.quiet).toBe(true);
    expect(result.waitedMs).toBe(1200);
  });

  it('gives up at the cap on a machine that stays busy, and says so', async () => {
    const result = await waitForQuiet({ ...machine([0.8]), capMs: 1000 });
    expect(result.quiet).toBe(false);
    expect(result.waitedMs).toBe(1000);
    expect(describeWait(result)).toMatch(/stayed busy \(80 % busy\) for 1\.0 s/);
    expect(describeWait({ waitedMs: 400, busy: 0.05, quiet: true })).toBeNull();
    expect(describeWait({ waitedMs: 2400, busy: 0.05, quiet: true })).toMatch(/waited 2\.4 s/);
  });
});
