/**
 * npm run bench [-- --quick] [--runs N] [--sizes 1000,5000,20000] [--seed S] [--wait-idle SECONDS]
 *                 [--budget-min 9] [--skip-build] [--dist DIR] [--renderer webgl]
 *                 [--sigma-min 5000] [--no-baselines] [--no-corpus] [--out NAME (bench-results/NAME.md)]
 *                 [--check [--budgets FILE (bench-results/budgets.json)]]
 *
 * --check compares the medians (and app ÷ bare Cytoscape ratios) with the budgets file
 * and exits with status 1 when one misses, after writing the report.
 *
 * Measures the production build in headless Chromium with the article graph and with
 * generated graphs of 1,000, 5,000 and 20,000 nodes (no stored positions, so the
 * worker layout runs), plus the 20,000-node graph with stored positions. Prints a table
 * (median, min, max over the runs) and writes bench-results/latest.md and latest.json.
 * Asserts nothing about time; every wait is bounded, and a step that runs out of time
 * is reported as "timeout".
 *
 * Beside the app it measures two baselines on the same graphs in the same run: a bare
 * Cytoscape page (scripts/bench-pages/cytoscape.html) and, for graphs of --sigma-min
 * nodes (5,000) or more, a sigma page; the report prints app, baseline and their ratio,
 * so a noisy shared machine weighs on both sides (--no-baselines leaves them out).
 *
 * The build goes to a temporary folder (not dist/, which the browser tests serve), with
 * the generated graphs copied beside it, and is served by `vite preview` on 127.0.0.1
 * with the app's production headers. A generated graph reaches the app by intercepting
 * the request for the bundled graph and sending it to the generated file instead.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { generateGraph } from './generate-graph.ts';
import { wheelZoom, type BaselineApi } from './bench-pages/baseline-graph.ts';
import { freePort } from './free-port.ts';

// ----------------------------------------------------------------------------- options

const { values: args } = parseArgs({
  args: process.argv.slice(2),
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
const quick = args.quick === true;
const runsOverride = args.runs !== undefined ? Math.max(1, Number(args.runs)) : undefined;
const sizes = (args.sizes ?? '1000,5000,20000').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 1);
const skipBuild = args['skip-build'] === true;
const outDirArg = args.dist;
const seed = Number(args.seed ?? 1);
// Cytoscape's WebGL renderer instead of its canvas one; Chromium then renders WebGL in
// software (SwiftShader), as it must on these GPU-less machines.
const webgl = args.renderer === 'webgl';
/** Wait (at most this many seconds) for the 1-minute load average to fall below the core count. */
/** Start no repeated run after this many minutes (every graph still gets its first run). */
const budgetMs = Number(args['budget-min'] ?? 9) * 60_000;
/** Sigma runs on graphs of at least this many nodes (it is the large-graph peer). */
const sigmaMin = Number(args['sigma-min'] ?? 5000);
const noBaselines = args['no-baselines'] === true;
/** The corpus row (scripts/bench-corpus.ts) runs after the others on the same build unless this is given. */
const noCorpus = args['no-corpus'] === true;
const waitIdle = args['wait-idle'] !== undefined ? Math.max(0, Number(args['wait-idle'])) : 0;

