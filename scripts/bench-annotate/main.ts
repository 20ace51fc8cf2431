/**
 * npm run bench:annotate [-- --strategies dialogs-mouse,dialogs-keyboard,palette-mouse,palette-keyboard] [--samples 7] [--entities 1000]
 *                          [--lang en|ar] [--no-latency] [--skip-build] [--dist DIR] [--out bench-results/annotate] [--screenshots DIR]
 *
 * Annotates the fixture article (scripts/bench-annotate/fixture/) completely from its plan
 * through the UI of the production build, once per strategy (by mouse, by keyboard), each
 * in a fresh browser context; counts the user's actions through one counter; checks the
 * draft's exported graph against the plan (and exits 1 if it differs); then opens a
 * generated document of --entities entities as a user does (an .annotations.json file
 * chosen in "New graph") and times one step (a further mention) from its input event to
 * the frame that shows it, --samples times. Writes <out>.md and <out>.json; with
 * --screenshots, a picture of each annotated draft (<DIR>/<strategy>.png) to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { validateGraphText } from '../../app/domain/validate.ts';
import type { AnnotationSentence } from '../../app/domain/annotation/schema.ts';
import type { Graph } from '../../app/domain/schema.ts';
import { commandLine, wholeNumber, wrongUsage } from '../cli/args.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { freePort } from '../free-port.ts';
import { bundledVocabulary, largeDoc } from './large-doc.ts';
import { checkPlan, compareWithPlan, loadPlan, mentionCount } from './plan.ts';
import { reportMarkdown, type Report, type StrategyResult } from './report.ts';
import { counterFor, DICTIONARIES, sentenceGroup, type Strategy, type StrategyContext, type UiLang } from './strategy.ts';
import { dialogsKeyboard } from './strategies/dialogs-keyboard.ts';
import { dialogsMouse } from './strategies/dialogs-mouse.ts';
import { paletteKeyboard } from './strategies/palette-keyboard.ts';
import { paletteMouse } from './strategies/palette-mouse.ts';

const STRATEGIES: Record<string, Strategy> = {
  'dialogs-mouse': dialogsMouse,
  'dialogs-keyboard': dialogsKeyboard,
  'palette-mouse': paletteMouse,
  'palette-keyboard': paletteKeyboard,
};

const USAGE = `npm run bench:annotate -- [--strategies ${Object.keys(STRATEGIES).join(',')}] [--lang en|ar] [--samples 7] [--entities 1000] [--no-latency] [--skip-build] [--dist DIR] [--out bench-results/annotate] [--screenshots DIR]`;
const { values: args } = commandLine(USAGE, {
  options: {
    strategies: { type: 'string' },
    lang: { type: 'string' },
    samples: { type: 'string' },
    entities: { type: 'string' },
    'no-latency': { type: 'boolean' },
    'skip-build': { type: 'boolean' },
    dist: { type: 'string' },
    out: { type: 'string' },
    screenshots: { type: 'string' },
  },
});
const chosen = (args.strategies ?? Object.keys(STRATEGIES).join(',')).split(',').map((s) => s.trim());
for (const name of chosen) if (!STRATEGIES[name]) wrongUsage(USAGE, `no strategy "${name}"`);
if (args.lang !== undefined && args.lang !== 'en' && args.lang !== 'ar') wrongUsage(USAGE, `--lang is en or ar, not "${args.lang}"`);
const lang: UiLang = args.lang === 'ar' ? 'ar' : 'en';
const ui = DICTIONARIES[lang];
const samples = wholeNumber(USAGE, 'samples', args.samples) ?? 7;
const largeEntities = wholeNumber(USAGE, 'entities', args.entities) ?? 1000;
const out = args.out ?? 'bench-results/annotate';
const VIEWPORT = { width: 1440, height: 900 };

const { plan, article, sentences } = loadPlan();
const vocabulary = bundledVocabulary();
const planProblems = checkPlan(plan, sentences, vocabulary);
if (planProblems.length) {
  console.error(`The plan cannot be carried out:\n${planProblems.join('\n')}`);
  process.exit(1);
}
const typeLabel = {
  entity: new Map(vocabulary.nodeTypes.map((t) => [t.id, t.label[lang]])),
  relation: new Map(vocabulary.relationTypes.map((t) => [t.id, t.label[lang]])),
};

// ----------------------------------------------------------------------------- in the page

interface Watch {
  /** The sentence the step changes, and the entity label its new mention is named by. */
  sentence: Element;
  label: string;
  before: number;
  result: { input: number; commit: number; shown: number } | null;
}
type BenchWindow = Window & { __lastInput: number; __watch: Watch | null };

