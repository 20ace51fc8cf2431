import type { Graph } from '../schema';
import { validateGraphText, type Problem, type ValidateOptions } from '../validate';
import { checkCorpusReferences, parseCorpusText } from './check';
import { mergeCorpus, type MergeWarning } from './merge';
import type { Corpus } from './schema';
import { suggestMerges, type MergeSuggestion } from './suggest';

/**
 * From a corpus file's text and its graphs' texts to the merged graph: one pipeline for
 * `npm run corpus:build`, `npm run validate` and the browser's worker. A graph that cannot
 * be read or is invalid is reported under the article's `graph` path, with its own path.
 */

/** A graph file's text, or why it could not be read. */
export type GraphText = { text: string; sourceText?: string } | { error: string };

export type CorpusBuild =
  | { ok: true; corpus: Corpus; graphs: Map<string, Graph>; graph: Graph; warnings: MergeWarning[]; suggestions: MergeSuggestion[] }
  | { ok: false; problems: Problem[] };

export function readCorpusGraphs(corpus: Corpus, read: (path: string) => GraphText): { graphs: Map<string, Graph>; problems: Problem[] } {
  const graphs = new Map<string, Graph>();
  const problems: Problem[] = [];
  corpus.articles.forEach((article, i) => {
    const base = `$.articles[${i}].graph`;
    const got = read(article.graph);
    if ('error' in got) {
      problems.push({ path: base, message: `cannot read "${article.graph}": ${got.error}` });
      return;
    }
    const options: ValidateOptions = got.sourceText === undefined ? {} : { sourceText: got.sourceText };
    const result = validateGraphText(got.text, options);
    if (!result.ok) {
      for (const p of result.problems.slice(0, 20)) problems.push({ path: `${base} ${p.path}`, message: `${article.graph}: ${p.message}` });
      return;
    }
    graphs.set(article.id, result.graph);
  });
  return { graphs, problems };
}

export function buildCorpus(corpusText: string, read: (path: string) => GraphText, options: { suggestions?: boolean } = {}): CorpusBuild {
  const parsed = parseCorpusText(corpusText);
  if (!parsed.ok) return parsed;
  return buildParsedCorpus(parsed.corpus, read, options);
}

export function buildParsedCorpus(corpus: Corpus, read: (path: string) => GraphText, options: { suggestions?: boolean } = {}): CorpusBuild {
  const { graphs, problems } = readCorpusGraphs(corpus, read);
  problems.push(...checkCorpusReferences(corpus, graphs));
  if (problems.length) return { ok: false, problems };
  const { graph, warnings } = mergeCorpus(corpus, graphs);
  const suggestions = options.suggestions === false ? [] : suggestMerges(corpus, graphs);
  return { ok: true, corpus, graphs, graph, warnings, suggestions };
}
