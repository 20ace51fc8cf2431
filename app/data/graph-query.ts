import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Graph } from '../domain/schema';
import { afterFirstFrame } from '../shared/after-first-frame';
import { analyseFileEarly, startAnalysisWorker } from './analysis-query';
import { bundledGraphUrl } from './bundled-graphs';
import { corpusRefKey, loadCorpusGraph, type CorpusEdits, type CorpusRef } from './corpus-query';
import { isDrawable } from './drawable';
import { fetchFile } from './fetch-file';
import { GraphLoadError } from './load-error';
import { takeFile } from './local-files';
import { startValidation, validateOffThread, type Validation } from './validate-off-thread';

export type GraphSource =
  | { kind: 'bundled'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; token: string; name: string }
  /** The graph compiled from the authoring workspace's document (live preview). */
  | { kind: 'draft'; id: string }
  /** Several articles' graphs merged into one (a corpus file). */
  | { kind: 'corpus'; ref: CorpusRef };

export { GraphLoadError } from './load-error';

/**
 * Told the file's size when the server answers, before its bytes have all arrived; NaN
 * when it does not say (a response compressed on the fly comes in chunks of unknown total).
 */
type OnSize = (bytes: number) => void;

async function fetchBytes(url: string, onSize?: OnSize): Promise<ArrayBuffer> {
  const response = await fetchFile(url);
  const length = response.headers.get('content-length');
  onSize?.(length === null ? Number.NaN : Number(length));
  return response.arrayBuffer();
}

async function readSource(source: Exclude<GraphSource, { kind: 'draft' } | { kind: 'corpus' }>, onSize?: OnSize): Promise<ArrayBuffer> {
  switch (source.kind) {
    case 'bundled': {
      const url = bundledGraphUrl(source.id);
      if (url === undefined) throw new GraphLoadError(`No bundled graph named "${source.id}"`, { key: 'load.noBundled', params: { id: source.id } });
      return fetchBytes(url);
    }
    case 'url':
      return fetchBytes(source.url, onSize);
    case 'file':
      return takeFile(source.token);
  }
}

/** Validate a graph file's bytes (in a worker, started already or now) and return the graph, or throw its problems. */
export async function parseGraphOrThrow(bytes: ArrayBuffer, name?: string, validation: Validation = startValidation(), analysis?: MessagePort): Promise<Graph> {
  const result = await validation.validate(bytes, name, analysis);
  if (!result.ok && 'reason' in result) throw new GraphLoadError(`The file could not be read (${result.reason.key})`, result.reason);
  if (!result.ok) throw new GraphLoadError('The graph file is not valid', { key: 'load.invalid' }, result.problems);
  return result.graph;
}

/**
 * Up to this size a bundled graph is drawn before it is checked. A larger one would cost
 * the page one long JSON.parse; the worker's parse in parts keeps the page free instead.
 */
const DRAW_UNCHECKED_MAX_BYTES = 1024 * 1024;

/** Files above this size are analysed while they are validated (see analyseFileEarly). */
const EARLY_ANALYSIS_MIN_BYTES = 1024 * 1024;

/** Bundled graphs whose check after the first frame failed: from then on they are validated first. */
const distrusted = new Set<string>();

/**
 * A bundled graph was validated when it was built (`npm run validate`), so the canvas
 * does not wait for the check: it is parsed and drawn, and checked in the worker once the
 * first frame is on screen. Should the check fail (a damaged deployment), the query runs
 * again, validating first, and the user sees the problems instead of the graph.
 */
async function readBundledTrusted(id: string, bytes: ArrayBuffer, client: QueryClient, queryKey: readonly unknown[]): Promise<Graph | null> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (!isDrawable(data)) return null;
  const graph = data;
  void afterFirstFrame()
    .then(() => validateOffThread(bytes))
    .then(
      (result) => result.ok,
      () => false,
    )
    .then((ok) => {
      if (ok) return;
      distrusted.add(id);
      void client.resetQueries({ queryKey });
    });
  return graph;
}

/** The name an imported graph takes its id and title from. */
function fileNameOf(source: GraphSource): string | undefined {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'url') return source.url.split(/[?#]/)[0]?.split('/').pop() || undefined;
  return undefined;
}

export function graphQueryKey(source: GraphSource, edits: CorpusEdits | null = null) {
  switch (source.kind) {
    case 'bundled':
      return ['graph', 'bundled', source.id] as const;
    case 'url':
      return ['graph', 'url', source.url] as const;
    case 'file':
      return ['graph', 'file', source.token] as const;
    case 'draft':
      return ['graph', 'draft', source.id] as const;
    case 'corpus':
      return ['graph', 'corpus', corpusRefKey(source.ref), edits] as const;
  }
}

/** The only way the app loads a graph: read, then validated (off the main thread) in the query function. */
export function graphQueryOptions(source: GraphSource, edits: CorpusEdits | null = null) {
  return queryOptions({
    queryKey: graphQueryKey(source, edits),
    queryFn: async ({ client, queryKey }) => {
      // A draft is compiled, not read: the authoring workspace puts it in this cache after
      // every step (the cache is its only copy), and this runs only when it has none.
      if (source.kind === 'draft') throw new GraphLoadError(`No open draft "${source.id}"`, { key: 'load.draftGone', params: { id: source.id } });
      if (source.kind === 'corpus') return loadCorpusGraph(source.ref, edits);
      // A file that is not the bundled graph is validated first: its worker loads while the file is read.
      const validation = source.kind === 'bundled' ? null : startValidation();
      // So does the analysis worker of a file by link, unless the server says it is small.
      const started: { analysis: Worker | null } = { analysis: null };
      const onSize = (size: number) => {
        if (validation && !(size <= EARLY_ANALYSIS_MIN_BYTES)) started.analysis = startAnalysisWorker();
      };
      let bytes: ArrayBuffer;
      try {
        bytes = await readSource(source, onSize);
      } catch (error) {
        validation?.cancel();
        started.analysis?.terminate();
        throw error;
      }
      performance.mark('age:graph-read');
      if (source.kind === 'bundled' && !distrusted.has(source.id) && bytes.byteLength <= DRAW_UNCHECKED_MAX_BYTES) {
        const graph = await readBundledTrusted(source.id, bytes, client, queryKey);
        if (graph) {
          performance.mark('age:graph-parsed');
          return graph;
        }
      }
      // A file this large may hold more entities than the canvas draws at once: then its
      // overview needs the communities, so they are computed beside the validation.
      const early = bytes.byteLength > EARLY_ANALYSIS_MIN_BYTES ? analyseFileEarly(bytes, started.analysis) : null;
      if (!early) started.analysis?.terminate();
      let graph: Graph;
      try {
        graph = await parseGraphOrThrow(bytes, fileNameOf(source), validation ?? undefined, early?.port);
      } catch (error) {
        early?.cancel();
        throw error;
      }
      early?.adopt(graph);
      performance.mark('age:graph-validated');
      return graph;
    },
    staleTime: 'static',
    gcTime: Infinity,
    retry: false,
  });
}
