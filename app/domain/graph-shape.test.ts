/**
 * The fast path of validation against zod, the one source of the contract's shape. For
 * every input tried, `fitsGraphShape` says true exactly when zod's GraphSchema accepts the
 * input and gives it back unchanged (so a user never sees a different verdict, and the
 * graph the app keeps is the one zod would have returned): on the bundled and generated
 * graphs, on every field of a graph that has every optional field set, mutated in turn
 * (removed, retyped, at and past each length limit, in astral characters, with unknown
 * keys), on arrays at and past their limits, and on random values put anywhere.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { codePointLength, fitsGraphShape } from './graph-shape';
import { GraphSchema, LIMITS } from './schema';

type Json = unknown;
type Path = (string | number)[];

/** What the fast path must agree with: zod (without its JIT, as in the app) accepts, and its output is the input as it is. */
function zodKeepsAsIs(data: unknown): boolean {
  const parsed = GraphSchema.safeParse(data, { jitless: true });
  return parsed.success && isDeepStrictEqual(parsed.data, data);
}

function expectAgreement(data: unknown, what: string): void {
  const fast = fitsGraphShape(data);
  const zod = zodKeepsAsIs(data);
  if (fast !== zod) throw new Error(`${what}: fast path says ${fast}, zod ${zod ? 'accepts it unchanged' : 'rejects or changes it'}`);
}

/** A graph with every field the schema knows, optional ones included, each once. */
function everyField(): Record<string, Json> {
  const bilingual = (en: string) => ({ ar: `عربي ${en}`, en });
  const note = { en: 'a note', ar: 'ملاحظة' };
  return {
    schemaVersion: 1,
    id: 'every-field',
    article: {
      title: bilingual('Title'),
      lang: 'ar',
      source: 'a test',
      outlet: 'An outlet',
      published: '2024-05-16',
      url: 'https://example.org/article',
      translation: { from: 'en', machine: true },
      sentences: [
        { id: 's0', role: 'title', text: 'نص العنوان', en: 'Title text', article: 'a1' },
        { id: 's1', role: 'body', text: 'بوتين زار الصين', en: 'Putin visited China' },
      ],
    },
    notes: note,
    categories: [{ id: 'diplomacy', label: bilingual('Diplomacy'), color: '#a1B2c3' }],
    nodeTypes: [{ id: 'person', label: bilingual('Person'), description: note, color: '#000000' }],
    relationTypes: [
      {
        id: 'visits',
        label: bilingual('visits'),
        category: 'diplomacy',
        directed: true,
        forms: {
          ar: { masculine: 'زار', feminine: 'زارت', masculineDual: 'زارا', feminineDual: 'زارتا', masculinePlural: 'زاروا', femininePlural: 'زرن' },
          en: { singular: 'visits', plural: 'visit' },
        },
      },
    ],
    nodes: [
      {
        id: 'putin',
        type: 'person',
        label: bilingual('Putin'),
        mentions: [{ sentence: 's1', start: 0, end: 4, text: 'بوتين', article: 'a1' }],
        aliases: { ar: ['الرئيس'], en: ['the president'] },
        description: note,
        qualifiers: note,
        note,
        grammar: { ar: { gender: 'masculine', number: 'singular', human: true }, en: { number: 'singular' } },
        position: { x: 1.5, y: -2 },
        sameAs: ['https://www.wikidata.org/entity/Q7747'],
        members: [{ article: 'a1', entity: 'putin' }],
      },
      { id: 'china', type: 'person', label: bilingual('China'), mentions: [] },
    ],
    edges: [
      {
        id: 'putin-visits-china',
        source: 'putin',
        target: 'china',
        type: 'visits',
        evidence: [{ sentence: 's1', start: 0, end: 15, quote: 'بوتين زار الصين', article: 'a1', attributedTo: 'putin' }],
        attributedTo: 'putin',
        inferred: false,
        qualifiers: note,
        time: { text: 'زار', value: '2024-05-16/2024-05-17' },
        note,
      },
    ],
    articles: [{ id: 'a1', title: bilingual('First'), source: 'somewhere', published: '2024-05-16', lang: 'ar' }],
  };
}

