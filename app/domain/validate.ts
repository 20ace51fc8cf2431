import { formatSize } from './format-size';
import { hasSourceText } from './graph-index';
import { fitsGraphShape } from './graph-shape';
import { GraphSchema, type Graph } from './schema';
import { parseIsoRange } from './time-range';

/**
 * One validator for the command line and the browser: parse, check the shape with zod,
 * then the checks zod cannot express (references, offsets, verbatim text). It never
 * throws; anything wrong comes back as problems with JSON paths.
 */

export interface Problem {
  /** JSON path such as `$.edges[3].evidence[0].start`. */
  path: string;
  /** The technical message, in English, for the command line and the "Details" list. */
  message: string;
  /** What kind of problem it is, so the app can say it in the reader's language. */
  code?: ProblemCode;
  params?: Record<string, string | number>;
}

export const PROBLEM_CODES = [
  'too-large',
  'empty',
  'not-json',
  'web-page',
  'not-object',
  'unreadable',
  'missing-field',
  'too-long',
  'invalid-field',
  'duplicate-id',
  'duplicate-label',
  'not-verbatim',
  'out-of-order',
  'unknown-sentence',
  'bad-span',
  'span-mismatch',
  'unknown-node',
  'self-loop',
  'unknown-relation-type',
  'unknown-node-type',
  'no-relation',
  'no-evidence',
  'bad-date',
  'date-words-missing',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ValidationResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** The article text; when given, every sentence must occur in it verbatim and in order. */
  sourceText?: string;
  /** Refuse inputs larger than this many UTF-16 code units before parsing. */
  maxChars?: number;
  /** Stop collecting after this many problems. */
  maxProblems?: number;
  /**
   * Called with the graph once its shape is known to be the contract's, before the checks
   * across it (references, offsets): the validation worker starts sending it to the page then.
   */
  onShaped?: (graph: Graph) => void;
  /** Called with the parsed JSON before anything is checked (the analysis reads its entities and relations from it). */
  onParsed?: (data: unknown) => void;
}

export const DEFAULT_MAX_CHARS = 60 * 1024 * 1024;
const DEFAULT_MAX_PROBLEMS = 200;

export function toJsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** Parse JSON text and validate it. */
export function validateGraphText(text: string, options: ValidateOptions = {}): ValidationResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    return fail('$', `file is too large (${formatSize(text.length)}); the limit is ${formatSize(maxChars)}`, 'too-large', {
      size: formatSize(text.length),
      limit: formatSize(maxChars),
    });
  }
  if (text.trim() === '') return fail('$', 'file is empty', 'empty');
  // A server that answers an unknown address with its home page sends HTML, not a graph.
  if (/^\s*</.test(text)) return fail('$', `not valid JSON: an HTML page ("${clip(text.trim(), 40)}")`, 'web-page');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('$', `not valid JSON: ${reason}`, 'not-json');
  }
  options.onParsed?.(data);
  return validateGraph(data, options);
}

/** Validate already-parsed data. */
export function validateGraph(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const maxProblems = problemLimit(options.maxProblems);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('$', 'must be a JSON object with schemaVersion, id, article, nodeTypes, relationTypes, nodes and edges', 'not-object');
  }
  let parsed;
  try {
    // The fast path answers for the common case, a graph zod would accept as it is; zod
    // itself runs for anything else, so every problem is still worded by the schema.
    parsed = fitsGraphShape(data) ? { success: true as const, data } : GraphSchema.safeParse(data);
  } catch (error) {
    return fail('$', `could not be read: ${error instanceof Error ? error.message : String(error)}`, 'unreadable');
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, maxProblems).map(
      (issue): Problem => ({
        path: toJsonPath(issue.path),
        message: issue.message,
        code: issue.code === 'too_big' ? 'too-long' : issue.code === 'invalid_type' && issue.input === undefined ? 'missing-field' : 'invalid-field',
      }),
    );
    return { ok: false, problems };
  }
  options.onShaped?.(parsed.data);
  const problems = checkGraph(parsed.data, options.sourceText, maxProblems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, graph: parsed.data };
}

