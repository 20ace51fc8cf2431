// First: configures zod before domain/schema.ts builds its schemas (see zod-config.ts).
import './zod-config';
import { queryOptions } from '@tanstack/react-query';
import { validateGraphText } from '../domain/validate';
import type { Graph } from '../domain/schema';
import { bundledGraphUrl } from './bundled-graphs';
import { GraphLoadError } from './load-error';
import { takeFileText } from './local-files';
import { readDraftGraph } from './draft-graphs';

export { GraphLoadError } from './load-error';

export type GraphSource =
  | { kind: 'bundled'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; token: string; name: string }
  /** The graph compiled from the authoring workspace's document (live preview). */
  | { kind: 'draft'; id: string };

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const detail = (error as Error).message;
    throw new GraphLoadError(`Could not fetch ${url}: ${detail}`, { key: 'load.fetchFailed', params: { url, detail } });
  }
  if (!response.ok) {
    throw new GraphLoadError(`Could not fetch ${url}: HTTP ${response.status}`, { key: 'load.httpStatus', params: { url, status: response.status } });
  }
  return response.text();
}

async function readSource(source: Exclude<GraphSource, { kind: 'draft' }>): Promise<string> {
  switch (source.kind) {
    case 'bundled': {
      const url = bundledGraphUrl(source.id);
      if (url === undefined) throw new GraphLoadError(`No bundled graph named "${source.id}"`, { key: 'load.noBundled', params: { id: source.id } });
      return fetchText(url);
    }
    case 'url':
      return fetchText(source.url);
    case 'file':
      return takeFileText(source.token);
  }
}

export function parseGraphOrThrow(text: string): Graph {
  const result = validateGraphText(text);
  if (!result.ok) throw new GraphLoadError('The graph file is not valid', { key: 'load.invalid' }, result.problems);
  return result.graph;
}

export function graphQueryKey(source: GraphSource) {
  switch (source.kind) {
    case 'bundled':
      return ['graph', 'bundled', source.id] as const;
    case 'url':
      return ['graph', 'url', source.url] as const;
    case 'file':
      return ['graph', 'file', source.token] as const;
    case 'draft':
      return ['graph', 'draft', source.id] as const;
  }
}

/** The only way the app loads a graph: fetched, parsed and validated in the query function. */
export function graphQueryOptions(source: GraphSource) {
  return queryOptions({
    queryKey: graphQueryKey(source),
    queryFn: async () => {
      // A draft is compiled, not read: it may still break rules (an entity with no
      // relation yet) that the authoring workspace lists, so it is shown as it is.
      if (source.kind === 'draft') return readDraftGraph(source.id);
      const text = await readSource(source);
      performance.mark('age:graph-read');
      const graph = parseGraphOrThrow(text);
      performance.mark('age:graph-validated');
      return graph;
    },
    staleTime: 'static',
    gcTime: Infinity,
    retry: false,
  });
}
