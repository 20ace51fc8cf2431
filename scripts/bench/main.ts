/**
 * npm run bench: the benchmark's entry (its options: cli.ts).
 *
 * --check compares the medians (and app ÷ bare Cytoscape ratios) with the budgets file
 * and exits with status 1 when one misses, after writing the report.
 *
 * Measures the production build in headless Chromium with the article graph and with
 * generated graphs of 1,000, 5,000 and 20,000 nodes (no stored positions, so the
 * worker layout runs), plus the 20,000-node graph with stored positions. Prints a table
 * (median, min, max over the runs) and writes bench-results/latest.md and latest.json.
 * Asserts nothing about time; every wait is bounded, and a step that runs out of time
 * is reported as "timeout". Its parts: cli.ts (options), graphs.ts (the graphs), app-run.ts
 * (one run of the app, timed to its User Timing marks), baseline-run.ts (the bare pages),
 * report.ts (tables, budgets), corpus-row.ts (the corpus row).
 *
 * Beside the app it measures two baselines on the same graphs in the same run: a bare
 * Cytoscape page (pages/cytoscape.html) and, for graphs of --sigma-min
 * nodes (5,000) or more, a sigma page; the report prints app, baseline and their ratio,
 * so a noisy shared machine weighs on both sides (--no-baselines leaves them out).
 *
 * The build goes to a temporary folder (not dist/, which the browser tests serve), with
 * the generated graphs copied beside it, and is served by `vite preview` on 127.0.0.1
 * with the app's production headers; its scripts and styles and the graphs beside it are
 * sent precompressed, with their length, as a static host sends them (precompressed.ts).
 * A generated graph reaches the app by link (`?graph=`), as a user opens one. Each
 * measured page waits for the machine to be quiet first (quiet.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { freePort } from '../free-port.ts';
import { METRICS, runOnce, type RunResult } from './app-run.ts';
import { baselineGraphUrl, buildBaselinePages, formatBaseline, positionsFor, runBaseline } from './baseline-run.ts';
import { readOptions } from './cli.ts';
import { runCorpusRow } from './corpus-row.ts';
import { prepareCases } from './graphs.ts';
import { precompressedPlugin } from './precompressed.ts';
import { VIEWPORT } from './measure.ts';
import { firstFrameBytes, firstFrameRow } from './first-frame.ts';
import { describeWait, waitForQuiet } from './quiet.ts';
import { schedule } from './schedule.ts';
import { cell, checkBudgets, markdownTable, reportNotes, sideBySideTable, type Baselines } from './report.ts';

const options = readOptions(process.argv.slice(2));

/** Chromium with WebGL in software (SwiftShader), as it must run on these GPU-less machines. */
const WEBGL_ARGS = [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function chunkSize(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function main() {
  const started = Date.now();
  // What is measured is the tree as built now; later edits in the worktree are not in it.
  const commit = gitDescribe();
  const work = mkdtempSync(join(os.tmpdir(), 'age-bench-'));
  // Our own build in a temporary folder, unless told to use an existing one (then only
  // the bench-graphs/ folder is added to it, and removed at the end).
  const dist = options.dist ?? (options.skipBuild ? 'dist' : join(work, 'dist'));
  const ownDist = options.dist === undefined && !options.skipBuild;
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  let browser: Browser | null = null;
  try {
    if (!options.skipBuild) {
      console.log(`building the app into ${dist} …`);
      const appBuild = spawnSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', timeout: 300_000 });
      if (appBuild.status !== 0) throw new Error(`vite build failed (exit ${appBuild.status ?? appBuild.signal})`);
    }
    if (!options.noBaselines) {
      console.log('building the baseline pages (bare Cytoscape, sigma) …');
      await buildBaselinePages(dist);
    }

    // Initial JavaScript: the scripts and module preloads index.html references.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const jsFiles = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
    let jsRaw = 0;
    let jsGzip = 0;
    for (const file of new Set(jsFiles)) {
      const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
      jsRaw += bytes.length;
      jsGzip += gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`initial JavaScript: ${jsFiles.length} file(s), ${(jsRaw / 1024).toFixed(1)} KB, ${(jsGzip / 1024).toFixed(1)} KB gzipped`);
    // The first script alone (index.html's <script src>), without the module preloads.
    const entryFile = /<script[^>]*\ssrc="([^"]+\.js)"/.exec(html)?.[1];
    const entryChunk = entryFile ? chunkSize(join(dist, entryFile.replace(/^\//, ''))) : null;
    // The canvas (Cytoscape) is a chunk of its own, fetched at start beside the first script.
    const canvasFile = readdirSync(join(dist, 'assets')).find((f) => /^GraphView-.*\.js$/.test(f));
    const canvasChunk = canvasFile ? chunkSize(join(dist, 'assets', canvasFile)) : null;
    if (entryChunk) console.log(`first script: ${(entryChunk.raw / 1024).toFixed(1)} KB, ${(entryChunk.gzip / 1024).toFixed(1)} KB gzipped`);
    if (canvasChunk) console.log(`canvas chunk (Cytoscape, fetched at start): ${(canvasChunk.raw / 1024).toFixed(1)} KB, ${(canvasChunk.gzip / 1024).toFixed(1)} KB gzipped`);
    const firstFrame = firstFrameBytes(dist);
    console.log(`${firstFrameRow(firstFrame).join(': ')}`);

    // Graphs: the article graph as shipped, generated ones beside the build.
    const runsFor = (n: number, quick = 1) => options.runs ?? (options.quick ? quick : n);
    const cases = prepareCases(dist, options.sizes, options.seed, runsFor);
    const workerFile = readdirSync(join(dist, 'assets')).find((f) => /^layout\.worker.*\.js$/.test(f));
    const workerUrl = workerFile ? `/assets/${workerFile}` : null;
    if (!workerUrl) console.warn('no layout worker in the build: the bare worker measurement is skipped');
    if (options.waitIdle > 0) await waitForIdle(options.waitIdle);
    const loadAtStart = os.loadavg();
    const port = await freePort();
    // The graphs go out as a static host sends a large file: compressed once, with its length.
    server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, plugins: [precompressedPlugin(dist)] });
    const base = `http://127.0.0.1:${port}`;
    const found = await findChromium();
    browser = await chromium.launch({ executablePath: found.path, args: options.webgl ? WEBGL_ARGS : CHROMIUM_ARGS, headless: true });
    const chromiumVersion = browser.version();
    console.log(`serving ${dist} on ${base}; Chromium ${chromiumVersion} (${found.from})`);

    // The article's runs back to back first, then the generated graphs round by round;
    // app and baselines take turns going first (schedule.ts).
    const results = new Map<string, RunResult[]>(cases.map((c) => [c.name, []]));
    const baselines: Baselines = new Map(cases.map((c) => [c.name, { cytoscape: [], sigma: [] }]));
    for (const { graph, run, baselineFirst } of schedule(cases)) {
      const list = results.get(graph.name)!;
      if (run > 0 && Date.now() - started > options.budgetMs) {
        console.warn(`${graph.name}: run ${run + 1} skipped, the time budget of ${options.budgetMs / 60_000} min is spent`);
        continue;
      }
      if (run > 0 && list.every((r) => r.firstPaint === 'timeout')) {
        console.warn(`${graph.name}: not repeated, the first run never drew the graph`);
        continue;
      }
      // The baselines on the same graph and positions as the app, right before or after it,
      // so that whatever else the machine is doing weighs on both alike. Before the app's
      // first run they have no positions of its to draw, so that run always goes first.
      const measureBaselines = async () => {
        if (options.noBaselines) return;
        const graphUrl = baselineGraphUrl(dist, graph);
        await quiet();
        const bare = await runBaseline(browser!, base, 'cytoscape', graphUrl, graph);
        console.log(`    bare Cytoscape: ${formatBaseline(bare)}`);
        baselines.get(graph.name)!.cytoscape.push(bare);
        if (graph.nodes >= options.sigmaMin) {
          // sigma needs WebGL: a Chromium of its own with software WebGL (the app's stays as
          // users' is), for each sigma run and closed after it: software WebGL goes on drawing
          // the zoom's queued frames in the GPU process for 5–15 s after the page has closed,
          // which the next page would otherwise be measured beside.
          await quiet();
          const sigmaBrowser = await chromium.launch({ executablePath: found.path, args: WEBGL_ARGS, headless: true });
          const sig = await runBaseline(sigmaBrowser, base, 'sigma', graphUrl, graph).finally(() => sigmaBrowser.close().catch(() => undefined));
          console.log(`    sigma: ${formatBaseline(sig)}`);
          baselines.get(graph.name)!.sigma.push(sig);
        }
      };
      const bareFirst = baselineFirst && run > 0;
      if (bareFirst) await measureBaselines();
      console.log(`${graph.name}: run ${run + 1}/${graph.runs} (${graph.nodes} nodes, ${graph.edges} edges${graph.stored ? ', stored positions' : ''})`);
      await quiet();
      const r = await runOnce(browser, base, graph, workerUrl, { webgl: options.webgl, positionsFor });
      console.log(`    ${METRICS.map((m) => `${m.key} ${typeof r[m.key] === 'number' ? (r[m.key] as number).toFixed(m.digits) : r[m.key]}`).join(', ')}`);
      list.push(r);
      if (!bareFirst) await measureBaselines();
    }

    // Report.
    const header = ['metric', ...cases.map((c) => `${c.name} (${c.nodes} n / ${c.edges} e)`)];
    const rows = METRICS.map((m) => [`${m.label}, ${m.unit}`, ...cases.map((c) => cell(results.get(c.name)!.map((r) => r[m.key]), m.digits))]);
    rows.push(['runs', ...cases.map((c) => String(results.get(c.name)!.length))]);
    rows.push([`initial JS (${jsFiles.length} file${jsFiles.length === 1 ? '' : 's'}), gzip`, `${(jsGzip / 1024).toFixed(1)} KB (raw ${(jsRaw / 1024).toFixed(1)} KB)`, ...cases.slice(1).map(() => '')]);
    if (entryChunk) rows.push(['first script (entry chunk), gzip', `${(entryChunk.gzip / 1024).toFixed(1)} KB (raw ${(entryChunk.raw / 1024).toFixed(1)} KB)`, ...cases.slice(1).map(() => '')]);
    if (canvasChunk) rows.push(['canvas chunk (Cytoscape, fetched at start), gzip', `${(canvasChunk.gzip / 1024).toFixed(1)} KB (raw ${(canvasChunk.raw / 1024).toFixed(1)} KB)`, ...cases.slice(1).map(() => '')]);
    rows.push([...firstFrameRow(firstFrame), ...cases.slice(1).map(() => '')]);
    const table = markdownTable(header, rows);
    const cpus = os.cpus();
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const machine = [
      `- date: ${new Date().toISOString()}`,
      `- machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
      `- load average (1/5/15 min) at the start: ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (other work on the machine inflates every number)`,
      `- Node ${process.version}; Chromium ${chromiumVersion} (${found.from}), headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
      `- commit: ${commit}`,
      `- ${options.quick ? 'quick run (3 runs of the article, 1 of each generated graph)' : 'full run'}; took ${minutes} min; generated graphs seed ${options.seed}; renderer: ${options.webgl ? 'Cytoscape WebGL (Chromium SwiftShader)' : 'Cytoscape canvas'}`,
    ].join('\n');
    const notes = reportNotes(options.sigmaMin);
    const side = options.noBaselines ? '' : `## App and baselines, side by side\n\n${sideBySideTable(cases, results, baselines)}\n\n`;
    const md = `# Benchmark\n\n${machine}\n\n${side}## The app in detail\n\n${table}\n\n${notes}\n`;
    mkdirSync('bench-results', { recursive: true });
    const out = `bench-results/${options.out}`;
    writeFileSync(`${out}.md`, md);
    writeFileSync(
      `${out}.json`,
      JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, node: process.version, cpus: cpus.length, jsRaw, jsGzip, jsFiles, entryChunk, canvasChunk, cases, results: Object.fromEntries(results), baselines: Object.fromEntries(baselines) }, null, 2) + '\n',
    );
    console.log(`\n${side}${table}\n\nwritten to ${out}.md and ${out}.json (${minutes} min)`);
    if (options.check) {
      const misses = checkBudgets(options.budgets, cases, results, baselines, options.noBaselines);
      if (misses.length > 0) {
        console.error(`\n${misses.length} budget(s) missed:\n${misses.map((x) => `- ${x}`).join('\n')}`);
        process.exitCode = 1;
      } else console.log('\nevery budget met');
    }
    if (!options.noCorpus) {
      console.log('\ncorpus row: a generated corpus of 200 articles merged in the app\'s worker …');
      await runCorpusRow({ articles: 200, entities: 25, dist, out: 'bench-results/corpus.md' });
    }
  } finally {
    await browser?.close().catch(() => undefined);
    // Launched inside a closure, which the compiler's narrowing does not follow.
    await server?.close().catch(() => undefined);
    if (!ownDist) rmSync(join(dist, 'bench-graphs'), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** Each measured page starts once the last one's teardown has left the machine (quiet.ts). */
async function quiet(): Promise<void> {
  const line = describeWait(await waitForQuiet());
  if (line) console.log(line);
}

async function waitForIdle(seconds: number): Promise<void> {
  const cores = os.cpus().length;
  const deadline = Date.now() + seconds * 1000;
  while (os.loadavg()[0]! >= cores && Date.now() < deadline) {
    console.log(`waiting for a quieter machine: load ${os.loadavg()[0]!.toFixed(2)} on ${cores} cores`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

function gitDescribe(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  if (head.status !== 0) return 'unknown';
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' + uncommitted changes' : ''}`;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
