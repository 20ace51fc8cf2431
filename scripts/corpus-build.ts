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
import { validateGraph } from '../app/domain/validate.ts';
import { buildCorpusFile } from './corpus-files.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? undefined : args[outAt + 1];
const file = args.find((a, i) => !a.startsWith('--') && (outAt === -1 || i !== outAt + 1));
if (!file) {
  console.error('usage: npm run corpus:build -- <corpus file> [--out FILE]');
  process.exit(2);
}
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
writeFileSync(target, `${JSON.stringify(built.graph, null, 2)}\n`);
const before = [...built.graphs.values()].reduce((sum, g) => sum + g.nodes.length, 0);
console.log(`✓ ${file} -> ${target}: ${built.corpus.articles.length} articles, ${before} entities merged into ${built.graph.nodes.length} nodes, ${built.graph.edges.length} edges`);
