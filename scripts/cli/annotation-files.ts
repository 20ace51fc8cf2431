/**
 * Reading annotation documents (JSON, or YAML for people) and finding the article text
 * beside a graph, shared by graph:build, graph:new and validate.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { MAX_ARTICLE_BYTES } from '../../app/domain/annotation/intake.ts';
import { parseAnnotationDoc, type AnnotationDoc, type AnnotationProblem } from '../../app/domain/annotation/schema.ts';
import { formatSize } from '../../app/domain/format-size.ts';

export const ANNOTATION_FILE = /\.annotations\.(json|ya?ml)$/;

export function isYaml(file: string): boolean {
  return /\.ya?ml$/.test(file);
}

/** Every annotation file in a folder, sorted. */
export function annotationFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => ANNOTATION_FILE.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export type ReadResult = { ok: true; doc: AnnotationDoc } | { ok: false; problems: AnnotationProblem[] };

/**
 * YAML is read defensively, as it may come from anyone: aliases may expand to at most
 * 100 nodes in all (an "alias bomb" of nested aliases is refused before it grows), and a
 * key written twice in one mapping is an error rather than a silent "last one wins".
 */
const YAML_OPTIONS = { maxAliasCount: 100, uniqueKeys: true } as const;

/**
 * An annotation document from a file. Refused, each with a problem at `(file)`: a file
 * larger than an article may be (checked before it is read), one that does not parse,
 * YAML whose aliases would expand too far or with a duplicate key, and a document that
 * breaks the schema (with the path of each field).
 */
export function readAnnotationFile(file: string): ReadResult {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) return refuse(`the file is ${formatSize(size)}; an annotation file may be at most ${formatSize(MAX_ARTICLE_BYTES)} (the article limit)`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return refuse(`cannot read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = isYaml(file) ? parseYaml(text, YAML_OPTIONS) : JSON.parse(text);
  } catch (error) {
    return refuse(isYaml(file) ? yamlRefusal(error) : `not valid JSON: ${(error as Error).message}`);
  }
  return parseAnnotationDoc(data);
}

function refuse(message: string): ReadResult {
  return { ok: false, problems: [{ path: '(file)', message }] };
}

function yamlRefusal(error: unknown): string {
  if (error instanceof YAMLParseError && error.code === 'DUPLICATE_KEY') return `not valid YAML: a key is written twice in one mapping (${firstLine(error.message)})`;
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return 'refused: its aliases would expand too far (an "alias bomb"); write the repeated parts out';
  }
  return `not valid YAML: ${firstLine((error as Error).message)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/:$/, '');
}

/** `<stem>.ar.txt` or `<stem>.txt` beside a file, for the verbatim check. */
export function sourceTextFor(dir: string, stems: string[]): { path: string; text: string } | undefined {
  for (const stem of stems) {
    for (const candidate of [`${stem}.ar.txt`, `${stem}.txt`]) {
      const path = join(dir, candidate);
      if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
    }
  }
  return undefined;
}

/** The stem of an annotation or graph file name: `a/b/x.annotations.json` -> `x`. */
export function stemOf(file: string): string {
  return basename(file).replace(ANNOTATION_FILE, '').replace(/\.graph\.json$/, '').replace(/\.json$/, '');
}
