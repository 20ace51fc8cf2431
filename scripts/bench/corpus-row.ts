/**
 * The corpus row of the benchmark: a generated corpus (200 articles of 25 entities, 5,000
 * entities before merging) opened by link in the test build (the production build plus the
 * test hooks); the app reads it, validates and merges it in its worker. Reports the time
 * from the merge's start to the merged graph being on the page (User Timing marks
 * `age:corpus-merge-start` and `age:corpus-merged`) and the longest main-thread task in
 * that time. Asserts nothing. Run by main.ts after its other rows on the same build, and
 * alone by corpus.ts (`npm run bench:corpus`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { generateCorpus } from '../generate-corpus.ts';
import { freePort } from '../free-port.ts';

export interface CorpusRowOptions {
  articles: number;
  entities: number;
  /** An existing test build to serve; without it one is built (unless skipBuild: then dist/). */
  dist?: string | undefined;
  skipBuild?: boolean;
  /** Where to write the row's markdown table. */
  out?: string | undefined;
}

/** Measures the corpus row and returns its markdown table. */
export async function runCorpusRow({ articles, entities, dist: distArg, skipBuild = false, out }: CorpusRowOptions): Promise<string> {
  const work = mkdtempSync(join(os.tmpdir(), 'bench-corpus-'));
  const dist = distArg ?? (skipBuild ? 'dist' : join(work, 'dist'));
  try {
    if (!skipBuild && distArg === undefined) {
      const built = spawnSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', timeout: 300_000 });
      if (built.status !== 0) throw new Error('vite build failed');
    }
    const { corpus, graphs } = generateCorpus(articles, entities);
    const folder = join(dist, 'bench-corpus');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'generated.corpus.json'), JSON.stringify(corpus));
    for (const [id, graph] of graphs) writeFileSync(join(folder, `${id}.graph.json`), JSON.stringify(graph));
    const total = [...graphs.values()].reduce((sum, g) => sum + g.nodes.length, 0);

    const port = await freePort();
    const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
    const { path } = await findChromium();
    const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`http://127.0.0.1:${port}/?corpus=${encodeURIComponent('/bench-corpus/generated.corpus.json')}#lang=en`);
      await page.waitForFunction(() => performance.getEntriesByName('age:corpus-merged').length > 0, null, { timeout: 600_000 });
      const result = await page.evaluate(() => {
        const start = performance.getEntriesByName('age:corpus-merge-start')[0]?.startTime ?? 0;
        const end = performance.getEntriesByName('age:corpus-merged')[0]?.startTime ?? 0;
        const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks;
        const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= end);
        return { ms: end - start, longest: Math.max(0, ...during.map((t) => t.duration)) };
      });
      // Entities drawn: above the scene budget the canvas holds an overview, whose
      // community nodes stand for their members (their `size`).
      const nodes = await page.waitForFunction(
        () => {
          const cy = (window as unknown as { cy?: Core }).cy;
          if (!cy || cy.nodes().length === 0) return 0;
          return cy.nodes().reduce((sum, n) => sum + (n.hasClass('meta') ? Number(n.data('size')) : 1), 0);
        },
        null,
        { timeout: 600_000 },
      );
      const merged = await nodes.jsonValue();
      const lines = [
        `| figure | value |`,
        `|---|---:|`,
        `| corpus ${articles}: merge in worker, ms | ${Math.round(result.ms)} |`,
        `| corpus ${articles}: longest main-thread task during the merge, ms | ${Math.round(result.longest)} |`,
        `| corpus ${articles}: entities before / nodes after merging | ${total} / ${merged} |`,
      ];
      console.log(lines.join('\n'));
      if (out) writeFileSync(out, `${lines.join('\n')}\n`);
      return lines.join('\n');
    } finally {
      await browser.close();
      server.httpServer.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
