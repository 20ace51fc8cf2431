/**
 * Property-based tests of the validator: whatever it is given (random JSON, random text,
 * truncated or mutated graph files, odd options) it returns either a graph that keeps
 * every invariant of the contract or at least one problem with a `$`-rooted path and a
 * message, never throws, and answers quickly. Run counts are bounded so that the file
 * stays within a few seconds on two cores.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { GraphSchema, type Graph } from './schema';
import { graphAdvice, validateGraph, validateGraphText, type ValidateOptions, type ValidationResult } from './validate';
import { hasSourceText } from './graph-index';

const seedText = readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8');
const seedSource = readFileSync(new URL('../../graph-data/putin-china-visit.ar.txt', import.meta.url), 'utf8');
const generatedText = JSON.stringify(generateGraph({ nodes: 40, seed: 9 }));
const validFiles = { seed: seedText, generated: generatedText } as const;

/** A single call may take this long before it counts as a hang (generous: CI machines are shared). */
const SLOW_CALL_MS = 5_000;
/** Scale every run count, e.g. PROPERTY_RUNS_SCALE=20 for a longer fuzzing session. */
const SCALE = Math.max(0.01, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const suite = { timeout: Math.round(30_000 * Math.max(1, SCALE)) };
const PATH = /^\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

/** Call the validator, asserting it neither throws nor hangs. */
function run(call: () => ValidationResult): ValidationResult {
  const start = performance.now();
  let result: ValidationResult;
  try {
    result = call();
  } catch (error) {
    throw new Error(`validator threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  const ms = performance.now() - start;
  if (ms > SLOW_CALL_MS) throw new Error(`validator took ${Math.round(ms)} ms`);
  return result;
}

/** The two shapes of an answer, and the contract's invariants for an accepted graph. */
function checkResult(result: ValidationResult, options: ValidateOptions = {}): void {
  expect(typeof result).toBe('object');
  if (!result.ok) {
    expect(Array.isArray(result.problems)).toBe(true);
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    const limit = options.maxProblems;
    if (limit !== undefined && Number.isFinite(limit) && limit >= 1) expect(result.problems.length).toBeLessThanOrEqual(Math.ceil(limit));
    for (const problem of result.problems) {
      expect(typeof problem.path).toBe('string');
      expect(problem.path).toMatch(PATH);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.length).toBeGreaterThan(0);
    }
    return;
  }
  checkInvariants(result.graph);
}

function checkInvariants(graph: Graph): void {
  expect(GraphSchema.safeParse(graph).success).toBe(true);
  const unique = (ids: string[], what: string) => expect(new Set(ids).size, `duplicate ${what} ids`).toBe(ids.length);
  unique(graph.article.sentences.map((s) => s.id), 'sentence');
  unique(graph.nodes.map((n) => n.id), 'node');
  unique(graph.edges.map((e) => e.id), 'edge');
  unique(graph.nodeTypes.map((t) => t.id), 'node type');
  unique(graph.relationTypes.map((t) => t.id), 'relation type');
  const sentences = new Map(graph.article.sentences.map((s) => [s.id, s.text]));
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const nodeTypes = new Set(graph.nodeTypes.map((t) => t.id));
  const relationTypes = new Set(graph.relationTypes.map((t) => t.id));
  const connected = new Set<string>();
  const span = (s: { sentence: string; start: number; end: number }, expected: string) => {
    const text = sentences.get(s.sentence);
    expect(text, `sentence ${s.sentence}`).toBeDefined();
    expect(s.end).toBeGreaterThan(s.start);
    expect(text!.slice(s.start, s.end)).toBe(expected);
  };
  for (const node of graph.nodes) {
    expect(nodeTypes.has(node.type)).toBe(true);
    for (const m of node.mentions) span(m, m.text);
  }
  for (const edge of graph.edges) {
    expect(nodeIds.has(edge.source), `edge ${edge.id} source`).toBe(true);
    expect(nodeIds.has(edge.target), `edge ${edge.id} target`).toBe(true);
    expect(edge.source).not.toBe(edge.target);
    expect(relationTypes.has(edge.type)).toBe(true);
    if (edge.attributedTo !== undefined) expect(nodeIds.has(edge.attributedTo)).toBe(true);
    expect(edge.evidence.length).toBeGreaterThanOrEqual(1);
    for (const e of edge.evidence) span(e, e.quote);
    connected.add(edge.source);
    connected.add(edge.target);
  }
  // A node no relation joins is allowed (work in progress); the advice names exactly those.
  const lone = graph.nodes.filter((n) => !connected.has(n.id)).map((n) => n.id);
  expect(graphAdvice(graph).map((p) => p.params?.id)).toEqual(hasSourceText(graph) ? lone : []);
}

const optionsArb: fc.Arbitrary<ValidateOptions> = fc.record(
  {
    maxProblems: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constantFrom(0.5, 1.5, Number.NaN, Infinity)),
    maxChars: fc.oneof(fc.integer({ min: -1, max: 200_000 }), fc.constant(Number.NaN)),
    sourceText: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(seedSource)),
  },
  { requiredKeys: [] },
);

/** Options that never refuse a valid file (no size cap, no source text to compare with). */
const lenientOptionsArb: fc.Arbitrary<ValidateOptions> = fc.record(
  { maxProblems: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constantFrom(0.5, Number.NaN)) },
  { requiredKeys: [] },
);

describe('validateGraphText on arbitrary input', suite, () => {
  it('answers any string with problems (or a graph), never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.json()), optionsArb, (text, options) => {
        checkResult(run(() => validateGraphText(text, options)), options);
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses every truncated graph file with a problem', () => {
    fc.assert(
      fc.property(fc.constantFrom('seed', 'generated' as const), fc.double({ min: 0, max: 1, noNaN: true }), (which, at) => {
        const text = validFiles[which as keyof typeof validFiles];
        // Cut before the closing brace (the files end in "}\n"; dropping only the newline keeps them whole).
        const whole = text.trimEnd().length;
        const cut = Math.min(whole - 1, Math.floor(at * whole));
        const result = run(() => validateGraphText(text.slice(0, cut)));
        checkResult(result);
        // A strict prefix of a JSON object is never a whole JSON object.
        expect(result.ok).toBe(false);
      }),
      { numRuns: runs(100) },
    );
  });

  it('answers any slice of a graph file', () => {
    fc.assert(
      fc.property(fc.constantFrom('seed', 'generated' as const), fc.nat(), fc.nat(), (which, a, b) => {
        const text = validFiles[which as keyof typeof validFiles];
        const from = a % text.length;
        const to = from + (b % (text.length - from + 1));
        checkResult(run(() => validateGraphText(text.slice(from, to))));
      }),
      { numRuns: runs(100) },
    );
  });

  it('accepts the valid files whole, and rejects them with maxChars below their size', () => {
    for (const text of Object.values(validFiles)) {
      const result = run(() => validateGraphText(text));
      checkResult(result);
      expect(result.ok).toBe(true);
      const capped = run(() => validateGraphText(text, { maxChars: text.length - 1 }));
      expect(capped.ok).toBe(false);
      checkResult(capped);
    }
    const withSource = run(() => validateGraphText(seedText, { sourceText: seedSource }));
    expect(withSource.ok).toBe(true);
  });
});

describe('validateGraph on arbitrary values', suite, () => {
  it('answers any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), optionsArb, (value, options) => {
        checkResult(run(() => validateGraph(value, options)), options);
      }),
      { numRuns: runs(200) },
    );
  });

  it('answers any JavaScript value (null prototypes, maps, sparse arrays, boxed values …)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          checkResult(run(() => validateGraph(value)));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('answers an object that has the top-level keys but random values', () => {
    const keys = ['schemaVersion', 'id', 'article', 'nodeTypes', 'relationTypes', 'nodes', 'edges', 'categories', 'notes'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 })), optionsArb, (value, options) => {
        checkResult(run(() => validateGraph(value, options)), options);
      }),
      { numRuns: runs(200) },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Mutations of valid graphs

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

/** Every (container, key) pair in a JSON tree, in a stable order. */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        out.push({ parent: value, key: i });
        if (child !== null && typeof child === 'object') stack.push(child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        out.push({ parent: value, key });
        const child = value[key]!;
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return out;
}

function deepArray(depth: number): Json {
  let v: Json = 0;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function deepObject(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = { nodes: v };
  return v;
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'huge'; at: number; size: number }
  | { kind: 'deep'; at: number; depth: number; object: boolean }
  | { kind: 'offset'; at: number; delta: number }
  | { kind: 'swapIds'; a: number; b: number; list: 'nodes' | 'edges' | 'sentences' | 'nodeTypes' | 'relationTypes' }
  | { kind: 'retarget'; edge: number; node: number; end: 'source' | 'target' | 'attributedTo' }
  | { kind: 'duplicate'; at: number }
  | { kind: 'special'; at: number; value: 'nan' | 'infinity' | 'undefined' | 'negzero' | 'proto' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.constantFrom(501, 5_001, 20_001, 1_100_000) }),
  fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.constantFrom(50, 1_000, 3_000), object: fc.boolean() }),
  fc.record({ kind: fc.constant('offset' as const), at: fc.nat(), delta: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, -1000, 1e9, 2 ** 53)) }),
  fc.record({
    kind: fc.constant('swapIds' as const),
    a: fc.nat(),
    b: fc.nat(),
    list: fc.constantFrom('nodes' as const, 'edges' as const, 'sentences' as const, 'nodeTypes' as const, 'relationTypes' as const),
  }),
  fc.record({ kind: fc.constant('retarget' as const), edge: fc.nat(), node: fc.nat(), end: fc.constantFrom('source' as const, 'target' as const, 'attributedTo' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('special' as const), at: fc.nat(), value: fc.constantFrom('nan' as const, 'infinity' as const, 'undefined' as const, 'negzero' as const, 'proto' as const) }),
);

function listOf(graph: { [key: string]: Json }, list: string): { [key: string]: Json }[] {
  const where = list === 'sentences' ? (graph.article as { [key: string]: Json } | undefined)?.sentences : graph[list];
  return Array.isArray(where) ? (where.filter((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) as { [key: string]: Json }[]) : [];
}

/** Apply one mutation in place. Some leave the graph valid (a relabel); most break it. */
function mutate(root: { [key: string]: Json }, m: Mutation): void {
  const all = slots(root);
  const pick = (at: number) => all[at % all.length]!;
  const set = (slot: Slot, value: unknown) => ((slot.parent as Record<string | number, unknown>)[slot.key] = value);
  switch (m.kind) {
    case 'delete': {
      const slot = pick(m.at);
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return;
    }
    case 'replace':
      set(pick(m.at), m.value);
      return;
    case 'huge':
      set(pick(m.at), 'ب'.repeat(m.size));
      return;
    case 'deep':
      set(pick(m.at), m.object ? deepObject(m.depth) : deepArray(m.depth));
      return;
    case 'offset': {
      const numeric = all.filter((s) => s.key === 'start' || s.key === 'end');
      const slot = numeric[m.at % Math.max(1, numeric.length)];
      if (slot) set(slot, (slot.parent as Record<string, number>)[slot.key as string]! + m.delta);
      return;
    }
    case 'swapIds': {
      const items = listOf(root, m.list);
      if (items.length < 2) return;
      const a = items[m.a % items.length]!;
      const b = items[m.b % items.length]!;
      [a.id, b.id] = [b.id!, a.id!];
      return;
    }
    case 'retarget': {
      const edges = listOf(root, 'edges');
      const nodes = listOf(root, 'nodes');
      if (edges.length === 0 || nodes.length === 0) return;
      edges[m.edge % edges.length]![m.end] = nodes[m.node % nodes.length]!.id ?? null;
      return;
    }
    case 'duplicate': {
      const arrays = all.filter((s) => Array.isArray(s.parent));
      const slot = arrays[m.at % Math.max(1, arrays.length)];
      // The same value twice (shared, not cloned: a clone of a deep value would overflow the stack).
      if (slot) (slot.parent as Json[]).push((slot.parent as Json[])[slot.key as number]!);
      return;
    }
    case 'special': {
      const slot = pick(m.at);
      const value = { nan: Number.NaN, infinity: Infinity, undefined, negzero: -0 }[m.value as 'nan'];
      if (m.value === 'proto') {
        // A key that is special to JavaScript objects, as JSON.parse would create it.
        Object.defineProperty(slot.parent, '__proto__', { value: { schemaVersion: 2, polluted: true }, enumerable: true, configurable: true, writable: true });
      } else set(slot, value);
      return;
    }
  }
}

describe('validateGraph on mutated valid graphs', suite, () => {
  const parsed = { seed: JSON.parse(seedText) as { [key: string]: Json }, generated: JSON.parse(generatedText) as { [key: string]: Json } };

  it('keeps its promise after one to four random mutations (parsed values)', () => {
    fc.assert(
      fc.property(fc.constantFrom('seed', 'generated' as const), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), lenientOptionsArb, (which, mutations, options) => {
        const graph = structuredClone(parsed[which as keyof typeof parsed]);
        for (const m of mutations) mutate(graph, m);
        checkResult(run(() => validateGraph(graph, options)), options);
      }),
      { numRuns: runs(100) },
    );
  });

  it('keeps its promise after random mutations, through JSON text', () => {
    fc.assert(
      fc.property(fc.constantFrom('seed', 'generated' as const), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const graph = structuredClone(parsed[which as keyof typeof parsed]);
        for (const m of mutations) mutate(graph, m);
        let text: string;
        try {
          text = JSON.stringify(graph);
        } catch {
          return; // e.g. a structure too deep for JSON.stringify itself
        }
        checkResult(run(() => validateGraphText(text)));
      }),
      { numRuns: runs(60) },
    );
  });

  it('finds every dangling edge end it is shown', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('source' as const, 'target' as const), fc.string({ minLength: 1, maxLength: 20 }), (at, end, ghost) => {
        const graph = structuredClone(parsed.generated) as unknown as Graph;
        fc.pre(!graph.nodes.some((n) => n.id === ghost));
        const i = at % graph.edges.length;
        graph.edges[i]![end] = ghost;
        const result = run(() => validateGraph(graph));
        checkResult(result);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(`$.edges[${i}].${end}`);
      }),
      { numRuns: runs(60) },
    );
  });

  it('survives nesting far deeper than any schema, in text and in values', () => {
    const deepText = seedText.replace('"schemaVersion": 1', `"schemaVersion": 1, "extra": ${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    checkResult(run(() => validateGraphText(deepText)));
    const deepNodes = seedText.replace('"nodes": [', `"nodes": [${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)},`);
    const result = run(() => validateGraphText(deepNodes));
    checkResult(result);
    expect(result.ok).toBe(false);
    const graph = structuredClone(parsed.seed);
    graph.nodes = deepArray(100_000);
    checkResult(run(() => validateGraph(graph)));
  });
});