/** Chromium with WebGL in software (SwiftShader), as it must run on these GPU-less machines. */
const WEBGL_ARGS = [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const TIMEOUT = {
  firstPaint: 150_000,
  layout: 300_000,
  storedCheck: 1_500,
  step: 60_000,
  png: 120_000,
};
const ZOOM_MS = 1_000;
const VIEWPORT = { width: 1440, height: 900 };

interface GraphCase {
  name: string;
  /** Path under the served folder; undefined for the bundled article graph. */
  file?: string;
  nodes: number;
  edges: number;
  stored: boolean;
  runs: number;
  /** A relation type to hide (the one with most edges), and its English label. */
  relation: { id: string; label: string };
  /** A node to select (the one with most relations), and its English label. */
  node: { id: string; label: string };
}

// ----------------------------------------------------------------------------- in-page code

/** What the init script records in the page. Times are performance.now() (ms since navigation). */
interface BenchState {
  longTasks: { start: number; duration: number }[];
  firstCy: number;
  firstPaint: number;
  /** The worker layout's progress bar ("Laying out …"): first shown, then gone. */
  layoutSeen: number;
  layoutGone: number;
  /** Any progress bar (layout, then drawing in slices): first shown, then all gone. */
  progressSeen: number;
  progressGone: number;
  stop: boolean;
}
type BenchWindow = Window & {
  cy?: Core;
  __bench: BenchState;
  /** wheelZoom of bench-pages/baseline-graph.ts, installed by an init script; frame intervals. */
  __wheelZoom: (container: Element, ms: number) => Promise<number[]>;
  /** performance.now() of the first frame Cytoscape draws once check() holds. */
  __drawnWhen: (check: () => boolean, timeoutMs: number) => Promise<number>;
};

/** tsx (esbuild keepNames) wraps named inner functions in __name(); the page needs a stand-in. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

function benchInitScript() {
  const b: BenchState = { longTasks: [], firstCy: -1, firstPaint: -1, layoutSeen: -1, layoutGone: -1, progressSeen: -1, progressGone: -1, stop: false };
  (window as unknown as BenchWindow).__bench = b;
  // A change reaches the screen in the first frame Cytoscape draws after it ('render' is
  // emitted once a frame is drawn), whichever animation frame that is.
  (window as unknown as BenchWindow).__drawnWhen = (check, timeoutMs) =>
    new Promise((resolve, reject) => {
      const cy = (window as unknown as BenchWindow).cy!;
      const onRender = () => {
        if (!check()) return;
        cy.off('render', onRender);
        clearTimeout(timer);
        resolve(performance.now());
      };
      const timer = setTimeout(() => {
        cy.off('render', onRender);
        reject(new Error('the canvas never drew the change'));
      }, timeoutMs);
      cy.on('render', onRender);
    });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask not supported: the column stays empty
  }
  const frame = () => {
    const now = performance.now();
    const cy = (window as unknown as BenchWindow).cy;
    if (b.firstCy < 0 && cy && cy.nodes().length > 0) {
      b.firstCy = now;
      // Cytoscape draws on an animation frame: two frames later the graph is on screen.
      requestAnimationFrame(() => requestAnimationFrame(() => (b.firstPaint = performance.now())));
    }
    const bars = [...document.querySelectorAll('[role="status"] progress')];
    const laying = bars.some((bar) => (bar.getAttribute('aria-label') ?? '').startsWith('Laying out'));
    if (laying && b.layoutSeen < 0) b.layoutSeen = now;
    if (!laying && b.layoutSeen >= 0 && b.layoutGone < 0) b.layoutGone = now;
    if (bars.length > 0 && b.progressSeen < 0) b.progressSeen = now;
    if (bars.length === 0 && b.progressSeen >= 0 && b.progressGone < 0) b.progressGone = now;
    if (!b.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// ----------------------------------------------------------------------------- helpers

type Sample = number | 'timeout' | 'error' | null;

class StepTimeout extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
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

async function measure<T>(what: string, run: () => Promise<T>): Promise<T | 'timeout' | 'error'> {
  try {
    return await run();
  } catch (error) {
    const timedOut = error instanceof StepTimeout || (error as Error).name === 'TimeoutError';
    console.warn(`    ${what}: ${timedOut ? 'timeout' : (error as Error).message.split('\n')[0]}`);
    return timedOut ? 'timeout' : 'error';
  }
}

function topBy<T>(items: T[], score: (item: T) => number): T {
  let best = items[0] as T;
  for (const item of items) if (score(item) > score(best)) best = item;
  return best;
}

interface GraphJson {
  nodes: { id: string; label: { en: string }; position?: unknown }[];
  edges: { source: string; target: string; type: string }[];
  relationTypes: { id: string; label: { en: string } }[];
}

function describeGraph(graph: GraphJson) {
  const byType = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const relation = topBy(graph.relationTypes, (r) => byType.get(r.id) ?? 0);
  const node = topBy(graph.nodes, (n) => degree.get(n.id) ?? 0);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    stored: graph.nodes.every((n) => n.position !== undefined),
    relation: { id: relation.id, label: relation.label.en },
    node: { id: node.id, label: node.label.en },
  };
}

// ----------------------------------------------------------------------------- one run

interface RunResult {
  workerLayout: Sample;
  firstPaint: Sample;
  layout: Sample;
  longestTask: Sample;
  longestTaskLayout: Sample;
  longestTaskRead: Sample;
  heapMB: Sample;
  zoomMedian: Sample;
  zoomP95: Sample;
  png: Sample;
  filter: Sample;
  select: Sample;
  selectCanvas: Sample;
  search: Sample;
  searchCanvas: Sample;
  filterUi: Sample;
  /** A graph above the scene budget: its first drawn picture is the overview of communities. */
  overview: Sample;
  /** Tap on the largest community → the first frame drawn with its members. */
  openCommunity: Sample;
}

const METRICS: { key: keyof RunResult; label: string; unit: string; digits: number }[] = [
  { key: 'firstPaint', label: 'navigation → first drawn graph', unit: 'ms', digits: 0 },
  { key: 'layout', label: 'layout in the app (worker, while its progress shows)', unit: 'ms', digits: 0 },
  { key: 'workerLayout', label: 'layout alone in a bare page\'s worker (no app)', unit: 'ms', digits: 0 },
  { key: 'longestTask', label: 'longest main-thread task, navigation → graph drawn', unit: 'ms', digits: 0 },
  { key: 'longestTaskLayout', label: 'longest main-thread task while the layout runs', unit: 'ms', digits: 0 },
  { key: 'longestTaskRead', label: 'longest main-thread task, navigation → file read and validated', unit: 'ms', digits: 0 },
  { key: 'filterUi', label: 'filter (uncheck a relation type) → summary updated', unit: 'ms', digits: 0 },
  { key: 'filter', label: 'filter (uncheck a relation type) → canvas frame drawn without its edges', unit: 'ms', digits: 0 },
  { key: 'select', label: 'select node (tap) → Details heading shows it', unit: 'ms', digits: 0 },
  { key: 'selectCanvas', label: 'select node (tap) → canvas frame drawn with it selected', unit: 'ms', digits: 0 },
  { key: 'search', label: 'search (type a label) → it is listed', unit: 'ms', digits: 0 },
  { key: 'searchCanvas', label: 'search (type a label) → canvas frame drawn with it marked', unit: 'ms', digits: 0 },
  { key: 'zoomMedian', label: 'frame time while zooming, median', unit: 'ms', digits: 1 },
  { key: 'zoomP95', label: 'frame time while zooming, p95', unit: 'ms', digits: 1 },
  { key: 'overview', label: 'navigation → overview of communities drawn (graphs above the scene budget)', unit: 'ms', digits: 0 },
  { key: 'openCommunity', label: 'open the largest community (tap) → canvas drawn with its members', unit: 'ms', digits: 0 },
  { key: 'png', label: 'PNG export (full, scale 1)', unit: 'ms', digits: 0 },
  { key: 'heapMB', label: 'JS heap after layout (after GC)', unit: 'MB', digits: 1 },
];