/** Every place in a JSON value: objects' keys and arrays' items, the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push([...prefix, i], ...paths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push([...prefix, key], ...paths(item, [...prefix, key]));
  return out;
}

function at(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string | number, Json>)[key] : undefined), root);
}

/** A copy of `root` with the value at `path` replaced (or removed, for `remove`). */
function changed(root: Json, path: Path, value: Json | typeof remove): Json {
  const copy = structuredClone(root);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === remove) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = value;
  return copy;
}
const remove = Symbol('remove');

/** The schema's field paths, arrays written `[]` (`nodes[].mentions[].start`). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodArray) return [`${prefix}[]`, ...schemaPaths(inner.element as z.ZodType, `${prefix}[]`)];
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      return [path, ...schemaPaths(field, path)];
    });
  }
  return [];
}

function pathName(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? '[]' : i === 0 ? key : `.${key}`)).join('');
}

const LENGTHS = [2, 20, LIMITS.idLength, LIMITS.labelLength, 2000, LIMITS.noteLength, LIMITS.sentenceLength];

/** Strings each field is tried with: the schema's words, and each length limit met and passed, in one- and two-unit characters. */
const STRINGS: string[] = [
  '',
  'a',
  'a-b',
  'A',
  ' ',
  '😀',
  '\ud800',
  '\udc00a',
  'title',
  'lede',
  'body',
  'masculine',
  'feminine',
  'singular',
  'dual',
  'plural',
  '#a1b2c3',
  '#a1b2c',
  '2024-05-16',
  '2024-05-16/2024-05-17',
  '2024-5-16',
  'https://example.org/x',
  ' https://example.org/x ',
  'https://exa\nmple.org/',
  'mailto:someone@example.org',
  'not a url',
  ...LENGTHS.flatMap((n) => ['a'.repeat(n - 1), 'a'.repeat(n), 'a'.repeat(n + 1), '😀'.repeat(n), '😀'.repeat(n + 1), `${'😀'.repeat(n - 1)}a`, '\ud800'.repeat(n + 1)]),
];

const OTHERS: Json[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53 - 1,
  2 ** 53,
  1e308,
  Number.NaN,
  Infinity,
  -Infinity,
  {},
  [],
  ['a'],
  { en: 'x' },
  { ar: 'x', en: 'y' },
  Object.assign(Object.create(null) as object, { ar: 'x', en: 'y' }),
  new Date(0),
  undefined,
];

/** Scale the random runs, e.g. PROPERTY_RUNS_SCALE=20 for a longer fuzzing session. */
const SCALE = Math.max(0.01, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);

describe('codePointLength', () => {
  it('counts a surrogate pair once and a lone surrogate as one', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('😀😀')).toBe(2);
    expect(codePointLength('\ud800')).toBe(1);
    expect(codePointLength('\ud800\ud800\udc00')).toBe(2);
    expect(codePointLength('a\udc00\ud800')).toBe(3);
  });
});

