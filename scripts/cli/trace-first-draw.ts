/**
 * npm run trace -- [url] [--runs N] [--trace FILE] [--profile]
 *
 * Where the article graph's first draw spends its time: loads the page (by default a
 * `vite preview` of dist/ on 127.0.0.1, started here) in headless Chromium and prints,
 * per run, the app's User Timing marks (`age:*`), when each resource finished loading,
 * and the long tasks before the first canvas frame. `--trace FILE` also writes a Chrome
 * performance trace of the last run (open it in the browser's Performance panel), and
 * `--profile` prints where the main thread spent its time until the first canvas frame
 * (a CPU profile's self time, summed by function and file).
 * A tool for looking, not a test: it asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { commandLine, wholeNumber } from './args.ts';

const USAGE = 'npm run trace -- [url] [--runs N] [--trace FILE] [--profile]';
const { values, positionals } = commandLine(USAGE, {
  allowPositionals: true,
  options: { runs: { type: 'string' }, trace: { type: 'string' }, profile: { type: 'boolean', default: false } },
});
const runs = wholeNumber(USAGE, 'runs', values.runs) ?? 3;
const traceFile = values.trace;
const given = positionals[0];
const profile = values.profile;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function (by name, file and line), from a CDP CPU profile's samples. */
function selfTimes(p: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 25): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${k}`);
}

const server = given ? null : await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
const url = given ?? server!.resolvedUrls!.local[0]!;
const { path } = await findChromium();
const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
      }).observe({ type: 'longtask', buffered: true });
    });
    const tracing = traceFile && run === runs;
    if (tracing) await browser.startTracing(page, { path: traceFile, screenshots: false, categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
    const cdp = profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('age:canvas-frame').length > 0, null, { timeout: 60_000, polling: 50 });
    if (cdp) {
      const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
      console.log(`run ${run}: self time until the first canvas frame\n  ${selfTimes(p).join('\n  ')}`);
    }
    await page.waitForTimeout(300);
    if (tracing) await browser.stopTracing();
    const report = await page.evaluate(() => {
      const frame = performance.getEntriesByName('age:canvas-frame')[0]!.startTime;
      const marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`);
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) => `${r.name.replace(/^.*\//, '')} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)} (${r.initiatorType})`,
      );
      const paint = performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)}`);
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((t) => t.start < frame)
        .map((t) => `${t.start}+${t.duration}`);
      return { marks, resources, paint, tasks };
    });
    console.log(`run ${run}\n  marks: ${report.marks.join(', ')}\n  paint: ${report.paint.join(', ')}\n  long tasks before the canvas frame: ${report.tasks.join(', ') || 'none'}\n  resources:\n    ${report.resources.join('\n    ')}`);
    await context.close();
  }
  if (traceFile) {
    writeFileSync(`${traceFile}.url`, url);
    console.log(`trace written to ${traceFile}`);
  }
} finally {
  await browser.close();
  await server?.close();
}
