/**
 * npm run profile:annotate -- [--dist DIR] [--entities 1000] [--strategy palette-mouse] [--steps 3] [--lang en|ar] [--trace FILE] [--callers FUNCTION] [--after] [--total]
 *
 * Where a step on a large document spends its time: opens the benchmark's generated
 * document (large-doc.ts) in a `vite preview` of DIR (default dist/; build it with
 * `npx vite build --minify false` to read function names), makes `--steps` further
 * mentions through a benchmark strategy while a CPU profile runs, and prints the main
 * thread's self time by function and by file, and the trace's rendering phases (style,
 * layout, paint), from each step's input to the end of the frame after it (Event Timing),
 * or with `--after` over 400 ms from the input (what follows the frame too);
 * `--callers NAME` shows where a function's time comes from, `--total` each function's time with its callees'. `--trace FILE` keeps the Chrome trace to open in the
 * Performance panel. A tool for looking, not a test: it asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { commandLine, wholeNumber, wrongUsage } from '../cli/args.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { bundledVocabulary, largeDoc } from './large-doc.ts';
import { counterFor, DICTIONARIES, type Strategy, type StrategyContext, type UiLang } from './strategy.ts';
import { dialogsKeyboard } from './strategies/dialogs-keyboard.ts';
import { paletteKeyboard } from './strategies/palette-keyboard.ts';
import { paletteMouse } from './strategies/palette-mouse.ts';

const STRATEGIES: Record<string, Strategy> = { 'palette-mouse': paletteMouse, 'palette-keyboard': paletteKeyboard, 'dialogs-keyboard': dialogsKeyboard };
const USAGE = 'npm run profile:annotate -- [--dist DIR] [--entities 1000] [--strategy palette-mouse] [--steps 3] [--lang en|ar] [--trace FILE] [--callers FUNCTION] [--after] [--total]';
const { values: args } = commandLine(USAGE, {
  options: { dist: { type: 'string' }, entities: { type: 'string' }, strategy: { type: 'string' }, steps: { type: 'string' }, lang: { type: 'string' }, trace: { type: 'string' }, callers: { type: 'string' }, after: { type: 'boolean' }, total: { type: 'boolean' } },
});
const strategy = STRATEGIES[args.strategy ?? 'palette-mouse'];
if (!strategy) wrongUsage(USAGE, `no strategy "${args.strategy}"`);
const lang: UiLang = args.lang === 'ar' ? 'ar' : 'en';
const entities = wholeNumber(USAGE, 'entities', args.entities) ?? 1000;
const steps = wholeNumber(USAGE, 'steps', args.steps) ?? 3;

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
  ts: number;
}

/** How long after a step's input its cost is summed with --after. */
const WINDOW_MS = 400;

