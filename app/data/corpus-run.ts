import { buildParsedCorpus, type GraphText } from '../domain/corpus/build';
import { parseCorpusText } from '../domain/corpus/check';
import type { Corpus, CorpusArticle, Judgement } from '../domain/corpus/schema';
import type { MergeSuggestion } from '../domain/corpus/suggest';
import type { Problem } from '../domain/validate';
import { splitGraph, type GraphParts } from './graph-parts';

/**
 * Reads, checks and merges a corpus off the main thread: the corpus text, its graphs'
 * texts and the user's decisions come in; the merged graph goes back in parts (as the
 * validation worker sends a graph), with the corpus as decided and its merge suggestions.
 */
export interface CorpusEdits {
  /** The corpus's judgements as the user has decided them (replacing the file's). */
  judgements?: Judgement[];
  /** Articles added in the browser; their `graph` is an `added:` path. */
  added?: CorpusArticle[];
}

export type CorpusRequest = { corpusText: string; graphs: Record<string, GraphText>; edits: CorpusEdits | null };
export type CorpusReply =
  | { ok: true; graph: GraphParts; corpus: Corpus; suggestions: MergeSuggestion[]; warnings: Problem[]; entities: number; ms: number }
  | { ok: false; problems: Problem[] };

export function runCorpusRequest(request: CorpusRequest): CorpusReply {
  const started = performance.now();
  const parsed = parseCorpusText(request.corpusText);
  if (!parsed.ok) return parsed;
  let corpus = parsed.corpus;
  if (request.edits?.judgements) corpus = { ...corpus, judgements: request.edits.judgements };
  if (request.edits?.added?.length) corpus = { ...corpus, articles: [...corpus.articles, ...request.edits.added] };
  const built = buildParsedCorpus(corpus, (path) => request.graphs[path] ?? { error: 'not found' });
  if (!built.ok) return built;
  const entities = [...built.graphs.values()].reduce((sum, g) => sum + g.nodes.length, 0);
  return { ok: true, graph: splitGraph(built.graph), corpus: built.corpus, suggestions: built.suggestions, warnings: built.warnings, entities, ms: performance.now() - started };
}