/** The checks beyond shape. Exported for tests. */
export function checkGraph(graph: Graph, sourceText?: string, maxProblems = DEFAULT_MAX_PROBLEMS): Problem[] {
  const problems: Problem[] = [];
  const limit = problemLimit(maxProblems);
  const add: Add = (path, message, code, params) => {
    if (problems.length < limit) problems.push(params ? { path, message, code, params } : { path, message, code });
  };

  const sourced = hasSourceText(graph);
  const sentences = new Map<string, string>();
  graph.article.sentences.forEach((s, i) => {
    if (sentences.has(s.id)) add(`$.article.sentences[${i}].id`, `duplicate sentence id "${s.id}"`, 'duplicate-id', { id: s.id });
    sentences.set(s.id, s.text);
  });

  if (sourceText !== undefined) {
    let cursor = 0;
    graph.article.sentences.forEach((s, i) => {
      const at = sourceText.indexOf(s.text, cursor);
      if (at === -1) {
        const anywhere = sourceText.includes(s.text);
        add(
          `$.article.sentences[${i}].text`,
          anywhere ? 'sentence is out of order with the source text' : 'sentence is not verbatim in the source text',
          anywhere ? 'out-of-order' : 'not-verbatim',
        );
      } else {
        cursor = at + s.text.length;
      }
    });
  }

  const nodeTypes = uniqueIds(graph.nodeTypes, '$.nodeTypes', 'node type', add);
  const relationTypes = uniqueIds(graph.relationTypes, '$.relationTypes', 'relation type', add);
  if (graph.categories) uniqueIds(graph.categories, '$.categories', 'category', add);
  const nodes = uniqueIds(graph.nodes, '$.nodes', 'node', add);
  // Types are told apart by their labels in the filters and the legend: two alike in one language cannot be.
  uniqueLabels(graph.relationTypes, '$.relationTypes', 'relation type', add);
  uniqueLabels(graph.nodeTypes, '$.nodeTypes', 'node type', add);
  if (graph.categories) uniqueLabels(graph.categories, '$.categories', 'category', add);
  uniqueIds(graph.edges, '$.edges', 'edge', add);

  const checkSpan = (base: string, span: { sentence: string; start: number; end: number }, expected: string, field: string) => {
    const text = sentences.get(span.sentence);
    if (text === undefined) {
      add(`${base}.sentence`, `unknown sentence "${span.sentence}"`, 'unknown-sentence', { id: span.sentence });
      return;
    }
    if (span.end <= span.start) {
      add(`${base}.end`, `end (${span.end}) must be greater than start (${span.start})`, 'bad-span');
      return;
    }
    if (span.end > text.length) {
      add(`${base}.end`, `end (${span.end}) is past the end of sentence "${span.sentence}" (${text.length})`, 'bad-span');
      return;
    }
    // Compared in place: a slice per mention and evidence item is 100,000 strings on a large graph.
    if (span.end - span.start !== expected.length || !text.startsWith(expected, span.start)) {
      const actual = text.slice(span.start, span.end);
      const found = text.indexOf(expected);
      const hint = found === -1 ? `; "${clip(expected)}" does not occur in sentence "${span.sentence}"` : `; it occurs at ${found}`;
      add(`${base}.${field}`, `text at ${span.start}-${span.end} is "${clip(actual)}", not the ${field}${hint}`, 'span-mismatch', { quote: clip(expected) });
    }
  };

  graph.nodes.forEach((node, i) => {
    if (!nodeTypes.has(node.type)) add(`$.nodes[${i}].type`, `unknown node type "${node.type}"`, 'unknown-node-type', { id: node.type });
    node.mentions.forEach((m, j) => checkSpan(`$.nodes[${i}].mentions[${j}]`, m, m.text, 'text'));
  });
  graph.edges.forEach((edge, i) => {
    const base = `$.edges[${i}]`;
    if (!nodes.has(edge.source)) add(`${base}.source`, `unknown node "${edge.source}"`, 'unknown-node', { id: edge.source });
    if (!nodes.has(edge.target)) add(`${base}.target`, `unknown node "${edge.target}"`, 'unknown-node', { id: edge.target });
    if (edge.source === edge.target) add(`${base}.target`, `self-loop: source and target are both "${edge.source}"`, 'self-loop', { id: edge.source });
    if (!relationTypes.has(edge.type)) add(`${base}.type`, `unknown relation type "${edge.type}"`, 'unknown-relation-type', { id: edge.type });
    if (edge.attributedTo !== undefined && !nodes.has(edge.attributedTo)) {
      add(`${base}.attributedTo`, `unknown node "${edge.attributedTo}"`, 'unknown-node', { id: edge.attributedTo });
    }
    if (sourced && edge.evidence.length === 0) add(`${base}.evidence`, 'needs at least one evidence item', 'no-evidence');
    edge.evidence.forEach((e, j) => checkSpan(`${base}.evidence[${j}]`, e, e.quote, 'quote'));
    if (edge.time) {
      if (parseIsoRange(edge.time.value) === null) add(`${base}.time.value`, `"${edge.time.value}" is not a calendar date or an interval that runs forwards`, 'bad-date', { quote: edge.time.value });
      const time = edge.time.text;
      if (!edge.evidence.some((e) => sentences.get(e.sentence)?.includes(time))) {
        add(`${base}.time.text`, `"${clip(time)}" does not occur in a sentence of this relation's evidence`, 'date-words-missing', { quote: clip(time) });
      }
    }
  });
  return problems;
}