/** Remembers the last input event's time, and watches frames for an armed step to show. */
function latencyInitScript() {
  const w = window as unknown as BenchWindow;
  w.__lastInput = -1;
  w.__watch = null;
  const remember = (e: Event) => (w.__lastInput = e.timeStamp);
  window.addEventListener('keydown', remember, true);
  window.addEventListener('click', remember, true);
  // The browser's own timing of each input (Event Timing): when its handlers started and ended.
  const timings: { start: number; processingStart: number; processingEnd: number; duration: number }[] = [];
  (window as unknown as { __timings: typeof timings }).__timings = timings;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) timings.push({ start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  // Marks of the sentence naming an entity (in a title, or in an accessible name), counted.
  const named = (sentence: Element, label: string) =>
    [...sentence.querySelectorAll('[title], [aria-label]')].filter((el) => [el.getAttribute('title'), el.getAttribute('aria-label')].some((v) => v?.includes(label))).length;
  (window as unknown as { __named: typeof named }).__named = named;
  const frame = () => {
    const watch = w.__watch;
    if (watch && !watch.result && named(watch.sentence, watch.label) > watch.before) {
      const input = w.__lastInput;
      const commit = performance.getEntriesByName('age:draft-step').at(-1)?.startTime ?? Number.NaN;
      // This frame draws the change; a task queued now runs once it is done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        watch.result = { input, commit, shown: performance.now() };
      };
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// ----------------------------------------------------------------------------- runs

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: lang === 'ar' ? 'ar' : 'en-GB' });
  await context.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  await context.addInitScript(latencyInitScript);
  const page = await context.newPage();
  return { context, page };
}

/** New graph from the pasted article (setup, not counted). */
async function startDraft(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/#ws=new`);
  await page.getByLabel(ui['author.pasteLabel']).fill(article);
  await page.getByLabel(ui['author.titleEn']).fill(plan.titleEn);
  await page.getByRole('button', { name: ui['author.create'] }).click();
  await page.getByRole('group', { name: ui['details.sentenceRole.lede'], exact: true }).waitFor();
  // The bundled graphs (whose entities are suggested in the text) have loaded.
  await page.waitForLoadState('networkidle');
}

async function exportedGraph(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui['author.export'] }).click();
  const file = await download;
  return readFileSync(await file.path(), 'utf8');
}

async function annotateFixture(browser: Browser, base: string, strategy: Strategy): Promise<Omit<StrategyResult, 'latency' | 'commit'>> {
  const { context, page } = await newPage(browser);
  try {
    await startDraft(page, base);
    const act = await counterFor(page);
    const ctx: StrategyContext = { page, act, sentences, lang, ui, typeLabel, relations: plan.relations };
    const entities = new Map(plan.entities.map((e) => [e.key, e]));
    const started = performance.now();
    for (const entity of plan.entities) {
      act.startItem('entity', `${entity.label.en} (${entity.mentions[0]?.sentence})`);
      await strategy.createEntity(ctx, entity);
    }
    for (const entity of plan.entities) {
      for (const mention of entity.mentions.slice(1)) {
        act.startItem('mention', `${entity.label.en} (${mention.sentence} “${mention.quote}”)`);
        await strategy.addMention(ctx, entity, mention);
      }
    }
    for (const relation of plan.relations) {
      act.startItem('relation', `${relation.source} ${relation.type} ${relation.target}`);
      await strategy.createRelation(ctx, relation, entities);
    }
    const seconds = (performance.now() - started) / 1000;
    if (args.screenshots) {
      mkdirSync(args.screenshots, { recursive: true });
      await page.screenshot({ path: join(args.screenshots, `${strategy.name.replace(/\W+/g, '-')}.png`), fullPage: true });
    }

    const text = await exportedGraph(page);
    const checked = validateGraphText(text, { sourceText: article });
    const problems = checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
    const differences = compareWithPlan(plan, sentences, JSON.parse(text) as Graph);
    if (problems.length || differences.length) {
      throw new Error(`${strategy.name}: the draft is not what the plan says:\n${[...problems, ...differences].join('\n')}`);
    }
    const phase = (p: 'entity' | 'mention' | 'relation' | 'label') => ({ actions: act.actions(p), items: act.itemCount(p), pointing: act.pointing(p) });
    return { name: strategy.name, entity: phase('entity'), mention: phase('mention'), relation: phase('relation'), label: phase('label'), seconds, log: act.log };
  } catch (error) {
    // With --screenshots, the page as the strategy left it, to see why.
    if (args.screenshots) {
      mkdirSync(args.screenshots, { recursive: true });
      await page.screenshot({ path: join(args.screenshots, `${strategy.name.replace(/\W+/g, '-')}-failed.png`) }).catch(() => undefined);
    }
    throw error;
  } finally {
    await context.close();
  }
}

