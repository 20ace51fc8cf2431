/**
 * The benchmark's command line:
 *
 * npm run bench [-- --quick] [--runs N] [--sizes 1000,5000,20000] [--seed S] [--wait-idle SECONDS]
 *                 [--budget-min 9] [--skip-build] [--dist DIR] [--renderer webgl]
 *                 [--sigma-min 5000] [--no-baselines] [--no-corpus] [--out NAME (bench-results/NAME.md)]
 *                 [--check [--budgets FILE (bench-results/budgets.json)]]
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Runs per graph, overriding the defaults (3, or 2 for 10,000 nodes and more; with --quick, 3 of the article and 1 of the others). */
  runs: number | undefined;
  sizes: number[];
  skipBuild: boolean;
  /** An existing build to measure instead of building one. */
  dist: string | undefined;
  seed: number;
  /** Cytoscape's WebGL renderer instead of its canvas one (Chromium renders it in software). */
  webgl: boolean;
  /** Start no repeated run after this many ms (every graph still gets its first run). */
  budgetMs: number;
  /** Sigma runs on graphs of at least this many nodes (it is the large-graph peer). */
  sigmaMin: number;
  noBaselines: boolean;
  /** The corpus row runs after the others on the same build unless this is set. */
  noCorpus: boolean;
  /** Wait (at most this many seconds) for the 1-minute load average to fall below the core count. */
  waitIdle: number;
  /** Report name under bench-results/ (without .md / .json). */
  out: string;
  check: boolean;
  budgets: string;
}

export function readOptions(argv: string[]): BenchOptions {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      runs: { type: 'string' },
      sizes: { type: 'string' },
      'skip-build': { type: 'boolean' },
      dist: { type: 'string' },
      seed: { type: 'string' },
      renderer: { type: 'string' },
      'budget-min': { type: 'string' },
      'sigma-min': { type: 'string' },
      'no-baselines': { type: 'boolean' },
      'no-corpus': { type: 'boolean' },
      'wait-idle': { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean' },
      budgets: { type: 'string' },
    },
    strict: true,
  });
  const webgl = args.renderer === 'webgl';
  return {
    quick: args.quick === true,
    runs: args.runs !== undefined ? Math.max(1, Number(args.runs)) : undefined,
    sizes: (args.sizes ?? '1000,5000,20000')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 1),
    skipBuild: args['skip-build'] === true,
    dist: args.dist,
    seed: Number(args.seed ?? 1),
    webgl,
    budgetMs: Number(args['budget-min'] ?? 9) * 60_000,
    sigmaMin: Number(args['sigma-min'] ?? 5000),
    noBaselines: args['no-baselines'] === true,
    noCorpus: args['no-corpus'] === true,
    waitIdle: args['wait-idle'] !== undefined ? Math.max(0, Number(args['wait-idle'])) : 0,
    out: args.out ?? (webgl ? 'latest-webgl' : 'latest'),
    check: args.check === true,
    budgets: args.budgets ?? 'bench-results/budgets.json',
  };
}
