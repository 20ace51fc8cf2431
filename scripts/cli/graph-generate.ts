/**
 * npm run graph:generate -- --nodes N [--edges M] [--positions] [--seed S] --out FILE
 *
 * Writes a synthetic graph file (scripts/generate-graph.ts) for benchmarks and tests,
 * on one line: the same options give the same file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serializeGraph } from '../../app/domain/serialize.ts';
import { generateGraph } from '../generate-graph.ts';
import { commandLine, wholeNumber, wrongUsage } from './args.ts';

const USAGE = 'npm run graph:generate -- --nodes N [--edges M] [--positions] [--seed S] --out FILE';
const { values } = commandLine(USAGE, {
  options: {
    nodes: { type: 'string' },
    edges: { type: 'string' },
    seed: { type: 'string' },
    positions: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const nodes = wholeNumber(USAGE, 'nodes', values.nodes);
const edges = wholeNumber(USAGE, 'edges', values.edges);
const seed = wholeNumber(USAGE, 'seed', values.seed);
const out = values.out;
if (nodes === undefined || !out) wrongUsage(USAGE, '--nodes and --out are needed');

const fewest = Math.ceil(Math.max(2, nodes) / 2);
if (edges !== undefined && edges < fewest) console.warn(`--edges ${edges} would leave nodes without a relation; using ${fewest}`);
const graph = generateGraph({ nodes, positions: values.positions, ...(edges !== undefined ? { edges } : {}), ...(seed !== undefined ? { seed } : {}) });
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, serializeGraph(graph, { indent: 0 }));
console.log(`${out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.article.sentences.length} sentences${values.positions ? ', with positions' : ''}`);