async function runOnce(browser: Browser, base: string, graph: GraphCase, workerUrl: string | null): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const result: RunResult = { workerLayout: null, firstPaint: null, layout: null, longestTask: null, longestTaskLayout: null, longestTaskRead: null, heapMB: null, zoomMedian: null, zoomP95: null, png: null, filter: null, filterUi: null, select: null, selectCanvas: null, search: null, searchCanvas: null, overview: null, openCommunity: null };
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(benchInitScript);
    // The app is zoomed by the very function the baseline pages import.
    await context.addInitScript({ content: `window.__wheelZoom = ${wheelZoom.toString()};` });
    // A generated graph is opened as a user opens one by link (?graph=), so it goes
    // through the same reading and validation as any file that is not the bundled one.
    const params = new URLSearchParams();
    if (graph.file) params.set('graph', graph.file);
    if (webgl) params.set('renderer', 'webgl');
    await page.goto(`${base}/${params.size > 0 ? `?${params}` : ''}`, { timeout: TIMEOUT.step, waitUntil: 'commit' });

    result.firstPaint = await measure('first paint', async () => {
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstPaint >= 0, null, { timeout: TIMEOUT.firstPaint, polling: 100 });
      return page.evaluate(() => (window as unknown as BenchWindow).__bench.firstPaint);
    });
    if (typeof result.firstPaint !== 'number') {
      const text = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '');
      throw new Error(`the graph was not drawn; the page says: ${JSON.stringify(text)}`);
    }

    // The app lays a graph without stored positions out first, then builds the canvas:
    // by the first drawn graph the layout is over.
    result.layout = await measure('layout', async () => {
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.progressSeen < 0 || (window as unknown as BenchWindow).__bench.progressGone >= 0, null, {
        timeout: TIMEOUT.layout,
        polling: 100,
      });
      const b = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
      if (graph.stored) {
        if (b.layoutSeen >= 0) console.warn('    layout progress appeared for a graph with stored positions');
        return b.layoutSeen < 0 ? 0 : null;
      }
      return b.layoutSeen >= 0 && b.layoutGone >= 0 ? b.layoutGone - b.layoutSeen : null;
    });

    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.stop = true;
      const loadEnd = Math.max(b.progressGone, b.firstPaint);
      const longest = (from: number, to: number) =>
        b.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((max, t) => Math.max(max, t.duration), 0);
      const read = performance.getEntriesByName('age:graph-validated')[0] ?? performance.getEntriesByName('age:graph-parsed')[0];
      return {
        all: longest(0, loadEnd),
        layout: b.layoutSeen >= 0 && b.layoutGone >= 0 ? longest(b.layoutSeen, b.layoutGone) : null,
        read: read ? longest(0, read.startTime) : null,
      };
    });
    result.longestTask = tasks.all;
    result.longestTaskRead = tasks.read;
    result.longestTaskLayout = graph.stored ? null : tasks.layout;

    result.heapMB = await measure('heap', () => heapAfterGc(context, page));

    // Above the scene budget the app opens on an overview of communities: open the
    // largest, then filter, select and search within it (on an entity it draws).
    let node = graph.node;
    const sceneMode = await page.evaluate(() => (window as unknown as BenchWindow).cy!.nodes('.meta').length > 0);
    if (sceneMode) {
      result.overview = result.firstPaint;
      result.openCommunity = await measure('open community', () =>
        withTimeout(
          page.evaluate(async (timeoutMs) => {
            const w = window as unknown as BenchWindow;
            const cy = w.cy!;
            const meta = cy.nodes('.meta').max((n) => Number(n.data('size'))).ele;
            const drawn = w.__drawnWhen(() => cy.nodes('.meta').length === 0 && cy.nodes().length > 0, timeoutMs);
            const t0 = performance.now();
            meta.emit('tap');
            return (await drawn) - t0;
          }, TIMEOUT.step),
          TIMEOUT.step + 1_000,
        ),
      );
      node = await page.evaluate(() => {
        const hub = (window as unknown as BenchWindow).cy!.nodes().max((n) => Number(n.data('degree'))).ele;
        return { id: hub.id(), label: String(hub.data('label')).replace(/[\u2066-\u2069]/g, '') };
      });
    }

    const zoom = await measure('zoom', async () => {
      const deltas = await withTimeout(
        page.evaluate((ms) => (window as unknown as BenchWindow).__wheelZoom(document.querySelector('[data-testid="graph-canvas"]')!, ms), ZOOM_MS),
        TIMEOUT.step,
      );
      const z = frameStats(deltas);
      if (!z) return null;
      result.zoomP95 = z.p95;
      return z.median;
    });
    result.zoomMedian = zoom;
    if (typeof zoom !== 'number') result.zoomP95 = zoom;

    result.png = await measure('png', () =>
      withTimeout(
        page.evaluate(async () => {
          const cy = (window as unknown as BenchWindow).cy!;
          const t0 = performance.now();
          const blob = await cy.png({ output: 'blob-promise', full: true, scale: 1 });
          if (!(blob instanceof Blob) || blob.size === 0) throw new Error('PNG export came back empty');
          return performance.now() - t0;
        }),
        TIMEOUT.png,
      ),
    );

    result.filter = await measure('filter', async () => {
      const box = page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: graph.relation.label, exact: true }).first();
      await box.evaluate((el) => el.setAttribute('data-bench-target', ''), undefined, { timeout: TIMEOUT.step });
      const ms = await withTimeout(
        page.evaluate(
          async ({ typeId, timeoutMs }) => {
            const w = window as unknown as BenchWindow;
            const cy = w.cy!;
            const input = document.querySelector<HTMLInputElement>('[data-bench-target]')!;
            const edge = cy.edges().filter((e) => e.data('type') === typeId)[0];
            const before = cy.elements(':visible').length;
            const changed = () => (edge ? edge.removed() || !edge.visible() : cy.elements(':visible').length !== before);
            const summary = document.querySelector('.filter-summary');
            const summaryBefore = summary?.textContent;
            let ui = -1;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (ui < 0 && summary?.textContent !== summaryBefore) {
                ui = performance.now() - t0;
                observer.disconnect();
              }
            });
            if (summary) observer.observe(summary, { childList: true, subtree: true, characterData: true });
            const drawn = w.__drawnWhen(changed, timeoutMs);
            input.click();
            return { canvas: (await drawn) - t0, ui };
          },
          { typeId: graph.relation.id, timeoutMs: TIMEOUT.step },
        ),
        TIMEOUT.step + 1_000,
      );
      result.filterUi = ms.ui >= 0 ? ms.ui : null;
      return ms.canvas;
    });

    const select = await measure('select', async () => {
      await page
        .getByRole('complementary', { name: 'Details' })
        .evaluate((el) => el.setAttribute('data-bench-details', ''), undefined, { timeout: TIMEOUT.step });
      return withTimeout(
        page.evaluate(
          ({ id, label, timeoutMs }) => {
            const w = window as unknown as BenchWindow;
            const cy = w.cy!;
            const node = cy.getElementById(id);
            const panel = document.querySelector('[data-bench-details]')!;
            const shows = () => panel.querySelector('h2')?.textContent?.includes(label) === true;
            return new Promise<{ panel: number; canvas: number }>((resolve, reject) => {
              let t0 = 0;
              let shown = -1;
              let drawn = -1;
              const finish = () => {
                if (shown >= 0 && drawn >= 0) resolve({ panel: shown, canvas: drawn });
              };
              const observer = new MutationObserver(() => {
                if (!shows()) return;
                observer.disconnect();
                shown = performance.now() - t0;
                finish();
              });
              observer.observe(panel, { childList: true, subtree: true, characterData: true });
              setTimeout(() => {
                observer.disconnect();
                reject(new Error('the Details heading never showed the node'));
              }, timeoutMs);
              w.__drawnWhen(() => node.hasClass('selected'), timeoutMs).then((t) => {
                drawn = t - t0;
                finish();
              }, reject);
              t0 = performance.now();
              node.emit('tap');
            });
          },
          { id: node.id, label: node.label, timeoutMs: TIMEOUT.step },
        ),
        TIMEOUT.step + 1_000,
      );
    });
    result.select = typeof select === 'object' && select ? select.panel : select;
    result.selectCanvas = typeof select === 'object' && select ? select.canvas : select;

    const search = await measure('search', () =>
      withTimeout(
        page.evaluate(
          ({ id, label, timeoutMs }) => {
            const w = window as unknown as BenchWindow;
            const node = w.cy!.getElementById(id);
            const input = document.querySelector<HTMLInputElement>('[role="search"] [role="combobox"]')!;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            const listed = () => [...document.querySelectorAll('[role="listbox"] [role="option"]')].some((o) => o.textContent?.includes(label));
            input.focus();
            return new Promise<{ list: number; canvas: number }>((resolve, reject) => {
              let t0 = 0;
              let list = -1;
              let canvas = -1;
              const finish = () => {
                if (list < 0 || canvas < 0) return;
                // Leave the page as it was: no query, no highlighted hits.
                setValue.call(input, '');
                input.dispatchEvent(new Event('input', { bubbles: true }));
                resolve({ list, canvas });
              };
              const observer = new MutationObserver(() => {
                if (list >= 0 || !listed()) return;
                observer.disconnect();
                list = performance.now() - t0;
                finish();
              });
              observer.observe(document.body, { childList: true, subtree: true, characterData: true });
              setTimeout(() => {
                observer.disconnect();
                reject(new Error('the search never listed the node'));
              }, timeoutMs);
              w.__drawnWhen(() => node.hasClass('search-hit'), timeoutMs).then((t) => {
                canvas = t - t0;
                finish();
              }, reject);
              t0 = performance.now();
              setValue.call(input, label);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            });
          },
          { id: node.id, label: node.label, timeoutMs: TIMEOUT.step },
        ),
        TIMEOUT.step + 1_000,
      ),
    );
    result.search = typeof search === 'object' && search ? search.list : search;
    result.searchCanvas = typeof search === 'object' && search ? search.canvas : search;

    // The positions the app drew, for the baselines to draw the same picture.
    // (Not for a scene: the canvas holds part of the graph, the baselines place the rest themselves.)
    if (!graph.stored && graph.file && !sceneMode && !positionsFor.has(graph.name)) {
      positionsFor.set(graph.name, await page.evaluate(() => {
        const out: Record<string, { x: number; y: number }> = {};
        (window as unknown as BenchWindow).cy!.nodes().forEach((n) => {
          out[n.id()] = n.position();
        });
        return out;
      }));
    }
  } catch (error) {
    console.warn(`    run failed: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    // The same layout with nothing else on the page: the worker's own speed in the browser.
    if (!graph.stored && graph.file && workerUrl) {
      await page.close().catch(() => undefined);
      result.workerLayout = await measure('bare worker layout', async () => {
        const bare = await context.newPage();
        await bare.goto(`${base}/bench-graphs/blank.html`, { timeout: TIMEOUT.step });
        return withTimeout(
          bare.evaluate(
            async ({ graphUrl, worker }) => {
              const graph = (await (await fetch(graphUrl)).json()) as GraphJson;
              const input = { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) };
              const w = new Worker(worker, { type: 'module' });
              const t0 = performance.now();
              return new Promise<number>((resolve, reject) => {
                w.onmessage = (event: MessageEvent<{ kind: string }>) => {
                  if (event.data.kind !== 'done') return;
                  resolve(performance.now() - t0);
                  w.terminate();
                };
                w.onerror = (event) => reject(new Error(event.message || 'worker failed'));
                w.postMessage(input);
              });
            },
            { graphUrl: `${base}${graph.file}`, worker: workerUrl },
          ),
          TIMEOUT.layout,
        );
      });
    }
  } finally {
    if (errors.length > 0) console.warn(`    ${errors.length} page error(s), first: ${errors[0]!.slice(0, 200)}`);
    await context.close().catch(() => undefined);
  }
  return result;
}

// ----------------------------------------------------------------------------- baselines

/** The positions the app drew each generated graph at (first run), for the baselines. */
const positionsFor = new Map<string, Record<string, { x: number; y: number }>>();

interface BaselineResult {
  firstPaint: Sample;
  filter: Sample;
  select: Sample;
  zoomMedian: Sample;
  zoomP95: Sample;
  heapMB: Sample;
}

type BaselinePage = 'cytoscape' | 'sigma';
type BaselineWindow = Window & { __baseline?: BaselineApi };

/**
 * One run of a baseline page (scripts/bench-pages/, built beside the app): the same
 * graph file with the positions the app drew, the same steps in the same order.
 */
async function runBaseline(browser: Browser, base: string, which: BaselinePage, graphUrl: string, graph: GraphCase): Promise<BaselineResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const result: BaselineResult = { firstPaint: null, filter: null, select: null, zoomMedian: null, zoomP95: null, heapMB: null };
  try {
    await context.addInitScript(NAME_SHIM);
    await page.goto(`${base}/bench-pages/${which}.html?graph=${encodeURIComponent(graphUrl)}`, { timeout: TIMEOUT.step, waitUntil: 'commit' });
    result.firstPaint = await measure(`${which} first paint`, async () => {
      await page.waitForFunction(() => (window as BaselineWindow).__baseline !== undefined, null, { timeout: TIMEOUT.firstPaint, polling: 100 });
      return page.evaluate(() => (window as BaselineWindow).__baseline!.firstPaint);
    });
    if (typeof result.firstPaint !== 'number') throw new Error(`the ${which} baseline never drew the graph`);
    await page.waitForTimeout(500);
    result.heapMB = await measure(`${which} heap`, () => heapAfterGc(context, page));
    const zoom = await measure(`${which} zoom`, () => withTimeout(page.evaluate((ms) => (window as BaselineWindow).__baseline!.zoom(ms), ZOOM_MS), TIMEOUT.step));
    if (Array.isArray(zoom)) {
      const z = frameStats(zoom);
      result.zoomMedian = z?.median ?? null;
      result.zoomP95 = z?.p95 ?? null;
    } else result.zoomMedian = result.zoomP95 = zoom;
    result.filter = await measure(`${which} filter`, () => withTimeout(page.evaluate((id) => (window as BaselineWindow).__baseline!.filter(id), graph.relation.id), TIMEOUT.step));
    result.select = await measure(`${which} select`, () => withTimeout(page.evaluate((id) => (window as BaselineWindow).__baseline!.select(id), graph.node.id), TIMEOUT.step));
  } catch (error) {
    console.warn(`    ${which} run failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    if (errors.length > 0) console.warn(`    ${which}: ${errors.length} page error(s), first: ${errors[0]!.slice(0, 200)}`);
    await context.close().catch(() => undefined);
  }
  return result;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page);
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), TIMEOUT.step);
  await cdp.send('Performance.enable');
  const { metrics } = await withTimeout(cdp.send('Performance.getMetrics'), TIMEOUT.step);
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? null : used / 1024 / 1024;
}

