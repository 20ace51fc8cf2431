/**
 * npm run validate [file ...]: checks graph files against the contract and, where a
 * `<name>.ar.txt` (or `.txt`) sits beside `<name>.graph.json`, against the source text.
 * With no arguments it checks every graph in graph-data/. Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateGraphText } from '../app/domain/validate';

function sourceFor(file: string): string | undefined {
  const stem = basename(file).replace(/\.graph\.json$/, '').replace(/\.json$/, '');
  for (const candidate of [`${stem}.ar.txt`, `${stem}.txt`]) {
    const path = join(dirname(file), candidate);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return undefined;
}

const args = process.argv.slice(2);
const files = args.length > 0
  ? args
  : readdirSync('graph-data').filter((f) => f.endsWith('.graph.json')).sort().map((f) => join('graph-data', f));

if (files.length === 0) {
  console.error('validate: no graph files found');
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot read (${(error as Error).message})`);
    failed++;
    continue;
  }
  const source = sourceFor(file);
  const result = validateGraphText(text, source === undefined ? {} : { sourceText: source });
  if (result.ok) {
    const g = result.graph;
    console.log(`✓ ${file}: ${g.nodes.length} nodes, ${g.edges.length} edges, ${g.article.sentences.length} sentences${source === undefined ? ' (no source text beside it)' : ', verbatim against source'}`);
  } else {
    failed++;
    console.error(`✗ ${file}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
