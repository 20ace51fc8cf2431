/** Reading a corpus file and its graphs from disk, for corpus:build and validate. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCorpus, type CorpusBuild, type GraphText } from '../../app/domain/corpus/build.ts';
import { MAX_CORPUS_CHARS } from '../../app/domain/corpus/schema.ts';
import { sourceTextFor, stemOf } from './annotation-files.ts';

export const CORPUS_FILE = /\.corpus\.json$/;

export function buildCorpusFile(file: string): CorpusBuild {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.byteLength > MAX_CORPUS_CHARS * 2) {
      return { ok: false, problems: [{ path: '$', message: `corpus file is too large (${Math.round(bytes.byteLength / 1024 / 1024)} MB); the limit is ${MAX_CORPUS_CHARS / 1024 / 1024} MB` }] };
    }
    text = bytes.toString('utf8');
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `cannot read: ${(error as Error).message}` }] };
  }
  const dir = dirname(file);
  const read = (path: string): GraphText => {
    const full = resolve(dir, path);
    try {
      const graphText = readFileSync(full, 'utf8');
      const source = sourceTextFor(dirname(full), [stemOf(full)]);
      return source === undefined ? { text: graphText } : { text: graphText, sourceText: source.text };
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message };
    }
  };
  return buildCorpus(text, read, { suggestions: false });
}
