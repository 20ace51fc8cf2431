import { describe, expect, it } from 'vitest';
import { readOptions } from './cli';

describe('bench command line', () => {
  it('defaults to the three generated sizes, canvas renderer, baselines and corpus on', () => {
    const o = readOptions([]);
    expect(o).toMatchObject({ quick: false, sizes: [1000, 5000, 20000], webgl: false, noBaselines: false, noCorpus: false, out: 'latest', check: false, budgets: 'bench-results/budgets.json', budgetMs: 9 * 60_000, sigmaMin: 5000 });
    expect(o.runs).toBeUndefined();
  });

  it('reads the flags the README documents', () => {
    const o = readOptions(['--quick', '--check', '--sizes', '5000, x,20000', '--runs', '0', '--renderer', 'webgl', '--no-corpus', '--budget-min', '2']);
    expect(o).toMatchObject({ quick: true, check: true, sizes: [5000, 20000], runs: 1, webgl: true, out: 'latest-webgl', noCorpus: true, budgetMs: 120_000 });
  });

  it('refuses an unknown flag', () => {
    expect(() => readOptions(['--fast'])).toThrow();
  });
});
