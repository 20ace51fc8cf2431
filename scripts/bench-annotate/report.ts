/** The annotation benchmark's results: one column per strategy run, written as Markdown and JSON. */

export interface PhaseResult {
  actions: number;
  items: number;
  /** Of the actions, key presses that moved the caret or the focus (absent from older reports). */
  pointing?: number;
}

export interface StrategyResult {
  name: string;
  entity: PhaseResult;
  mention: PhaseResult;
  relation: PhaseResult;
  /** Labels written in the entity panel after the entity was made (absent from older reports). */
  label?: PhaseResult;
  /** Wall time of the scripted annotation of the whole fixture (entities, mentions, relations). */
  seconds: number;
  /** Input to the frame that shows the step, per sample, ms; empty when not measured. */
  latency: number[];
  /** Input to the draft store's commit (mark `age:draft-step`), per sample, ms. */
  commit: number[];
  /** Actions of each item, in the order made. */
  log: { phase: string; item: string; actions: number }[];
}

export interface Report {
  date: string;
  command: string;
  fixture: { sentences: number; entities: number; mentions: number; relations: number };
  largeEntities: number;
  /** The interface's language (the article is Arabic either way). */
  lang: 'en' | 'ar';
  /** The machine: its cores, and the 1-minute load average at the start and the end of the run. */
  machine: { cores: number; load: [number, number] };
  strategies: StrategyResult[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const per = (p: PhaseResult) => (p.items === 0 ? '–' : oneDecimal(p.actions / p.items));

function latencyCell(samples: readonly number[]): string {
  const m = median(samples);
  if (m === null) return 'not measured';
  return `${Math.round(m)} (${Math.round(Math.min(...samples))}–${Math.round(Math.max(...samples))}, n=${samples.length})`;
}

function phases(s: StrategyResult): PhaseResult[] {
  return [s.entity, s.mention, s.relation, ...(s.label ? [s.label] : [])];
}

/** The rows the issue asks for, a column per strategy. */
export function reportTable(report: Report): string {
  const thousands = report.largeEntities.toLocaleString('en');
  const rows: [string, (s: StrategyResult) => string][] = [
    ['actions per new entity', (s) => per(s.entity)],
    ['actions per further mention', (s) => per(s.mention)],
    ['actions per relation', (s) => per(s.relation)],
    ['actions per entity labelled afterwards in its panel (English label; Arabic where not the words)', (s) => (s.label ? per(s.label) : '–')],
    ['actions for the whole article (every row above)', (s) => String(phases(s).reduce((n, p) => n + p.actions, 0))],
    ['of which key presses moving the caret or the focus (arrows, Home/End, Tab, N, F, T)', (s) => String(phases(s).reduce((n, p) => n + (p.pointing ?? 0), 0))],
    ['seconds for the whole article (scripted)', (s) => oneDecimal(s.seconds)],
    [`step latency on a ${thousands}-entity document, ms`, (s) => latencyCell(s.latency)],
  ];
  const head = `| | ${report.strategies.map((s) => s.name).join(' | ')} |`;
  const rule = `|---|${report.strategies.map(() => '---:').join('|')}|`;
  return [head, rule, ...rows.map(([label, cell]) => `| ${label} | ${report.strategies.map(cell).join(' | ')} |`)].join('\n');
}

export function reportMarkdown(report: Report): string {
  const f = report.fixture;
  const commit = report.strategies
    .map((s) => `${s.name}: ${median(s.commit) === null ? 'not measured' : `${Math.round(median(s.commit)!)} ms`}`)
    .join('; ');
  return [
    '# Annotation speed',
    '',
    `\`${report.command}\`, ${report.date}. The fixture article (scripts/bench-annotate/fixture/) has ${f.sentences} sentences; its plan holds ${f.entities} entities, ${f.mentions} mentions (${f.mentions - f.entities} further mentions) and ${f.relations} relations. Each strategy annotates it completely, with the interface in ${report.lang === 'ar' ? 'Arabic' : 'English'}, in a fresh browser context of the production build, and the draft's exported graph is checked against the plan.`,
    '',
    reportTable(report),
    '',
    'An action is a click, a drag, or a key press other than typing text: typing a label (or typing to pick from a list) counts 0, Enter to submit counts 1, picking from a drop-down list by mouse counts 2 (open, pick). Step latency: a further mention added to a generated document of that many entities (opened from its .annotations.json file), from the input event that submits it (the click or the Enter) to the end of the first frame that shows the new mention in its sentence; median (min–max) over the samples, each in another sentence. While it is timed, the strategy waits two frames after each input before it queries the page again (Playwright\'s queries by role walk the whole document on the page\'s main thread, which a person reading the screen does not).',
    `Input to the draft store's commit (\`age:draft-step\`), median: ${commit}.`,
    `Machine: ${report.machine.cores} cores shared with other work, 1-minute load average ${report.machine.load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end: absolute times vary with it; action counts do not.`,
    '',
  ].join('\n');
}
