/**
 * Reading annotation documents (JSON, or YAML for people) and finding the article text
 * beside a graph, shared by graph:build, graph:new and validate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnnotationDoc, type AnnotationDoc, type AnnotationProblem } from '../app/domain/annotation/schema.ts';

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

export function readAnnotationFile(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `cannot read: ${(error as Error).message}` }] };
  }
  let data: unknown;
  try {
    data = isYaml(file) ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `not valid ${isYaml(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}` }] };
  }
  return parseAnnotationDoc(data);
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

export function dirOf(file: string): string {
  return dirname(file);
}
