/**
 * The order a benchmark run measures in.
 *
 * The article graph (small, and compared with bare Cytoscape by ratio) takes all its runs
 * first, back to back, before any generated graph: a run right after a 20,000-node graph
 * inherits that graph's teardown (collection, closing workers) and the machine's raised
 * load, which once put one article sample 30 % above its neighbours. The generated graphs
 * then go round by round (every graph once, then every graph again, …), so that when the
 * time budget runs out it is repetitions that are dropped, not whole graphs.
 *
 * Within a graph's runs, the app and its baseline take turns going first (app, bare, then
 * bare, app, …), so that neither side always runs on the machine the other just warmed or
 * loaded.
 */
export interface Scheduled<C> {
  graph: C;
  /** 0-based run of this graph. */
  run: number;
  /** The baseline pages run before the app in this run. */
  baselineFirst: boolean;
}

export function schedule<C extends { runs: number; file?: string }>(cases: readonly C[]): Scheduled<C>[] {
  const steps: Scheduled<C>[] = [];
  const step = (graph: C, run: number) => steps.push({ graph, run, baselineFirst: run % 2 === 1 });
  const first = cases.filter((c) => c.file === undefined);
  const rest = cases.filter((c) => c.file !== undefined);
  for (const graph of first) for (let run = 0; run < graph.runs; run++) step(graph, run);
  const rounds = Math.max(0, ...rest.map((c) => c.runs));
  for (let run = 0; run < rounds; run++) for (const graph of rest) if (run < graph.runs) step(graph, run);
  return steps;
}
