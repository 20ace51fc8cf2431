/** The report: tables of medians, app ÷ baseline ratios, the budgets check, and what each figure means. */
import { readFileSync } from 'node:fs';
import type { RunResult } from './app-run.ts';
import type { BaselineResult } from './baseline-run.ts';
import type { GraphCase } from './graphs.ts';
import type { Sample } from './measure.ts';

export type Baselines = Map<string, { cytoscape: BaselineResult[]; sigma: BaselineResult[] }>;

export function stats(samples: Sample[]): { median: number; min: number; max: number; n: number; timeouts: number; errors: number } | null {
  const nums = samples.filter((s): s is number => typeof s === 'number').sort((a, b) => a - b);
  const timeouts = samples.filter((s) => s === 'timeout').length;
  const errors = samples.filter((s) => s === 'error').length;
  if (nums.length === 0) return timeouts + errors > 0 ? { median: NaN, min: NaN, max: NaN, n: 0, timeouts, errors } : null;
  const mid = Math.floor(nums.length / 2);
  const median = nums.length % 2 === 1 ? nums[mid]! : (nums[mid - 1]! + nums[mid]!) / 2;
  return { median, min: nums[0]!, max: nums[nums.length - 1]!, n: nums.length, timeouts, errors };
}

export function cell(samples: Sample[], digits: number): string {
  const s = stats(samples);
  if (!s) return '–';
  const f = (x: number) => x.toFixed(digits);
  const extra = [s.timeouts ? `${s.timeouts} timeout` : '', s.errors ? `${s.errors} error` : ''].filter(Boolean).join(', ');
  if (s.n === 0) return extra;
  const range = s.n > 1 ? ` (${f(s.min)}–${f(s.max)})` : '';
  return `${f(s.median)}${range}${extra ? `, ${extra}` : ''}`;
}

/** The figures compared side by side: the app's metric and the baselines' matching one. */
export const COMPARED: { label: string; app: keyof RunResult; base: keyof BaselineResult | null; digits: number; unit: string }[] = [
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

export function median(samples: Sample[]): number | null {
  const s = stats(samples);
  return s && s.n > 0 ? s.median : null;
}

export function ratio(a: number | null, b: number | null): string {
  return a === null || b === null || b <= 0 ? '–' : `${(a / b).toFixed(2)}×`;
}

/**
 * One row per graph and figure: the app, bare Cytoscape, their ratio, and sigma where it
 * ran. For a graph the app lays out itself, the baselines' first draw has the bare
 * worker layout added, since they are handed the finished positions.
 */
export function sideBySideTable(cases: GraphCase[], results: Map<string, RunResult[]>, baselines: Baselines): string {
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

export interface Budget {
  graph: string;
  /** A label of COMPARED. */
  figure: string;
  /** Most the app's median may be. */
  max?: number;
  /** Most app ÷ bare Cytoscape may be. */
  maxRatio?: number;
}

/** The budgets the medians miss (or cannot be checked against), one line each. */
export function checkBudgets(file: string, cases: GraphCase[], results: Map<string, RunResult[]>, baselines: Baselines, noBaselines: boolean): string[] {
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

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** What each figure means, under the tables. */
export function reportNotes(sigmaMin: number): string {
  return [
    'Each cell is the median over the runs, with (min–max) when there is more than one run. Every run is a fresh browser context.',
    'Generated graphs (scripts/generate-graph.ts) have ~2 edges a node and no stored positions, so the app lays them out in its Web Worker; "20k stored" is the same 20,000-node graph with stored (clustered) positions, so no layout runs. They are opened by link (`?graph=/bench-graphs/…`), so they are read and validated as any file that is not the bundled graph (in the validation worker).',
    '- first drawn graph: from navigation start until `window.cy` has nodes and two animation frames have passed (file fetched, validated, indexed, laid out when it has no stored positions, canvas built and drawn).',
    '- layout alone: the app\'s built layout worker, given the same graph in an empty page of the same origin, until it answers with positions (the brief\'s "layout in the browser worker").',
    '- layout in the app: from the app\'s `age:layout-start` mark to its `age:layout-done` mark (its progress bar shows meanwhile; the canvas is built after it); 0 when the graph has stored positions.',
    '- longest task, navigation → file read and validated: the longest `longtask` entry until the `age:graph-validated` mark (for the bundled graph, `age:graph-parsed`: it is checked after the first frame).',
    '- longest main-thread task: the longest `longtask` entry (PerformanceObserver) from navigation until the graph is drawn; "while the layout runs": the longest one between the layout marks.',
    '- The app\'s figures end at its User Timing marks (app/shared/marks.ts), set where the state the user sees is reached, never at the page\'s text: filter → summary at `age:filter-shown` (the Filters summary shows the new counts), select → Details at `age:selection-shown` for that node, search → listed at `age:search-listed` with that node among the options.',
    '- filter: unchecking the relation type with most edges in the Filters landmark, until the first frame Cytoscape draws with its edges hidden.',
    '- select: `tap` emitted on the node with most relations.',
    '- search: the node\'s whole label set in the search box at once (an input event); the canvas then marks the hits.',
    '- zoom: a mouse-wheel event at the centre of the canvas every animation frame for 1 s (zooming in, then out: what a user does, so Cytoscape\'s viewport levers such as textureOnViewport and hideEdgesOnViewport apply, which they do not to a programmatic `cy.zoom`), then 0.3 s more for the full redraw after the wheel stops; intervals between frames.',
    '- PNG export: `cy.png({ output: "blob-promise", full: true, scale: 1 })`.',
    '- heap: CDP `Performance.getMetrics` JSHeapUsedSize of the page after a forced GC, after layout (the worker\'s heap is not included).',
    '- initial JS: the JavaScript files index.html references (the first script and its module preloads), gzipped with zlib at level 9. "first script" is the entry chunk alone. The canvas (Cytoscape) is a chunk of its own that the first frame needs, so index.html preloads it beside the first script (it is among the initial JS); "canvas chunk" is its size the same way. "before the first frame" adds the reader\'s dictionary (a chunk per language, which main.tsx loads before the first render) to the initial JS, per language: all a reader downloads before the graph can be drawn, against the goal of 200 KB.',
    '- canvas drawn (filter, select, search): until the first `render` event Cytoscape emits (after drawing a frame) once the change is in its elements\' styles; sigma: its `afterRender`.',
    '',
    'Baselines (scripts/bench/pages/, built by the bench with Vite beside the app and served by the same server), each run right after the app on the same graph, in a fresh context:',
    '- bare Cytoscape: fetch the same file, `JSON.parse`, map it to elements with the app\'s colours, load the label font, `cytoscape({ elements, style: <the app\'s stylesheet>, layout: preset })` with Cytoscape\'s default options. No React, no store, no validation, no index, no slicing. Filter: `addClass("hidden")` on the relation type\'s edges in a batch; select: `selected` on the node and `highlighted` on its edges.',
    `- sigma 3 + graphology (WebGL, in software here: SwiftShader), default settings, labels off, for graphs of at least ${sigmaMin} nodes. Filter: \`hidden\` on the edges; select: \`highlighted\` on the node.`,
    '- both are handed the positions the app drew (its own layout\'s, read from `cy` after its first run), so they draw the same picture; their "first drawn graph" then adds the bare worker layout\'s median for graphs the app lays out itself.',
    '- a ratio is app ÷ baseline of the medians: below 1 the app is faster than the bare page.',
  ].join('\n');
}