/**
 * What is worth a look in a valid graph without making it invalid: a node of a graph drawn
 * from a text that no relation joins yet (an annotator's work in progress, or a name the
 * text only mentions). A graph imported without text may hold lone nodes by design.
 */
export function graphAdvice(graph: Graph): Problem[] {
  if (!hasSourceText(graph)) return [];
  const connected = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const advice: Problem[] = [];
  graph.nodes.forEach((node, i) => {
    if (!connected.has(node.id)) advice.push({ path: `$.nodes[${i}]`, message: `node "${node.id}" has no relation`, code: 'no-relation', params: { id: node.id } });
  });
  return advice;
}

function uniqueIds(
  items: readonly { id: string }[],
  base: string,
  what: string,
  add: Add,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add(`${base}[${i}].id`, `duplicate ${what} id "${item.id}"`, 'duplicate-id', { id: item.id });
    seen.add(item.id);
  });
  return seen;
}

function uniqueLabels(
  items: readonly { id: string; label: { ar: string; en: string } }[],
  base: string,
  what: string,
  add: Add,
): void {
  for (const lang of ['ar', 'en'] as const) {
    const seen = new Map<string, string>();
    items.forEach((item, i) => {
      const key = item.label[lang].normalize('NFC').trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        add(`${base}[${i}].label.${lang}`, `${what} "${item.id}" has the same ${lang === 'ar' ? 'Arabic' : 'English'} label as "${first}": "${item.label[lang]}"`, 'duplicate-label', {
          label: item.label[lang],
          id: first,
        });
      }
      else seen.set(key, item.id);
    });
  }
}

/**
 * At least one problem is always kept: with a limit of 0 (or a negative or fractional one)
 * an invalid graph would otherwise come back as `{ ok: true }` or with an empty list.
 */
function problemLimit(value: number | undefined): number {
  if (value === undefined || Number.isNaN(value)) return DEFAULT_MAX_PROBLEMS;
  return Math.max(1, Math.floor(value));
}

type Add = (path: string, message: string, code: ProblemCode, params?: Record<string, string | number>) => void;

function fail(path: string, message: string, code: ProblemCode, params?: Record<string, string | number>): ValidationResult {
  return { ok: false, problems: [params ? { path, message, code, params } : { path, message, code }] };
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

