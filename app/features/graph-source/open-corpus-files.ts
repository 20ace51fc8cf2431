import { CORPUS_FILE_KEY } from '../../data/corpus-query';
import { registerCorpusFiles } from '../../data/corpus-files';
import type { GraphSource } from '../../data/graph-query';
import { MAX_CORPUS_CHARS } from '../../domain/corpus/limits';
import { formatSize } from '../../domain/format-size';

/**
 * Files chosen together as a corpus: the one whose JSON says it is a corpus, and the
 * graph files it names (matched by file name). Returns the source to open, or why not.
 */
export async function corpusSourceFromFiles(files: readonly File[]): Promise<{ name: string; source: GraphSource } | { name: string; error: string }> {
  const texts = new Map<string, string>();
  let corpusName: string | null = null;
  for (const file of files) {
    if (file.size > MAX_CORPUS_CHARS * 2) return { name: file.name, error: `${formatSize(file.size)} > ${formatSize(MAX_CORPUS_CHARS * 2)}` };
    const text = await file.text();
    if (corpusName === null && /"format"\s*:\s*"article-graph-corpus"/.test(text.slice(0, 2000))) {
      corpusName = file.name;
      texts.set(CORPUS_FILE_KEY, text);
    } else {
      texts.set(file.name, text);
    }
  }
  const name = corpusName ?? files[0]?.name ?? '';
  if (corpusName === null) return { name, error: 'no corpus' };
  return { name, source: { kind: 'corpus', ref: { from: 'file', token: registerCorpusFiles(texts), name } } };
}