function top(totals: Map<string, number>, n: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

function selfTimes(p: Profile, keep: (ts: number) => boolean): { byFunction: Map<string, number>; byFile: Map<string, number> } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let ts = p.startTime;
  p.samples.forEach((id, i) => {
    ts += p.timeDeltas[i] ?? 0;
    if (!keep(ts)) return;
    const f = byId.get(id)!.callFrame;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const file = f.url.replace(/^.*\//, '') || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  return { byFunction, byFile };
}

interface Tree {
  byId: Map<number, ProfileNode>;
  parent: Map<number, number>;
}

/** Each sample in the kept windows: its node, its time, and the call tree to walk up from it. */
function eachSample(p: Profile, keep: (ts: number) => boolean, visit: (node: ProfileNode, ms: number, tree: Tree) => void): void {
  const tree: Tree = { byId: new Map(p.nodes.map((n) => [n.id, n])), parent: new Map() };
  for (const n of p.nodes) for (const c of n.children ?? []) tree.parent.set(c, n.id);
  let ts = p.startTime;
  p.samples.forEach((id, i) => {
    ts += p.timeDeltas[i] ?? 0;
    if (keep(ts)) visit(tree.byId.get(id)!, (p.timeDeltas[i] ?? 0) / 1000, tree);
  });
}

/** Total time of each function (its own and its callees'), counted once per sample however often it is on the stack. */
function totalTimes(p: Profile, keep: (ts: number) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  eachSample(p, keep, (node, ms, tree) => {
    const seen = new Set<string>();
    for (let at: number | undefined = node.id; at !== undefined; at = tree.parent.get(at)) {
      const f = tree.byId.get(at)!.callFrame;
      if (f.functionName === '(root)') break;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '') || '(native)'}:${f.lineNumber + 1}`);
    }
    for (const key of seen) out.set(key, (out.get(key) ?? 0) + ms);
  });
  return out;
}

/** Self time of the functions named `name`, by their five nearest callers. */
function callers(p: Profile, keep: (ts: number) => boolean, name: string): Map<string, number> {
  const out = new Map<string, number>();
  eachSample(p, keep, (node, ms, tree) => {
    if (node.callFrame.functionName !== name) return;
    const path: string[] = [];
    for (let at = tree.parent.get(node.id); at !== undefined && path.length < 5; at = tree.parent.get(at)) {
      const f = tree.byId.get(at)!.callFrame;
      path.push(`${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`);
    }
    const key = path.join(' < ');
    out.set(key, (out.get(key) ?? 0) + ms);
  });
  return out;
}

const vocabulary = bundledVocabulary();
const large = largeDoc(entities, vocabulary);
const work = mkdtempSync(join(os.tmpdir(), 'profile-annotate-'));
const file = join(work, `${large.doc.id}.annotations.json`);
writeFileSync(file, JSON.stringify(large.doc));
const server = await preview({ logLevel: 'warn', build: { outDir: args.dist ?? 'dist' }, preview: { host: '127.0.0.1', port: 0, open: false } });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS });
try {
  const ui = DICTIONARIES[lang];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'ar' ? 'ar' : 'en-GB' });
  await context.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  // Each input event marks where a step may begin; Event Timing says when the frame after it was drawn.
  await context.addInitScript(() => {
    const mark = () => performance.mark('profile:input');
    window.addEventListener('keydown', mark, true);
    window.addEventListener('click', mark, true);
    const w = window as unknown as { __events: { name: string; start: number; end: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click' || e.name === 'keydown') w.__events.push({ name: e.name, start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const page = await context.newPage();
  await page.goto(`${base}/#ws=new`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ui['author.chooseFile'] }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('heading', { name: ui['author.entities'].replace('{count}', String(entities)), exact: true }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  // As the benchmark times a step: text typed into a list goes as key events, and each input settles for two frames.
  const act = await counterFor(page, true);
  const cdp = await context.newCDPSession(page);
  const typeLabel = { entity: new Map(vocabulary.nodeTypes.map((t) => [t.id, t.label[lang]])), relation: new Map(vocabulary.relationTypes.map((t) => [t.id, t.label[lang]])) };
  const ctx: StrategyContext = { page, act, sentences: large.doc.sentences, lang, ui, typeLabel };
  const keep = args.trace ?? join(work, 'trace.json');
  await browser.startTracing(page, { path: keep, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', ...(process.env.PROFILE_CATEGORIES?.split(',') ?? [])] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  for (let i = 0; i < steps; i += 1) {
    const { entity, mention } = large.step(i);
    await strategy.addMention(ctx, entity, mention);
    await page.waitForTimeout(300);
  }
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const traced = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  // The windows from each step's submitting input (the last input before its commit) to the end of
  // the frame after it (Event Timing, to 8 ms), or to WINDOW_MS on with --after.
  const seen = await page.evaluate(() => ({
    events: (window as unknown as { __events: { name: string; start: number; end: number }[] }).__events,
    steps: performance.getEntriesByName('age:draft-step').map((m) => m.startTime),
    inputs: performance.getEntriesByName('profile:input').map((m) => m.startTime),
  }));
  const traceInputs = traced.traceEvents.filter((e) => e.cat.includes('blink.user_timing') && e.name === 'profile:input' && e.ph !== 'e').map((e) => e.ts).sort((a, b) => a - b);
  // The trace's clock (µs) against the page's (ms from its origin), by the inputs' marks in both.
  const offset = (traceInputs.at(-1) ?? 0) - (seen.inputs.at(-1) ?? 0) * 1000;
  const windows: [number, number][] = [];
  for (const step of seen.steps) {
    const input = seen.inputs.filter((t) => t <= step).at(-1);
    if (input === undefined) continue;
    // The event the input mark was made in: it began before the mark (its time is the input's) and ended after.
    const event = seen.events.filter((e) => e.start <= input && e.end >= input).at(-1);
    const end = args.after ? input + WINDOW_MS : (event?.end ?? input + WINDOW_MS);
    windows.push([(event?.start ?? input) * 1000 + offset, end * 1000 + offset]);
    console.log(`step: input to the frame after it ${event ? `${Math.round(event.end - event.start)} ms (Event Timing)` : 'not reported'}`);
  }
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);
  console.log(`${windows.length} step windows`);
  const { byFunction, byFile } = selfTimes(profile, inWindow);
  console.log(`${strategy!.name}, ${steps} steps on ${entities} entities, ${wall} ms wall (including the strategy's own waits)`);
  console.log(`\nself time by function:\n  ${top(byFunction, 40).join('\n  ')}`);
  if (args.total) console.log(`\ntotal time by function (with its callees):\n  ${top(totalTimes(profile, inWindow), 60).join('\n  ')}`);
  if (args.callers) console.log(`\nwho calls ${args.callers} (self time by call path):\n  ${top(callers(profile, inWindow, args.callers), 15).join('\n  ')}`);
  console.log(`\nself time by file:\n  ${top(byFile, 12).join('\n  ')}`);
  const phases = new Map<string, number>();
  for (const e of traced.traceEvents) {
    if (e.ph === 'X' && e.dur && inWindow(e.ts) && ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EventDispatch', 'RunMicrotasks', 'ParseHTML', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::DeliverObservations', 'UpdateLayer', 'Commit'].includes(e.name)) {
      phases.set(e.name, (phases.get(e.name) ?? 0) + e.dur / 1000);
    }
  }
  console.log(`\ntrace phases (summed, nested ones counted in their parents too):\n  ${top(phases, 20).join('\n  ')}`);
  await context.close();
} finally {
  await browser.close();
  server.httpServer.close();
  rmSync(work, { recursive: true, force: true });
}
