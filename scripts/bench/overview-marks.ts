/**
 * npx tsx scripts/bench/overview-marks.ts [--dist DIR] [--runs N] [--nodes N] [--positions] [--seed S] [--static]
 *
 * Where a large graph's overview spends its time before it is drawn: serves a test build
 * (`npm run build:test`, dist-test/ by default) with a generated graph beside it, opens
 * it by link (`?graph=`) in a fresh browser context, as the benchmark does, and prints the
 * User Timing marks of the page and of its workers (the validation worker's `age:file-*`,
 * the analysis worker's `age:analysis-*`, read from a performance trace) in milliseconds
 * since navigation, with the graph file's response times and the load average beside each
 * run. `--static` serves the graph as a static host does (compressed once, ahead of time,
 * with its length; precompressed.ts) instead of compressed again on every request.
 * A tool for looking, not a test: it asserts nothing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { commandLine, wholeNumber } from '../cli/args.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { generateGraph } from '../generate-graph.ts';
import { NAME_SHIM } from './measure.ts';
import { precompress, precompressedPlugin } from './precompressed.ts';

const USAGE = 'npx tsx scripts/bench/overview-marks.ts [--dist DIR] [--runs N] [--nodes N] [--positions] [--seed S] [--static]';
const { values } = commandLine(USAGE, {
  options: {
    dist: { type: 'string', default: 'dist-test' },
    runs: { type: 'string' },
    nodes: { type: 'string' },
    seed: { type: 'string' },
    positions: { type: 'boolean', default: false },
    static: { type: 'boolean', default: false },
  },
});
const dist = values.dist;
const runs = wholeNumber(USAGE, 'runs', values.runs) ?? 3;
const nodes = wholeNumber(USAGE, 'nodes', values.nodes) ?? 20_000;
const seed = wholeNumber(USAGE, 'seed', values.seed) ?? 1;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string; isMainFrame?: boolean; documentLoaderURL?: string } };
}

/** The workers' marks from a trace, in ms since the page's navigation started. */
function workerMarks(trace: { traceEvents: TraceEvent[] }, pageMarks: Map<string, number>): Map<string, number> {
  const events = trace.traceEvents.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('age:'));
  // The trace's clock to the page's: a mark the page set (its startTime known) anchors it.
  const anchorName = [...pageMarks.keys()].find((name) => events.some((e) => e.name === name));
  const anchor = anchorName ? events.find((e) => e.name === anchorName) : undefined;
  const out = new Map<string, number>();
  if (!anchor || !anchorName) return out;
  const offset = pageMarks.get(anchorName)! - anchor.ts / 1000;
  for (const e of events) if (!pageMarks.has(e.name) && !out.has(e.name)) out.set(e.name, e.ts / 1000 + offset);
  return out;
}

async function pageFacts(page: Page, file: string) {
  return page.evaluate((name) => {
    const marks = new Map<string, number>();
    for (const m of performance.getEntriesByType('mark')) if (!marks.has(m.name)) marks.set(m.name, m.startTime);
    const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(name));
    const response = r ? { start: r.requestStart, responseStart: r.responseStart, responseEnd: r.responseEnd, encoded: r.encodedBodySize, decoded: r.decodedBodySize } : null;
    return { marks: [...marks], response, drawn: (window as unknown as { __drawn: number }).__drawn };
  }, file);
}

const file = `bench-graphs/generated-${nodes}${values.positions ? '-positions' : ''}.json`;
mkdirSync(join(dist, 'bench-graphs'), { recursive: true });
writeFileSync(join(dist, file), JSON.stringify(generateGraph({ nodes, seed, positions: values.positions })));
console.log(`${file}: ${(readFileSync(join(dist, file)).length / 1024 / 1024).toFixed(1)} MB; served by ${values.static ? 'a static server (precompressed)' : 'vite preview'}`);

if (values.static) precompress(join(dist, file));
const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0, open: false }, plugins: values.static ? [precompressedPlugin(dist)] : [] });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const { path } = await findChromium();
const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
try {
  for (let run = 1; run <= runs; run++) {
    const load = os.loadavg()[0]!.toFixed(2);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', deviceScaleFactor: 1 });
    const page = await context.newPage();
    // The benchmark's "overview drawn": two animation frames after the canvas first has nodes.
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(() => {
      const w = window as unknown as { __drawn: number; cy?: { nodes: () => { length: number } } };
      w.__drawn = -1;
      const frame = () => {
        if (w.cy && w.cy.nodes().length > 0) requestAnimationFrame(() => requestAnimationFrame(() => (w.__drawn = performance.now())));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    await page.goto(`${base}/?graph=/${file}`, { waitUntil: 'commit' });
    const drawn = await page.waitForFunction(() => (window as unknown as { __drawn: number }).__drawn >= 0, null, { timeout: 120_000, polling: 50 }).catch(() => null);
    if (!drawn) {
      const text = await page.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '');
      throw new Error(`the overview was not drawn; the page says: ${JSON.stringify(text)}`);
    }
    await page.waitForTimeout(200);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const facts = await pageFacts(page, file);
    const marks = new Map(facts.marks);
    const all = new Map([...marks, ...workerMarks(trace, marks)]);
    if (facts.response) {
      all.set('(file) request', facts.response.start);
      all.set('(file) response start', facts.response.responseStart);
      all.set('(file) response end', facts.response.responseEnd);
    }
    all.set('(overview drawn)', facts.drawn);
    const rows = [...all].sort((a, b) => a[1] - b[1]).map(([name, at]) => `${String(Math.round(at)).padStart(6)}  ${name}`);
    const size = facts.response ? `; file ${(facts.response.encoded / 1024 / 1024).toFixed(1)} MB on the wire, ${(facts.response.decoded / 1024 / 1024).toFixed(1)} MB decoded` : '';
    console.log(`run ${run} (load ${load} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end${size})\n${rows.join('\n')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(join(dist, 'bench-graphs'), { recursive: true, force: true });
}
