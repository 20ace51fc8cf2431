/**
 * One run of the app on one graph, in a fresh browser context: first drawn graph, layout,
 * long tasks, heap, overview and open community (above the scene budget), zoom, PNG
 * export, and filter, select and search, each to the app's User Timing mark for the state
 * the user sees (app/shared/marks.ts) and to the first frame Cytoscape draws with it.
 */
import type { Core } from 'cytoscape';
import type { Browser } from 'playwright-core';
import { wheelZoom } from './pages/baseline-graph.ts';
import type { GraphCase, GraphJson } from './graphs.ts';
import { frameStats, heapAfterGc, measure, NAME_SHIM, TIMEOUT, VIEWPORT, withTimeout, ZOOM_MS, type Sample } from './measure.ts';

// ----------------------------------------------------------------------------- in-page code

/** What the init script records in the page. Times are performance.now() (ms since navigation). */
interface BenchState {
  longTasks: { start: number; duration: number }[];
  firstCy: number;
  firstPaint: number;
  stop: boolean;
}
type BenchWindow = Window & {
  cy?: Core;
  __bench: BenchState;
  /** wheelZoom of pages/baseline-graph.ts, installed by an init script; frame intervals. */
  __wheelZoom: (container: Element, ms: number) => Promise<number[]>;
  /** performance.now() of the first frame Cytoscape draws once check() holds. */
  __drawnWhen: (check: () => boolean, timeoutMs: number) => Promise<number>;
  /**
   * startTime of the first User Timing mark `name` at or after `after` whose detail has
   * the line `detail` (any detail when null): the app reached that visible state.
   */
  __markAfter: (name: string, after: number, detail: string | null, timeoutMs: number) => Promise<number>;
};