describe('fitsGraphShape agrees with zod', { timeout: Math.round(120_000 * Math.max(1, SCALE)) }, () => {
  it('on the bundled graph and generated ones', () => {
    const bundled = JSON.parse(readFileSync(new URL('../../graph-data/putin-china-visit.graph.json', import.meta.url), 'utf8')) as unknown;
    expect(fitsGraphShape(bundled)).toBe(true);
    expectAgreement(bundled, 'bundled graph');
    for (const [nodes, positions, seed] of [[1, false, 1], [40, false, 9], [300, true, 2], [1000, false, 5]] as const) {
      const graph = JSON.parse(JSON.stringify(generateGraph({ nodes, positions, seed }))) as unknown;
      expect(fitsGraphShape(graph), `generated ${nodes}`).toBe(true);
      expectAgreement(graph, `generated ${nodes}`);
    }
  });

  it('on a graph with every field of the schema, which the fixture covers whole', () => {
    const graph = everyField();
    expect(fitsGraphShape(graph)).toBe(true);
    expectAgreement(graph, 'every field');
    // A field added to the schema must be added to the fixture, so the mutations below reach it.
    const covered = new Set(paths(graph).map(pathName));
    expect(schemaPaths(GraphSchema).filter((p) => !covered.has(p))).toEqual([]);
  });

  it('on every field removed, retyped, or set to each limit and past it', () => {
    const graph = everyField();
    let tried = 0;
    for (const path of paths(graph)) {
      const where = pathName(path);
      expectAgreement(changed(graph, path, remove), `${where} removed`);
      for (const value of [...STRINGS, ...OTHERS]) {
        expectAgreement(changed(graph, path, value), `${where} = ${JSON.stringify(value)?.slice(0, 30)}`);
        tried++;
      }
      const value = at(graph, path);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        expectAgreement(changed(graph, [...path, 'unknown'], 1), `${where} with an unknown key`);
        expectAgreement(changed(graph, [...path, 'unknown'], undefined), `${where} with an unknown key holding undefined`);
        // JSON.parse makes "__proto__" an own key, as defineProperty does.
        const withProto = structuredClone(graph);
        Object.defineProperty(at(withProto, path), '__proto__', { value: {}, enumerable: true, configurable: true, writable: true });
        expectAgreement(withProto, `${where} with a __proto__ key`);
      }
      if (Array.isArray(value)) {
        expectAgreement(changed(graph, path, [...value, ...value]), `${where} doubled`);
        expectAgreement(changed(graph, path, [value[0], undefined]), `${where} with a hole`);
      }
    }
    expectAgreement(changed(graph, ['unknown'], 1), 'an unknown top-level key');
    expect(tried).toBeGreaterThan(10_000);
  });

  it('on every field holding undefined (as a graph built in code may), which zod keeps', () => {
    const graph = everyField();
    for (const path of paths(graph)) expectAgreement(changed(graph, path, undefined), `${pathName(path)} undefined`);
  });

  it('on arrays at and past their limits', () => {
    const graph = everyField();
    const small = JSON.parse(JSON.stringify(generateGraph({ nodes: 2, seed: 1 }))) as { nodes: Json[]; edges: Json[]; article: { sentences: Json[] } };
    // The longest arrays are filled with the plainest items, so that zod's pass over them stays short.
    const limits: [Path, number, Json][] = [
      [['nodes', 0, 'aliases', 'ar'], LIMITS.aliases, 'اسم'],
      [['nodes', 0, 'aliases', 'en'], LIMITS.aliases, 'a name'],
      [['nodes', 0, 'sameAs'], LIMITS.aliases, 'https://example.org/'],
      [['nodes', 0, 'mentions'], LIMITS.mentions, at(graph, ['nodes', 0, 'mentions', 0])],
      [['edges', 0, 'evidence'], LIMITS.evidence, at(graph, ['edges', 0, 'evidence', 0])],
      [['nodeTypes'], LIMITS.types, at(graph, ['nodeTypes', 0])],
      [['relationTypes'], LIMITS.types, at(graph, ['relationTypes', 0])],
      [['categories'], LIMITS.types, at(graph, ['categories', 0])],
      [['articles'], LIMITS.types, at(graph, ['articles', 0])],
      [['article', 'sentences'], LIMITS.sentences, small.article.sentences[0]],
      [['nodes', 0, 'members'], LIMITS.nodes, { article: 'a', entity: 'b' }],
      [['nodes'], LIMITS.nodes, small.nodes[0]],
      [['edges'], LIMITS.edges, small.edges[0]],
    ];
    for (const [path, limit, item] of limits) {
      for (const length of [limit, limit + 1]) {
        const copy = changed(graph, path, Array.from({ length }, () => item));
        expectAgreement(copy, `${pathName(path)} with ${length} items`);
        expect(fitsGraphShape(copy), `${pathName(path)} with ${length} items`).toBe(length === limit);
      }
    }
    expectAgreement(changed(graph, ['nodeTypes'], []), 'no node types');
    expectAgreement(changed(graph, ['relationTypes'], []), 'no relation types');
  });

  it('on random values put anywhere, one or several at a time', () => {
    const graph = everyField();
    const places = paths(graph);
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...STRINGS, ...OTHERS) },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 1, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withDate: true }) },
    );
    const change = fc.tuple(fc.nat({ max: places.length - 1 }), value);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        let mutant: Json = graph;
        const done: string[] = [];
        for (const [index, v] of changes) {
          const path = places[index]!;
          // A path may be gone once an earlier change replaced its parent.
          const parent = at(mutant, path.slice(0, -1)) as unknown;
          if (typeof parent !== 'object' || parent === null) continue;
          mutant = changed(mutant, path, v);
          done.push(pathName(path));
        }
        expectAgreement(mutant, `changed ${done.join(', ')}`);
      }),
      { numRuns: Math.round(2000 * SCALE) },
    );
  });
});
