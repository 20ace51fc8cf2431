/**
 * npm run corpus:build -- <corpus file> [--out FILE]
 *
 * Checks a corpus (every article's graph valid against its text, every judgement naming
 * real entities, no pair judged both same and different), merges it, and writes the
 * merged graph, itself a valid graph file, to `<corpus id>.merged.graph.json` beside the
 * corpus (or FILE). Problems are printed with their JSON paths and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateGraph } from '../../app/domain/validate.ts';
import { serializeGraph } from '../../app/domain/serialize.ts';
import { commandLine, wrongUsage } from './args.ts';
import { buildCorpusFile } from './corpus-files.ts';

const USAGE = 'npm run corpus:build -- <corpus file> [--out FILE]';
const { values, positionals } = commandLine(USAGE, { options: { out: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) wrongUsage(USAGE);
const out = values.out;
const built = buildCorpusFile(file);
if (!built.ok) {
  console.error(`✗ ${file}: ${built.problems.length} problem(s)`);
  for (const p of built.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
const checked = validateGraph(built.graph);
if (!checked.ok) {
  console.error(`✗ ${file}: the merged graph is not valid`);
  for (const p of checked.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
for (const w of built.warnings) console.warn(`! ${file}: ${w.path}: ${w.message}`);
const target = out ?? join(dirname(file), `${built.corpus.id}.merged.graph.json`);
writeFileSync(target, serializeGraph(built.graph));
const before = [...built.graphs.values()].reduce((sum, g) => sum + g.nodes.length, 0);
console.log(`✓ ${file} -> ${target}: ${built.corpus.articles.length} articles, ${before} entities merged into ${built.graph.nodes.length} nodes, ${built.graph.edges.length} edges`);