function benchInitScript() {
  const b: BenchState = { longTasks: [], firstCy: -1, firstPaint: -1, stop: false };
  const w = window as unknown as BenchWindow;
  w.__bench = b;
  // A change reaches the screen in the first frame Cytoscape draws after it ('render' is
  // emitted once a frame is drawn), whichever animation frame that is.
  w.__drawnWhen = (check, timeoutMs) =>
    new Promise((resolve, reject) => {
      const cy = w.cy!;
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
  w.__markAfter = (name, after, detail, timeoutMs) =>
    new Promise((resolve, reject) => {
      const fits = (e: PerformanceEntry) => e.startTime >= after && (detail === null || String((e as PerformanceMark).detail ?? '').split('\n').includes(detail));
      const found = performance.getEntriesByName(name, 'mark').find(fits);
      if (found) return resolve(found.startTime);
      const observer = new PerformanceObserver((list) => {
        const hit = list.getEntriesByName(name, 'mark').find(fits);
        if (!hit) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(hit.startTime);
      });
      observer.observe({ type: 'mark' });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the app never marked ${name}${detail === null ? '' : ` for ${detail}`}`));
      }, timeoutMs);
    });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask not supported: the column stays empty
  }
  const frame = () => {
    const cy = w.cy;
    if (b.firstCy < 0 && cy && cy.nodes().length > 0) {
      b.firstCy = performance.now();
      // Cytoscape draws on an animation frame: two frames later the graph is on screen.
      requestAnimationFrame(() => requestAnimationFrame(() => (b.firstPaint = performance.now())));
    }
    if (!b.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// ----------------------------------------------------------------------------- one run

export interface RunResult {
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

export const METRICS: { key: keyof RunResult; label: string; unit: string; digits: number }[] = [
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

/**
 * One run. `positionsFor` receives the positions the app drew a generated graph at (first
 * run), for the baselines to draw the same picture.
 */
export async function runOnce(
  browser: Browser,
  base: string,
  graph: GraphCase,
  workerUrl: string | null,
  options: { webgl: boolean; positionsFor: Map<string, Record<string, { x: number; y: number }>> },
): Promise<RunResult> {
  const { webgl, positionsFor } = options;
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

    // The app lays a graph without stored positions out first (between its
    // age:layout-start and age:layout-done marks), then builds the canvas: by the first
    // drawn graph the layout is over.
    const layoutSpan = () =>
      page.evaluate(() => {
        const start = performance.getEntriesByName('age:layout-start', 'mark')[0]?.startTime ?? -1;
        const done = performance.getEntriesByName('age:layout-done', 'mark')[0]?.startTime ?? -1;
        return { start, done };
      });
    result.layout = await measure('layout', async () => {
      const span = await layoutSpan();
      if (graph.stored) {
        if (span.start >= 0) console.warn('    the layout ran for a graph with stored positions');
        return span.start < 0 ? 0 : null;
      }
      return span.start >= 0 && span.done >= 0 ? span.done - span.start : null;
    });

    await page.waitForTimeout(500);
    const span = await layoutSpan();
    const tasks = await page.evaluate((layout) => {
      const b = (window as unknown as BenchWindow).__bench;
      b.stop = true;
      const longest = (from: number, to: number) =>
        b.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((max, t) => Math.max(max, t.duration), 0);
      const read = performance.getEntriesByName('age:graph-validated')[0] ?? performance.getEntriesByName('age:graph-parsed')[0];
      return {
        all: longest(0, b.firstPaint),
        layout: layout.start >= 0 && layout.done >= 0 ? longest(layout.start, layout.done) : null,
        read: read ? longest(0, read.startTime) : null,
      };
    }, span);
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
        page.evaluate(async (ms) => {
          const w = window as unknown as BenchWindow;
          // The view goes back to where it was, so the figures after the zoom see the same
          // view however far the gesture got (a faster page takes more of its wheel events);
          // then a moment for what the app does once a view stops (its label plan).
          const before = { zoom: w.cy!.zoom(), pan: { ...w.cy!.pan() } };
          const frames = await w.__wheelZoom(document.querySelector('[data-testid="graph-canvas"]')!, ms);
          w.cy!.viewport(before);
          await new Promise((done) => setTimeout(done, 300));
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          return frames;
        }, ZOOM_MS),
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

    // Each interaction is timed to the app's mark for the state the user then sees
    // (app/shared/marks.ts) and to the first frame Cytoscape draws with the change.
    result.filter = await measure('filter', async () => {
      // Found as a user finds it: the Filters landmark's checkbox named after the type.
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
            const t0 = performance.now();
            const shown = w.__markAfter('age:filter-shown', t0, null, timeoutMs);
            const drawn = w.__drawnWhen(changed, timeoutMs);
            input.click();
            return { canvas: (await drawn) - t0, ui: (await shown) - t0 };
          },
          { typeId: graph.relation.id, timeoutMs: TIMEOUT.step },
        ),
        TIMEOUT.step + 1_000,
      );
      result.filterUi = ms.ui;
      return ms.canvas;
    });

    const select = await measure('select', () =>
      withTimeout(
        page.evaluate(
          async ({ id, timeoutMs }) => {
            const w = window as unknown as BenchWindow;
            const node = w.cy!.getElementById(id);
            const t0 = performance.now();
            const shown = w.__markAfter('age:selection-shown', t0, `node ${id}`, timeoutMs);
            const drawn = w.__drawnWhen(() => node.hasClass('selected'), timeoutMs);
            node.emit('tap');
            return { panel: (await shown) - t0, canvas: (await drawn) - t0 };
          },
          { id: node.id, timeoutMs: TIMEOUT.step },
        ),
        TIMEOUT.step + 1_000,
      ),
    );
    result.select = typeof select === 'object' && select ? select.panel : select;
    result.selectCanvas = typeof select === 'object' && select ? select.canvas : select;

    const search = await measure('search', () =>
      withTimeout(
        page.evaluate(
          async ({ id, label, timeoutMs }) => {
            const w = window as unknown as BenchWindow;
            const node = w.cy!.getElementById(id);
            const input = document.querySelector<HTMLInputElement>('[role="search"] [role="combobox"]')!;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            input.focus();
            const t0 = performance.now();
            const listed = w.__markAfter('age:search-listed', t0, `node ${id}`, timeoutMs);
            const drawn = w.__drawnWhen(() => node.hasClass('search-hit'), timeoutMs);
            setValue.call(input, label);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const result = { list: (await listed) - t0, canvas: (await drawn) - t0 };
            // Leave the page as it was: no query, no highlighted hits.
            setValue.call(input, '');
            input.dispatchEvent(new Event('input', { bubbles: true }));
            return result;
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

