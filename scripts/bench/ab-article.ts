/**
 * npx tsx scripts/bench/ab-article.ts [--rounds N] DIST_A DIST_B [DIST_C …]
 *
 * Builds compared on the article graph in the same minutes: each round runs the
 * benchmark's own article run (app-run.ts) once on every build, alternating their order,
 * then the bare Cytoscape page once; prints the medians of first drawn graph, select →
 * canvas, search → canvas and the zoom frame, with first drawn and select as ratios to the bare page. Make
 * each build with `npx vite build --mode test --outDir DIR` (the test hooks are needed).
 * On a shared machine one run swings by a factor of two; alternating rounds let a change
 * be judged against the same load. A tool for deciding, not a test: it asserts nothing.
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { commandLine, wholeNumber, wrongUsage } from '../cli/args.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { freePort } from '../free-port.ts';
import { runOnce } from './app-run.ts';
import { buildBaselinePages, runBaseline } from './baseline-run.ts';
import { prepareCases } from './graphs.ts';
import { precompressedPlugin } from './precompressed.ts';

const USAGE = 'npx tsx scripts/bench/ab-article.ts [--rounds N] DIST_A DIST_B [DIST_C …]';
const { values, positionals: dists } = commandLine(USAGE, { allowPositionals: true, options: { rounds: { type: 'string' } } });
const rounds = wholeNumber(USAGE, 'rounds', values.rounds) ?? 7;
if (dists.length < 2) wrongUsage(USAGE, 'give at least two builds');

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const name = (i: number) => String.fromCharCode(65 + i);
const ms = (x: unknown) => (typeof x === 'number' ? x.toFixed(0) : String(x));

const servers: Awaited<ReturnType<typeof preview>>[] = [];
const bases: string[] = [];
// Every build gets the article file and the bare page beside it; the bare page is served from the first.
const article = prepareCases(dists[0]!, [], 1, () => 1)[0]!;
await buildBaselinePages(dists[0]!);
for (const dist of dists) {
  if (dist !== dists[0]) prepareCases(dist, [], 1, () => 1);
  const port = await freePort();
  servers.push(await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, plugins: [precompressedPlugin(dist)] }));
  bases.push(`http://127.0.0.1:${port}`);
}
const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS, headless: true });
const samples = dists.map(() => ({ first: [] as number[], select: [] as number[], search: [] as number[], zoom: [] as number[] }));
const bare = { first: [] as number[], select: [] as number[] };
const loads: string[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    loads.push(os.loadavg()[0]!.toFixed(1));
    const order = dists.map((_, i) => (round % 2 === 0 ? i : dists.length - 1 - i));
    const line: string[] = [];
    for (const i of order) {
      const r = await runOnce(browser, bases[i]!, article, null, { webgl: false, positionsFor: new Map() });
      if (typeof r.firstPaint === 'number') samples[i]!.first.push(r.firstPaint);
      if (typeof r.selectCanvas === 'number') samples[i]!.select.push(r.selectCanvas);
      if (typeof r.searchCanvas === 'number') samples[i]!.search.push(r.searchCanvas);
      if (typeof r.zoomMedian === 'number') samples[i]!.zoom.push(r.zoomMedian);
      line.push(`${name(i)} ${ms(r.firstPaint)} / ${ms(r.selectCanvas)}`);
    }
    const b = await runBaseline(browser, bases[0]!, 'cytoscape', '/bench-graphs/article.json', article);
    if (typeof b.firstPaint === 'number') bare.first.push(b.firstPaint);
    if (typeof b.select === 'number') bare.select.push(b.select);
    console.log(`round ${round + 1} (load ${loads.at(-1)}): ${line.join(', ')}; bare ${ms(b.firstPaint)} / ${ms(b.select)}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
console.log(`\nmedians of ${rounds} rounds (1-minute load ${loads.join(' ')}):`);
samples.forEach((s, i) => {
  const first = median(s.first);
  const select = median(s.select);
  console.log(
    `${name(i)} ${dists[i]}: first drawn ${first.toFixed(0)} ms (${(first / median(bare.first)).toFixed(2)}× bare), select → canvas ${select.toFixed(0)} ms (${(select / median(bare.select)).toFixed(2)}× bare), search → canvas ${median(s.search).toFixed(0)} ms, zoom frame median ${median(s.zoom).toFixed(1)} ms`,
  );
});
console.log(`bare Cytoscape: first drawn ${median(bare.first).toFixed(0)} ms, select → canvas ${median(bare.select).toFixed(0)} ms`);