/** Open the large document from a file as a user does, then time `samples` further mentions. */
async function stepLatency(browser: Browser, base: string, strategy: Strategy, work: string): Promise<{ latency: number[]; commit: number[] }> {
  const large = largeDoc(largeEntities, vocabulary);
  const file = join(work, `${large.doc.id}.annotations.json`);
  writeFileSync(file, JSON.stringify(large.doc));
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${base}/#ws=new`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: ui['author.chooseFile'] }).click();
    await (await chooser).setFiles(file);
    const largeSentences: AnnotationSentence[] = large.doc.sentences;
    await page.getByRole('heading', { name: ui['author.entities'].replace('{count}', String(largeEntities)), exact: true }).waitFor({ timeout: 120_000 });
    const ctx: StrategyContext = { page, act: await counterFor(page, true), sentences: largeSentences, lang, ui, typeLabel };
    const latency: number[] = [];
    const commit: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const { entity, mention } = large.step(i);
      const sentence = sentenceGroup(ctx, mention.sentence);
      const handle = await sentence.elementHandle();
      await page.evaluate(
        ([element, label]) => {
          const w = window as unknown as BenchWindow & { __named: (s: Element, l: string) => number };
          w.__watch = { sentence: element!, label, before: w.__named(element!, label), result: null };
        },
        [handle, entity.label[lang]] as const,
      );
      await strategy.addMention(ctx, entity, mention);
      const result = await page
        .waitForFunction(() => (window as unknown as BenchWindow).__watch?.result ?? null, null, { timeout: 60_000 })
        .catch(() => {
          throw new Error(`${strategy.name}: no new mark naming "${entity.label[lang]}" (by title or accessible name) showed in ${mention.sentence} within 60 s`);
        });
      const r = (await result.jsonValue()) as { input: number; commit: number; shown: number };
      if (process.env.BENCH_EVENT_TIMING) {
        await page.waitForTimeout(300);
        const timing = await page.evaluate((input) => (window as unknown as { __timings: { start: number; processingStart: number; processingEnd: number; duration: number }[] }).__timings.find((t) => Math.abs(t.start - input) < 1), r.input);
        console.log(`    ${Math.round(r.shown - r.input)} ms: ${timing ? `waited ${Math.round(timing.processingStart - timing.start)}, handlers ${Math.round(timing.processingEnd - timing.processingStart)}, to paint ${Math.round(timing.duration)}` : 'no Event Timing entry'}`);
      }
      await page.evaluate(() => ((window as unknown as BenchWindow).__watch = null));
      if (r.input < 0 || !(r.commit >= r.input)) throw new Error(`${strategy.name}: the step's input (${r.input}) and commit (${r.commit}) are out of order`);
      latency.push(r.shown - r.input);
      commit.push(r.commit - r.input);
    }
    return { latency, commit };
  } finally {
    await context.close();
  }
}

// ----------------------------------------------------------------------------- main

const loadAtStart = os.loadavg()[0] ?? 0;
const work = mkdtempSync(join(os.tmpdir(), 'bench-annotate-'));
const dist = args.dist ?? (args['skip-build'] ? 'dist' : join(work, 'dist'));
let failed = false;
try {
  if (!args['skip-build'] && args.dist === undefined) {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', timeout: 300_000 });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const base = `http://127.0.0.1:${port}`;
  const { path } = await findChromium();
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
  try {
    const results: StrategyResult[] = [];
    for (const name of chosen) {
      const strategy = STRATEGIES[name]!;
      console.log(`${strategy.name}: annotating the fixture…`);
      const run = await annotateFixture(browser, base, strategy);
      console.log(`${strategy.name}: ${run.entity.actions}/${run.entity.items} entity, ${run.mention.actions}/${run.mention.items} mention, ${run.relation.actions}/${run.relation.items} relation actions, ${run.seconds.toFixed(1)} s; the draft matches the plan`);
      let timed = { latency: [] as number[], commit: [] as number[] };
      if (!args['no-latency'] && samples > 0) {
        console.log(`${strategy.name}: step latency on ${largeEntities} entities…`);
        timed = await stepLatency(browser, base, strategy, work);
        console.log(`${strategy.name}: ${timed.latency.map((x) => Math.round(x)).join(', ')} ms`);
      }
      results.push({ ...run, ...timed });
    }
    const report: Report = {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench:annotate${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      fixture: { sentences: sentences.length, entities: plan.entities.length, mentions: mentionCount(plan), relations: plan.relations.length },
      largeEntities,
      lang,
      machine: { cores: os.cpus().length, load: [loadAtStart, os.loadavg()[0] ?? 0] },
      strategies: results,
    };
    const markdown = reportMarkdown(report);
    writeFileSync(`${out}.md`, markdown);
    writeFileSync(`${out}.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${markdown}\nwritten to ${out}.md and ${out}.json`);
  } finally {
    await browser.close();
    server.httpServer.close();
  }
} catch (error) {
  console.error((error as Error).message);
  failed = true;
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
