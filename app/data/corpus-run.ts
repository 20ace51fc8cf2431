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
  if (request.edits?.added?.length) {
    // An added article whose id is taken gets the next free one (`<id>-2`, …).
    const articles = [...corpus.articles];
    for (const added of request.edits.added) {
      let id = added.id;
      for (let n = 2; articles.some((a) => a.id === id); n++) id = `${added.id}-${n}`;
      articles.push({ ...added, id });
    }
    corpus = { ...corpus, articles };
  }
  const built = buildParsedCorpus(corpus, (path) => request.graphs[path] ?? { error: 'not found' });
  if (!built.ok) return built;
  const entities = [...built.graphs.values()].reduce((sum, g) => sum + g.nodes.length, 0);
  return { ok: true, graph: splitGraph(built.graph), corpus: built.corpus, suggestions: built.suggestions, warnings: built.warnings, entities, ms: performance.now() - started };
}