function frameStats(deltas: number[]): { median: number; p95: number } | null {
  const sorted = [...deltas].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! };
}

const drawnFiles = new Map<string, string>();

/**
 * The file the baselines draw: the graph as the app got it, with the positions the app
 * drew it at when the app laid it out itself (written once, beside the original).
 */
function baselineGraphUrl(dist: string, graph: GraphCase): string {
  if (!graph.file) return '/bench-graphs/article.json';
  const positions = positionsFor.get(graph.name);
  if (graph.stored || !positions) return graph.file;
  let url = drawnFiles.get(graph.name);
  if (!url) {
    url = graph.file.replace(/\.json$/, '-drawn.json');
    const data = JSON.parse(readFileSync(join(dist, graph.file), 'utf8')) as { nodes: { id: string; position?: { x: number; y: number } }[] };
    for (const node of data.nodes) {
      const p = positions[node.id];
      if (p) node.position = { x: p.x, y: p.y };
    }
    writeFileSync(join(dist, url), JSON.stringify(data));
    drawnFiles.set(graph.name, url);
  }
  return url;
}

function formatBaseline(r: BaselineResult): string {
  return (Object.keys(r) as (keyof BaselineResult)[]).map((k) => `${k} ${typeof r[k] === 'number' ? (r[k] as number).toFixed(1) : r[k]}`).join(', ');
}

