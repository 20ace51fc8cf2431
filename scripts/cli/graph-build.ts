/**
 * npm run graph:build [annotations file …]
 *
 * Compiles each annotation document (default: every `graph-data/*.annotations.{json,yaml}`)
 * with the same `compileAnnotations` the browser uses, checks the result against the
 * contract and the article text beside it, and writes `<id>.graph.json` next to it. A
 * document with any problem is reported with the paths of its fields and nothing is
 * written for it. Entities without a position are placed by the layout (fCoSE,
 * deterministic; entities that have one keep it exactly) and, for JSON documents, the
 * positions are stored back on the entities so that the next build keeps them. To lay a
 * whole graph out again, remove every position.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileAnnotations } from '../../app/domain/annotation/compile.ts';
import { serializeAnnotations, serializeGraph } from '../../app/domain/serialize.ts';
import { validateGraph } from '../../app/domain/validate.ts';
import { annotationFilesIn, isYaml, readAnnotationFile, sourceTextFor, stemOf } from './annotation-files.ts';
import { commandLine } from './args.ts';
import { layoutPositions } from './layout-graph.ts';

const { positionals: args } = commandLine('npm run graph:build [-- annotations-file …]', { allowPositionals: true, options: {} });
const files = args.length > 0 ? args : annotationFilesIn('graph-data');
if (files.length === 0) {
  console.error('graph:build: no annotation files (graph-data/*.annotations.json or .yaml)');
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const read = readAnnotationFile(file);
  if (!read.ok) {
    report(file, read.problems);
    continue;
  }
  let doc = read.doc;
  const compiled = compileAnnotations(doc);
  if (compiled.problems.length > 0) {
    report(file, compiled.problems);
    continue;
  }
  for (const w of compiled.warnings) console.warn(`! ${file}: ${w.path}: ${w.message}`);
  const dir = dirname(file);
  const source = sourceTextFor(dir, [doc.id, stemOf(file)]);
  const checked = validateGraph(compiled.graph, source === undefined ? {} : { sourceText: source.text });
  if (!checked.ok) {
    report(file, checked.problems);
    continue;
  }
  let graph = compiled.graph;
  const missing = doc.entities.filter((e) => e.position === undefined).length;
  if (missing > 0 && doc.entities.length > 0) {
    // Entities that have a position keep it; only the others are placed.
    const { positions, width, height } = layoutPositions(graph, true);
    doc = { ...doc, entities: doc.entities.map((e) => ({ ...e, position: e.position ?? positions.get(e.id) ?? { x: 0, y: 0 } })) };
    graph = compileAnnotations(doc).graph;
    console.log(
      missing === doc.entities.length
        ? `  laid out ${missing} entities (bounding box ${width} x ${height})`
        : `  placed ${missing} entities without a position; the other ${doc.entities.length - missing} kept theirs`,
    );
    if (isYaml(file)) {
      console.log(`  ${file} is YAML: positions are stored in the graph file only; add them to the entities to keep them`);
    } else {
      writeFileSync(file, serializeAnnotations(doc), 'utf8');
      console.log(`  stored the positions on the entities of ${file}`);
    }
  }
  const out = join(dir, `${doc.id}.graph.json`);
  writeFileSync(out, serializeGraph(graph), 'utf8');
  console.log(
    `✓ ${file} -> ${out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.article.sentences.length} sentences` +
      (source === undefined ? ' (no article text beside it)' : `, verbatim against ${source.path}`),
  );
}

function report(file: string, problems: { path: string; message: string }[]): void {
  failed++;
  console.error(`✗ ${file}: ${problems.length} problem(s); nothing written`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
}

// Cytoscape (used by the layout) leaves timers behind in Node; exit explicitly.
process.exit(failed > 0 ? 1 : 0);
