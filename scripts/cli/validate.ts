/**
 * npm run validate [file ...]: checks graph files against the contract and, where a
 * `<name>.ar.txt` (or `.txt`) sits beside `<name>.graph.json`, against the source text.
 * Annotation documents (`*.annotations.json`, `.yaml`) are compiled and checked the
 * same way, and the graph file built from them must be up to date. With no arguments
 * it checks every graph and annotation file in graph-data/. Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileAnnotations } from '../../app/domain/annotation/compile.ts';
import { serializeGraph } from '../../app/domain/serialize.ts';
import { validateGraph, validateGraphText } from '../../app/domain/validate';
import { ANNOTATION_FILE, annotationFilesIn, readAnnotationFile, sourceTextFor, stemOf } from './annotation-files.ts';
import { commandLine } from './args.ts';
import { buildCorpusFile, CORPUS_FILE } from './corpus-files.ts';

const { positionals: args } = commandLine('npm run validate [-- file …]', { allowPositionals: true, options: {} });
const files = args.length > 0
  ? args
  : [
      ...readdirSync('graph-data').filter((f) => f.endsWith('.graph.json')).sort().map((f) => join('graph-data', f)),
      ...annotationFilesIn('graph-data'),
      ...readdirSync('graph-data').filter((f) => CORPUS_FILE.test(f)).sort().map((f) => join('graph-data', f)),
    ];

if (files.length === 0) {
  console.error('validate: no graph files found');
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  if (ANNOTATION_FILE.test(file)) {
    checkAnnotations(file);
    continue;
  }
  if (CORPUS_FILE.test(file)) {
    checkCorpus(file);
    continue;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot read (${(error as Error).message})`);
    failed++;
    continue;
  }
  const source = sourceTextFor(dirname(file), [stemOf(file)])?.text;
  const result = validateGraphText(text, source === undefined ? {} : { sourceText: source });
  if (result.ok) {
    const g = result.graph;
    console.log(`✓ ${file}: ${g.nodes.length} nodes, ${g.edges.length} edges, ${g.article.sentences.length} sentences${source === undefined ? ' (no source text beside it)' : ', verbatim against source'}`);
  } else {
    fail(file, result.problems);
  }
}
process.exit(failed > 0 ? 1 : 0);

/** Compile an annotation document, check the graph against the text beside it, and check the built graph is current. */
function checkAnnotations(file: string): void {
  const read = readAnnotationFile(file);
  if (!read.ok) return fail(file, read.problems);
  const doc = read.doc;
  const { graph, problems, warnings } = compileAnnotations(doc);
  if (problems.length > 0) return fail(file, problems);
  for (const w of warnings) console.warn(`! ${file}: ${w.path}: ${w.message}`);
  const dir = dirname(file);
  const source = sourceTextFor(dir, [doc.id, stemOf(file)]);
  if (source !== undefined) {
    const checked = validateGraph(graph, { sourceText: source.text });
    if (!checked.ok) {
      return fail(
        file,
        checked.problems.map((p) => ({ path: p.path.replace(/^\$\.article\.sentences/, 'sentences'), message: `${p.message} (${source.path})` })),
      );
    }
  }
  const built = join(dir, `${doc.id}.graph.json`);
  if (existsSync(built)) {
    const onDiskText = readFileSync(built, 'utf8');
    const onDisk = JSON.parse(onDiskText) as typeof graph;
    // Entities without a position get theirs from the layout at build time: compare the rest.
    const positions = new Map(onDisk.nodes?.map((n) => [n.id, n.position]) ?? []);
    const expected = { ...graph, nodes: graph.nodes.map((n) => (n.position === undefined && positions.get(n.id) ? { ...n, position: positions.get(n.id) } : n)) };
    // Byte for byte what graph:build would write.
    if (serializeGraph(expected) !== onDiskText) {
      return fail(file, [{ path: '(document)', message: `${built} is out of date with this file; run npm run graph:build` }]);
    }
  }
  console.log(
    `✓ ${file}: ${graph.nodes.length} entities, ${graph.edges.length} relations, ${graph.article.sentences.length} sentences` +
      (source === undefined ? ' (no source text beside it)' : ', verbatim against source') +
      (existsSync(built) ? `; ${built} is up to date` : `; not built yet (npm run graph:build)`),
  );
}

/** A corpus: its articles' graphs, its references and judgements, and that the merge is a valid graph. */
function checkCorpus(file: string): void {
  const built = buildCorpusFile(file);
  if (!built.ok) return fail(file, built.problems);
  const checked = validateGraph(built.graph);
  if (!checked.ok) return fail(file, checked.problems.map((p) => ({ path: `(merged graph) ${p.path}`, message: p.message })));
  console.log(`✓ ${file}: ${built.corpus.articles.length} articles, ${built.graph.nodes.length} merged nodes, ${built.graph.edges.length} edges, ${built.corpus.judgements.length} judgements`);
}

function fail(file: string, problems: readonly { path: string; message: string }[]): void {
  failed++;
  console.error(`✗ ${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
}