/** Build the baseline pages with Vite into <dist>/bench-pages (served beside the app). */
async function buildBaselinePages(dist: string): Promise<void> {
  const root = resolve('scripts/bench-pages');
  await build({
    configFile: false,
    root,
    base: '/bench-pages/',
    logLevel: 'warn',
    build: {
      outDir: join(resolve(dist), 'bench-pages'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { cytoscape: join(root, 'cytoscape.html'), sigma: join(root, 'sigma.html') } },
    },
  });
}

// ----------------------------------------------------------------------------- report

function stats(samples: Sample[]): { median: number; min: number; max: number; n: number; timeouts: number; errors: number } | null {
  const nums = samples.filter((s): s is number => typeof s === 'number').sort((a, b) => a - b);
  const timeouts = samples.filter((s) => s === 'timeout').length;
  const errors = samples.filter((s) => s === 'error').length;
  if (nums.length === 0) return timeouts + errors > 0 ? { median: NaN, min: NaN, max: NaN, n: 0, timeouts, errors } : null;
  const mid = Math.floor(nums.length / 2);
  const median = nums.length % 2 === 1 ? nums[mid]! : (nums[mid - 1]! + nums[mid]!) / 2;
  return { median, min: nums[0]!, max: nums[nums.length - 1]!, n: nums.length, timeouts, errors };
}

function cell(samples: Sample[], digits: number): string {
  const s = stats(samples);
  if (!s) return '–';
  const f = (x: number) => x.toFixed(digits);
  const extra = [s.timeouts ? `${s.timeouts} timeout` : '', s.errors ? `${s.errors} error` : ''].filter(Boolean).join(', ');
  if (s.n === 0) return extra;
  const range = s.n > 1 ? ` (${f(s.min)}–${f(s.max)})` : '';
  return `${f(s.median)}${range}${extra ? `, ${extra}` : ''}`;
}

