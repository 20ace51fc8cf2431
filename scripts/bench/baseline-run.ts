/**
 * The baselines, each run right after the app on the same graph in a fresh context: a bare
 * Cytoscape page and, for large graphs, a sigma page (pages/, built with Vite beside the
 * app and served by the same server), handed the positions the app drew.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { BaselineApi } from './pages/baseline-graph.ts';
import type { GraphCase } from './graphs.ts';
import { precompress } from './precompressed.ts';
import { frameStats, heapAfterGc, measure, NAME_SHIM, TIMEOUT, VIEWPORT, withTimeout, ZOOM_MS, type Sample } from './measure.ts';

/** The positions the app drew each generated graph at (first run), for the baselines. */
export const positionsFor = new Map<string, Record<string, { x: number; y: number }>>();

export interface BaselineResult {
  firstPaint: Sample;
  filter: Sample;
  select: Sample;
  zoomMedian: Sample;
  zoomP95: Sample;
  heapMB: Sample;
}

export type BaselinePage = 'cytoscape' | 'sigma';
type BaselineWindow = Window & { __baseline?: BaselineApi };

/**
 * One run of a baseline page (pages/, built beside the app): the same
 * graph file with the positions the app drew, the same steps in the same order.
 */
export async function runBaseline(browser: Browser, base: string, which: BaselinePage, graphUrl: string, graph: GraphCase): Promise<BaselineResult> {
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

const drawnFiles = new Map<string, string>();

/**
 * The file the baselines draw: the graph as the app got it, with the positions the app
 * drew it at when the app laid it out itself (written once, beside the original).
 */
export function baselineGraphUrl(dist: string, graph: GraphCase): string {
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
    precompress(join(dist, url));
    drawnFiles.set(graph.name, url);
  }
  return url;
}

export function formatBaseline(r: BaselineResult): string {
  return (Object.keys(r) as (keyof BaselineResult)[]).map((k) => `${k} ${typeof r[k] === 'number' ? (r[k] as number).toFixed(1) : r[k]}`).join(', ');
}

/** Build the baseline pages (pages/) with Vite into <dist>/bench-pages (served beside the app). */
export async function buildBaselinePages(dist: string): Promise<void> {
  const root = resolve('scripts/bench/pages');
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
