import type { GraphText } from '../domain/corpus/build';
import { MAX_CORPUS_CHARS } from '../domain/corpus/limits';
import type { Corpus } from '../domain/corpus/schema';
import type { MergeSuggestion } from '../domain/corpus/suggest';
import { formatSize } from '../domain/format-size';
import type { Graph } from '../domain/schema';
import type { Problem } from '../domain/validate';
import { bundledCorpusUrl, bundledGraphByFileName } from './bundled-corpora';
import { addedGraphText, corpusFileSet } from './corpus-files';
import { fetchFile } from './fetch-file';
import type { CorpusEdits, CorpusReply, CorpusRequest } from './corpus-run';
import { joinGraph } from './graph-parts';
import { GraphLoadError } from './load-error';

/** Where a corpus file comes from: shipped, linked (`?corpus=`), or opened from disk with its graphs. */
export type CorpusRef = { from: 'bundled'; id: string } | { from: 'url'; url: string } | { from: 'file'; token: string; name: string };

export type { CorpusEdits } from './corpus-run';

/** The name under which a corpus file opened from disk is registered beside its graphs. */
export const CORPUS_FILE_KEY = '\u0000corpus';

/** What the explorer knows about a merged graph beyond the graph file itself. */
export interface CorpusExtras {
  corpus: Corpus;
  suggestions: MergeSuggestion[];
  warnings: Problem[];
  /** Entities before merging. */
  entities: number;
}

const extras = new WeakMap<Graph, CorpusExtras>();

/** The corpus (as decided) and its merge suggestions, for a graph merged from a corpus. */
export function corpusExtras(graph: Graph): CorpusExtras | undefined {
  return extras.get(graph);
}

export function corpusRefKey(ref: CorpusRef): string {
  return ref.from === 'bundled' ? `bundled:${ref.id}` : ref.from === 'url' ? `url:${ref.url}` : `file:${ref.token}`;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetchFile(url);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_CORPUS_CHARS * 3) throw tooLarge(declared);
  return response.text();
}

function tooLarge(bytes: number): GraphLoadError {
  const message = `corpus file is too large (${formatSize(bytes)}); the limit is ${formatSize(MAX_CORPUS_CHARS)}`;
  return new GraphLoadError(message, { key: 'load.corpusInvalid' }, [{ path: '$', message }]);
}

async function corpusText(ref: CorpusRef): Promise<string> {
  switch (ref.from) {
    case 'bundled': {
      const url = bundledCorpusUrl(ref.id);
      if (url === undefined) throw new GraphLoadError(`No bundled corpus named "${ref.id}"`, { key: 'load.noBundled', params: { id: ref.id } });
      return fetchText(url);
    }
    case 'url':
      return fetchText(ref.url);
    case 'file': {
      const text = corpusFileSet(ref.token)?.get(CORPUS_FILE_KEY);
      if (text === undefined) throw new GraphLoadError('This file is no longer available; open it again.', { key: 'load.fileGone' });
      return text;
    }
  }
}

/** The graph paths a corpus names, read leniently: the worker reports a corpus that is not valid. */
function graphPaths(text: string): string[] {
  try {
    const data = JSON.parse(text) as { articles?: { graph?: unknown }[] };
    return Array.isArray(data.articles) ? data.articles.flatMap((a) => (typeof a?.graph === 'string' ? [a.graph] : [])) : [];
  } catch {
    return [];
  }
}

async function graphText(ref: CorpusRef, path: string): Promise<GraphText> {
  const added = addedGraphText(path);
  if (added !== undefined) return { text: added };
  try {
    if (ref.from === 'file') {
      const name = path.replace(/^.*\//, '');
      const text = corpusFileSet(ref.token)?.get(name);
      if (text !== undefined) return { text };
    }
    const url = ref.from === 'url' ? new URL(path, new URL(ref.url, window.location.href)).href : bundledGraphByFileName(path);
    if (url === undefined) return { error: ref.from === 'file' ? 'not among the files opened with the corpus' : 'no bundled graph of that name' };
    return { text: await fetchText(url) };
  } catch (error) {
    return { error: error instanceof GraphLoadError ? error.message : String(error) };
  }
}

/** The corpus file and its graphs as text, read once per corpus. */
const inputs = new Map<string, Promise<{ corpusText: string; graphs: Record<string, GraphText> }>>();

function readInput(ref: CorpusRef) {
  const key = corpusRefKey(ref);
  let input = inputs.get(key);
  if (!input) {
    input = (async () => {
      const text = await corpusText(ref);
      if (text.length > MAX_CORPUS_CHARS) throw tooLarge(text.length * 2);
      const graphs: Record<string, GraphText> = {};
      // One at a time keeps the page's network and parse work in small steps.
      for (const path of new Set(graphPaths(text))) graphs[path] = await graphText(ref, path);
      return { corpusText: text, graphs };
    })();
    inputs.set(key, input);
    input.catch(() => inputs.delete(key));
  }
  return input;
}

async function mergeOffThread(request: CorpusRequest): Promise<CorpusReply> {
  if (typeof Worker === 'undefined') {
    await import('./zod-config');
    const { runCorpusRequest } = await import('./corpus-run');
    return runCorpusRequest(request);
  }
  const worker = new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CorpusReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CorpusReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the corpus worker failed'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/** Read a corpus and its graphs, merge them in a worker with the user's decisions, and return the merged graph. */
export async function loadCorpusGraph(ref: CorpusRef, edits: CorpusEdits | null): Promise<Graph> {
  const input = await readInput(ref);
  const graphs = { ...input.graphs };
  for (const a of edits?.added ?? []) graphs[a.graph] = await graphText(ref, a.graph);
  performance.mark('age:corpus-merge-start');
  const reply = await mergeOffThread({ corpusText: input.corpusText, graphs, edits });
  if (!reply.ok) throw new GraphLoadError('The corpus is not valid', { key: 'load.corpusInvalid' }, reply.problems);
  const graph = await joinGraph(reply.graph);
  performance.mark('age:corpus-merged');
  extras.set(graph, { corpus: reply.corpus, suggestions: reply.suggestions, warnings: reply.warnings, entities: reply.entities });
  return graph;
}