/** The figures compared side by side: the app's metric and the baselines' matching one. */
const COMPARED: { label: string; app: keyof RunResult; base: keyof BaselineResult | null; digits: number; unit: string }[] = [
  { label: 'first drawn graph', app: 'firstPaint', base: 'firstPaint', digits: 0, unit: 'ms' },
  { label: 'filter → canvas drawn', app: 'filter', base: 'filter', digits: 0, unit: 'ms' },
  { label: 'select → canvas drawn', app: 'selectCanvas', base: 'select', digits: 0, unit: 'ms' },
  { label: 'search → canvas drawn', app: 'searchCanvas', base: null, digits: 0, unit: 'ms' },
  { label: 'zoom frame, median', app: 'zoomMedian', base: 'zoomMedian', digits: 1, unit: 'ms' },
  { label: 'zoom frame, p95', app: 'zoomP95', base: 'zoomP95', digits: 1, unit: 'ms' },
  { label: 'JS heap after GC', app: 'heapMB', base: 'heapMB', digits: 1, unit: 'MB' },
  { label: 'overview drawn', app: 'overview', base: null, digits: 0, unit: 'ms' },
  { label: 'open community → canvas drawn', app: 'openCommunity', base: null, digits: 0, unit: 'ms' },
];

function median(samples: Sample[]): number | null {
  const s = stats(samples);
  return s && s.n > 0 ? s.median : null;
}

function ratio(a: number | null, b: number | null): string {
  return a === null || b === null || b <= 0 ? '–' : `${(a / b).toFixed(2)}×`;
}

/**
 * One row per graph and figure: the app, bare Cytoscape, their ratio, and sigma where it
 * ran. For a graph the app lays out itself, the baselines' first draw has the bare
 * worker layout added, since they are handed the finished positions.
 */
function sideBySideTable(cases: GraphCase[], results: Map<string, RunResult[]>, baselines: Map<string, { cytoscape: BaselineResult[]; sigma: BaselineResult[] }>): string {
  const rows: string[][] = [];
  for (const c of cases) {
    const app = results.get(c.name)!;
    const b = baselines.get(c.name)!;
    const layout = c.stored ? 0 : median(app.map((r) => r.workerLayout));
    for (const m of COMPARED) {
      const appCell = cell(app.map((r) => r[m.app]), m.digits);
      const appMedian = median(app.map((r) => r[m.app]));
      const base = (list: BaselineResult[]) => {
        if (m.base === null || list.length === 0) return { text: '–', value: null as number | null };
        const key = m.base;
        const samples = list.map((r) => r[key]);
        let value = median(samples);
        let text = cell(samples, m.digits);
        if (key === 'firstPaint' && !c.stored && value !== null) {
          if (layout === null) return { text: `${text} (no bare layout figure)`, value: null };
          text = `${(value + layout).toFixed(0)} (draw ${value.toFixed(0)} + layout ${layout.toFixed(0)})`;
          value += layout;
        }
        return { text, value };
      };
      const bare = base(b.cytoscape);
      const sigma = base(b.sigma);
      rows.push([c.name, `${m.label}, ${m.unit}`, appCell, bare.text, ratio(appMedian, bare.value), sigma.text, ratio(appMedian, sigma.value)]);
    }
  }
  return markdownTable(['graph', 'figure', 'app', 'bare Cytoscape', 'app ÷ bare', 'sigma', 'app ÷ sigma'], rows);
}

interface Budget {
  graph: string;
  /** A label of COMPARED. */
  figure: string;
  /** Most the app's median may be. */
  max?: number;
  /** Most app ÷ bare Cytoscape may be. */
  maxRatio?: number;
}

/** The budgets the medians miss (or cannot be checked against), one line each. */
function checkBudgets(file: string, cases: GraphCase[], results: Map<string, RunResult[]>, baselines: Map<string, { cytoscape: BaselineResult[]; sigma: BaselineResult[] }>): string[] {
  const { budgets } = JSON.parse(readFileSync(file, 'utf8')) as { budgets: Budget[] };
  const misses: string[] = [];
  for (const b of budgets) {
    const c = cases.find((x) => x.name === b.graph);
    const m = COMPARED.find((x) => x.label === b.figure);
    if (!m) {
      misses.push(`${b.graph} / ${b.figure}: no such figure`);
      continue;
    }
    if (!c) continue; // a size not run this time (--sizes)
    const { app, bare } = compared(c, m, results.get(c.name)!, baselines.get(c.name)!.cytoscape);
    if (b.max !== undefined && (app === null || app > b.max)) misses.push(`${b.graph} / ${b.figure}: ${app === null ? 'no figure' : app.toFixed(m.digits)} > ${b.max} ${m.unit}`);
    if (b.maxRatio !== undefined && !noBaselines) {
      const r = app !== null && bare !== null && bare > 0 ? app / bare : null;
      if (r === null || r > b.maxRatio) misses.push(`${b.graph} / ${b.figure}: app ÷ bare ${r === null ? 'unknown' : `${r.toFixed(2)}×`} > ${b.maxRatio}×`);
    }
  }
  return misses;
}

