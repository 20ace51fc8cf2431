/**
 * npm run graph:new -- <article.txt> [--id ID] [--force]
 *
 * Starts a graph for another article: reads the text (refusing empty, binary or >10 MB
 * files), cuts it into sentences by the contract's rules, and writes
 * `graph-data/<id>.annotations.json` with no entities or relations yet and, as a starting
 * vocabulary, the general news vocabulary joined to the seed's categories, node types and
 * relation types (as the browser's new graph has it). The article text
 * is copied beside it (`<id>.ar.txt` for Arabic, else `<id>.txt`) so that `npm run
 * validate` checks every sentence against it.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { KEBAB_ID, toKebab } from '../../app/domain/ids.ts';
import { readArticle } from '../../app/domain/annotation/intake.ts';
import { createAnnotationDoc, cutArticle, vocabularyOf, type NewDocOptions } from '../../app/domain/annotation/sentences.ts';
import { NEWS_VOCABULARY, withNewsVocabulary } from '../../app/domain/annotation/news-vocabulary.ts';
import type { AnnotationDoc } from '../../app/domain/annotation/schema.ts';
import type { Graph } from '../../app/domain/schema.ts';
import { formatSize } from '../../app/domain/format-size.ts';
import { serializeAnnotations } from '../../app/domain/serialize.ts';
import { readAnnotationFile } from './annotation-files.ts';
import { commandLine, wrongUsage } from './args.ts';

const SEED_ANNOTATIONS = 'graph-data/putin-china-visit.annotations.json';
const SEED_GRAPH = 'graph-data/putin-china-visit.graph.json';
const MESSAGES: Record<string, (p: Record<string, string | number>) => string> = {
  empty: () => 'the file is empty (or only whitespace)',
  binary: (p) => `the file is not text (it has NUL bytes or is not UTF-8), ${p.size} bytes`,
  'too-large': (p) => `the file is ${formatSize(Number(p.size))}; the limit is ${formatSize(Number(p.limit))}`,
  'bidi-controls': (p) => `the text has ${p.count} bidi control character(s) (first on line ${p.line}); they are kept, as part of the verbatim text`,
};

const USAGE = 'npm run graph:new -- <article.txt> [--id ID] [--force]';
function usage(message?: string): never {
  return wrongUsage(USAGE, message && `graph:new: ${message}`);
}

const { values, positionals } = commandLine(USAGE, {
  allowPositionals: true,
  options: { id: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const { id, force } = values;
if (positionals.length > 1) usage(`one article at a time (got ${positionals.join(' and ')})`);
const input = positionals[0] ?? usage();

let bytes: Buffer;
try {
  bytes = readFileSync(input);
} catch (error) {
  usage(`cannot read ${input}: ${(error as Error).message}`);
}
const read = readArticle(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, input);
if (!read.ok) {
  console.error(`✗ ${input}: ${MESSAGES[read.error.code]?.(read.error.params ?? {}) ?? read.error.code}; nothing written`);
  process.exit(1);
}
for (const w of read.warnings) console.warn(`! ${input}: ${MESSAGES[w.code]?.(w.params ?? {}) ?? w.code}`);

const vocabulary = seedVocabulary();
const stem = basename(input).replace(/(\.(ar|en))?\.txt$/, '').replace(/\.[^.]+$/, '');
const docId = id ?? toKebab(stem);
if (docId === '') usage(`cannot make an id from the file name "${basename(input)}"; pass --id`);
if (!KEBAB_ID.test(docId)) usage(`--id must be lowercase ascii kebab-case, got "${docId}"`);

const out = join('graph-data', `${docId}.annotations.json`);
if (existsSync(out) && !force) {
  console.error(`✗ ${out} exists; pass --force to start it again (its annotations would be lost)`);
  process.exit(1);
}
const doc = createAnnotationDoc(read.text, { id: docId, source: `Text of ${basename(input)}`, vocabulary });
if (doc.sentences.length === 0) {
  console.error(`✗ ${input}: no sentences found; nothing written`);
  process.exit(1);
}
const textCopy = join('graph-data', `${docId}${doc.article.lang === 'ar' ? '.ar' : ''}.txt`);
if (resolve(textCopy) !== resolve(input)) {
  if (existsSync(textCopy) && readFileSync(textCopy, 'utf8') !== read.text && !force) {
    console.error(`✗ ${textCopy} exists with other text; pass --force to replace it`);
    process.exit(1);
  }
  if (read.text === bytes.toString('utf8')) copyFileSync(input, textCopy);
  else writeFileSync(textCopy, read.text, 'utf8');
}
writeFileSync(out, serializeAnnotations(doc), 'utf8');

const cut = cutArticle(read.text);
const roles = doc.sentences.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.role]: (acc[s.role] ?? 0) + 1 }), {});
console.log(`✓ ${out}: ${doc.sentences.length} sentences (${Object.entries(roles).map(([r, n]) => `${n} ${r}`).join(', ')}), language ${doc.article.lang}`);
for (const f of cut.furniture) console.log(`  left out line ${f.line} as page furniture: "${f.text}"`);
console.log(`  article text: ${textCopy}`);
console.log(`  vocabulary (news types and the seed's): ${vocabulary.nodeTypes.length} node types, ${vocabulary.relationTypes.length} relation types`);
console.log('  next: translate the title and sentences (the "en" fields), add entities and relations, then npm run graph:build');

function seedVocabulary(): NonNullable<NewDocOptions['vocabulary']> {
  let source: Pick<AnnotationDoc, 'categories' | 'nodeTypes' | 'relationTypes'> | undefined;
  if (existsSync(SEED_ANNOTATIONS)) {
    const seed = readAnnotationFile(SEED_ANNOTATIONS);
    if (seed.ok) source = seed.doc;
  } else if (existsSync(SEED_GRAPH)) {
    source = JSON.parse(readFileSync(SEED_GRAPH, 'utf8')) as Graph;
  }
  return source === undefined ? NEWS_VOCABULARY : withNewsVocabulary(vocabularyOf(source));
}
