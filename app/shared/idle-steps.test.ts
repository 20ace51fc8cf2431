import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStepsWhenIdle, runWhenIdle } from './idle-steps';

describe('runWhenIdle and runStepsWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs one step per idle period, in order', () => {
    const queue: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => queue.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const done: number[] = [];
    runStepsWhenIdle([() => done.push(1), () => done.push(2), () => done.push(3)]);
    expect(done).toEqual([]);
    queue.shift()?.();
    expect(done).toEqual([1]);
    queue.shift()?.();
    queue.shift()?.();
    expect(done).toEqual([1, 2, 3]);
    expect(queue).toHaveLength(0);
  });

  it('runs no further step once cancelled', () => {
    const queue: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => queue.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const done: number[] = [];
    const cancel = runStepsWhenIdle([() => done.push(1), () => done.push(2)]);
    queue.shift()?.();
    cancel();
    expect(cancelled).toHaveLength(1);
    // A callback the browser had already queued does nothing after the cancel.
    queue.shift()?.();
    expect(done).toEqual([1]);
  });

  it('falls back to timers where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: number[] = [];
    runStepsWhenIdle([() => done.push(1), () => done.push(2)]);
    vi.runAllTimers();
    expect(done).toEqual([1, 2]);
  });

  it('calls a step again in later idle periods until it says it is done', () => {
    const queue: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => queue.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    let left = 3;
    runWhenIdle(() => --left === 0);
    while (queue.length > 0) queue.shift()?.();
    expect(left).toBe(0);
  });
});