/** The app's median of a compared figure and bare Cytoscape's (with the bare layout added to its first draw, as in the table). */
function compared(c: GraphCase, m: (typeof COMPARED)[number], app: RunResult[], bare: BaselineResult[]): { app: number | null; bare: number | null } {
  const appMedian = median(app.map((r) => r[m.app]));
  if (m.base === null || bare.length === 0) return { app: appMedian, bare: null };
  const key = m.base;
  let value = median(bare.map((r) => r[key]));
  if (key === 'firstPaint' && !c.stored && value !== null) {
    const layout = median(app.map((r) => r.workerLayout));
    value = layout === null ? null : value + layout;
  }
  return { app: appMedian, bare: value };
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

// ----------------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  // What is measured is the tree as built now; later edits in the worktree are not in it.
  const commit = gitDescribe();
  const work = mkdtempSync(join(os.tmpdir(), 'age-bench-'));
  // Our own build in a temporary folder, unless told to use an existing one (then only
  // the bench-graphs/ folder is added to it, and removed at the end).
  const dist = outDirArg ?? (skipBuild ? 'dist' : join(work, 'dist'));
  const ownDist = outDirArg === undefined && !skipBuild;
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  let browser: Browser | null = null;
  // sigma needs WebGL: a second Chromium with software WebGL (the app's stays as users' is).
  let sigmaBrowser: Browser | null = null;
  try {
    if (!skipBuild) {
      console.log(`building the app into ${dist} …`);
      const appBuild = spawnSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', timeout: 300_000 });
      if (appBuild.status !== 0) throw new Error(`vite build failed (exit ${appBuild.status ?? appBuild.signal})`);
    }
    if (!noBaselines) {
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

    // Graphs: the article graph as shipped, generated ones beside the build.
    const runsFor = (n: number) => runsOverride ?? (quick ? 1 : n);
    const article = JSON.parse(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8')) as GraphJson;
    const cases: GraphCase[] = [{ name: 'article', ...describeGraph(article), runs: runsFor(3) }];
    mkdirSync(join(dist, 'bench-graphs'), { recursive: true });
    writeFileSync(join(dist, 'bench-graphs', 'article.json'), JSON.stringify(article));
    writeFileSync(join(dist, 'bench-graphs', 'blank.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
    const workerFile = readdirSync(join(dist, 'assets')).find((f) => /^layout\.worker.*\.js$/.test(f));
    const workerUrl = workerFile ? `/assets/${workerFile}` : null;
    if (!workerUrl) console.warn('no layout worker in the build: the bare worker measurement is skipped');
    const largest = Math.max(...sizes);
    for (const n of sizes) {
      const variants = n === largest && n >= 10_000 ? [false, true] : [false];
      for (const positions of variants) {
        const t0 = Date.now();
        const graph = generateGraph({ nodes: n, seed, positions });
        const file = `bench-graphs/generated-${n}${positions ? '-positions' : ''}.json`;
        const text = JSON.stringify(graph);
        writeFileSync(join(dist, file), text);
        const label = `${n >= 1000 ? `${n / 1000}k` : n}${positions ? ' stored' : ''}`;
        console.log(`generated ${label}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${(text.length / 1024 / 1024).toFixed(1)} MB (${Date.now() - t0} ms)`);
        cases.push({ name: label, file: `/${file}`, ...describeGraph(graph as unknown as GraphJson), runs: runsFor(n >= 10_000 ? 2 : 3) });
      }
    }

    if (waitIdle > 0) await waitForIdle(waitIdle);
    const loadAtStart = os.loadavg();
    const port = await freePort();
    server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
    const base = `http://127.0.0.1:${port}`;
    const found = await findChromium();
    browser = await chromium.launch({ executablePath: found.path, args: webgl ? WEBGL_ARGS : CHROMIUM_ARGS, headless: true });
    const chromiumVersion = browser.version();
    console.log(`serving ${dist} on ${base}; Chromium ${chromiumVersion} (${found.from})`);

    // Round by round (every graph once, then every graph again, …), so that when the time
    // budget runs out it is repetitions that are dropped, not whole graphs.
    const results = new Map<string, RunResult[]>(cases.map((c) => [c.name, []]));
    const baselines = new Map<string, { cytoscape: BaselineResult[]; sigma: BaselineResult[] }>(cases.map((c) => [c.name, { cytoscape: [], sigma: [] }]));
    const rounds = Math.max(...cases.map((c) => c.runs));
    for (let i = 0; i < rounds; i++) {
      for (const graph of cases) {
        const list = results.get(graph.name)!;
        if (i >= graph.runs) continue;
        if (i > 0 && Date.now() - started > budgetMs) {
          console.warn(`${graph.name}: run ${i + 1} skipped, the time budget of ${budgetMs / 60_000} min is spent`);
          continue;
        }
        if (i > 0 && list.every((r) => r.firstPaint === 'timeout')) {
          console.warn(`${graph.name}: not repeated, the first run never drew the graph`);
          continue;
        }
        console.log(`${graph.name}: run ${i + 1}/${graph.runs} (${graph.nodes} nodes, ${graph.edges} edges${graph.stored ? ', stored positions' : ''})`);
        const r = await runOnce(browser, base, graph, workerUrl);
        console.log(`    ${METRICS.map((m) => `${m.key} ${typeof r[m.key] === 'number' ? (r[m.key] as number).toFixed(m.digits) : r[m.key]}`).join(', ')}`);
        list.push(r);
        if (noBaselines) continue;
        // The baselines right after the app, on the same graph and positions, so that
        // whatever else the machine is doing weighs on both alike.
        const graphUrl = baselineGraphUrl(dist, graph);
        const bare = await runBaseline(browser, base, 'cytoscape', graphUrl, graph);
        console.log(`    bare Cytoscape: ${formatBaseline(bare)}`);
        baselines.get(graph.name)!.cytoscape.push(bare);
        if (graph.nodes >= sigmaMin) {
          sigmaBrowser ??= await chromium.launch({ executablePath: found.path, args: WEBGL_ARGS, headless: true });
          const sig = await runBaseline(sigmaBrowser, base, 'sigma', graphUrl, graph);
          console.log(`    sigma: ${formatBaseline(sig)}`);
          baselines.get(graph.name)!.sigma.push(sig);
        }
      }
    }

    // Report.
    const header = ['metric', ...cases.map((c) => `${c.name} (${c.nodes} n / ${c.edges} e)`)];
    const rows = METRICS.map((m) => [`${m.label}, ${m.unit}`, ...cases.map((c) => cell(results.get(c.name)!.map((r) => r[m.key]), m.digits))]);
    rows.push(['runs', ...cases.map((c) => String(results.get(c.name)!.length))]);
    rows.push([`initial JS (${jsFiles.length} file${jsFiles.length === 1 ? '' : 's'}), gzip`, `${(jsGzip / 1024).toFixed(1)} KB (raw ${(jsRaw / 1024).toFixed(1)} KB)`, ...cases.slice(1).map(() => '')]);
    const table = markdownTable(header, rows);
    const cpus = os.cpus();
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const machine = [
      `- date: ${new Date().toISOString()}`,
      `- machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
      `- load average (1/5/15 min) at the start: ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (other work on the machine inflates every number)`,
      `- Node ${process.version}; Chromium ${chromiumVersion} (${found.from}), headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
      `- commit: ${commit}`,
      `- ${quick ? 'quick run (1 run each)' : 'full run'}; took ${minutes} min; generated graphs seed ${seed}; renderer: ${webgl ? 'Cytoscape WebGL (Chromium SwiftShader)' : 'Cytoscape canvas'}`,
    ].join('\n');
    const notes = [
      'Each cell is the median over the runs, with (min–max) when there is more than one run. Every run is a fresh browser context.',
      'Generated graphs (scripts/generate-graph.ts) have ~2 edges a node and no stored positions, so the app lays them out in its Web Worker; "20k stored" is the same 20,000-node graph with stored (clustered) positions, so no layout runs. They are opened by link (`?graph=/bench-graphs/…`), so they are read and validated as any file that is not the bundled graph (in the validation worker).',
      '- first drawn graph: from navigation start until `window.cy` has nodes and two animation frames have passed (file fetched, validated, indexed, laid out when it has no stored positions, canvas built and drawn).',
      '- layout alone: the app\'s built layout worker, given the same graph in an empty page of the same origin, until it answers with positions (the brief\'s "layout in the browser worker").',
      '- layout in the app: while the "Laying out …" progress bar shows (the worker runs; the canvas is built after it); 0 when the graph has stored positions.',
      '- longest task, navigation → file read and validated: the longest `longtask` entry until the `age:graph-validated` mark (for the bundled graph, `age:graph-parsed`: it is checked after the first frame).',
      '- longest main-thread task: the longest `longtask` entry (PerformanceObserver) from navigation until the graph is drawn and no progress bar shows; "while the layout runs": the longest one overlapping the layout progress.',
      '- filter → summary: until the Filters landmark\'s summary line ("Showing …") changes (MutationObserver).',
      '- filter: unchecking the relation type with most edges in the Filters landmark, until the first frame Cytoscape draws with its edges hidden.',
      '- select: `tap` emitted on the node with most relations, until the Details landmark\'s heading shows its label (MutationObserver).',
      '- search: the node\'s whole label set in the search box at once (an input event), until the listbox shows it as an option (MutationObserver); the canvas then marks the hits.',
      '- zoom: a mouse-wheel event at the centre of the canvas every animation frame for 1 s (zooming in, then out: what a user does, so Cytoscape\'s viewport levers such as textureOnViewport and hideEdgesOnViewport apply, which they do not to a programmatic `cy.zoom`), then 0.3 s more for the full redraw after the wheel stops; intervals between frames.',
      '- PNG export: `cy.png({ output: "blob-promise", full: true, scale: 1 })`.',
      '- heap: CDP `Performance.getMetrics` JSHeapUsedSize of the page after a forced GC, after layout (the worker\'s heap is not included).',
      '- initial JS: the JavaScript files index.html references, gzipped with zlib at level 9.',
      '- canvas drawn (filter, select, search): until the first `render` event Cytoscape emits (after drawing a frame) once the change is in its elements\' styles; sigma: its `afterRender`.',
      '',
      'Baselines (scripts/bench-pages/, built by the bench with Vite beside the app and served by the same server), each run right after the app on the same graph, in a fresh context:',
      '- bare Cytoscape: fetch the same file, `JSON.parse`, map it to elements with the app\'s colours, load the label font, `cytoscape({ elements, style: <the app\'s stylesheet>, layout: preset })` with Cytoscape\'s default options. No React, no store, no validation, no index, no slicing. Filter: `addClass("hidden")` on the relation type\'s edges in a batch; select: `selected` on the node and `highlighted` on its edges.',
      '- sigma 3 + graphology (WebGL, in software here: SwiftShader), default settings, labels off, for graphs of at least ' + sigmaMin + ' nodes. Filter: `hidden` on the edges; select: `highlighted` on the node.',
      '- both are handed the positions the app drew (its own layout\'s, read from `cy` after its first run), so they draw the same picture; their "first drawn graph" then adds the bare worker layout\'s median for graphs the app lays out itself.',
      '- a ratio is app ÷ baseline of the medians: below 1 the app is faster than the bare page.',
    ].join('\n');
    const side = noBaselines ? '' : `## App and baselines, side by side\n\n${sideBySideTable(cases, results, baselines)}\n\n`;
    const md = `# Benchmark\n\n${machine}\n\n${side}## The app in detail\n\n${table}\n\n${notes}\n`;
    mkdirSync('bench-results', { recursive: true });
    const out = `bench-results/${args.out ?? (webgl ? 'latest-webgl' : 'latest')}`;
    writeFileSync(`${out}.md`, md);
    writeFileSync(
      `${out}.json`,
      JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, node: process.version, cpus: cpus.length, jsRaw, jsGzip, jsFiles, cases, results: Object.fromEntries(results), baselines: Object.fromEntries(baselines) }, null, 2) + '\n',
    );
    console.log(`\n${side}${table}\n\nwritten to ${out}.md and ${out}.json (${minutes} min)`);
    if (args.check === true) {
      const misses = checkBudgets(args.budgets ?? 'bench-results/budgets.json', cases, results, baselines);
      if (misses.length > 0) {
        console.error(`\n${misses.length} budget(s) missed:\n${misses.map((x) => `- ${x}`).join('\n')}`);
        process.exitCode = 1;
      } else console.log('\nevery budget met');
    }
    if (!noCorpus) {
      console.log('\ncorpus row: a generated corpus of 200 articles merged in the app\'s worker …');
      const corpus = spawnSync('npx', ['tsx', 'scripts/bench-corpus.ts', '--dist', dist, '--out', 'bench-results/corpus.md'], { stdio: 'inherit', timeout: 900_000 });
      if (corpus.status !== 0) throw new Error(`the corpus row failed (exit ${corpus.status ?? corpus.signal})`);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await sigmaBrowser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    if (!ownDist) rmSync(join(dist, 'bench-graphs'), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
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
