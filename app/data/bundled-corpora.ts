import { bundledGraphUrl } from './bundled-graphs';

/**
 * The corpora shipped in graph-data/, found at build time like the graphs: each file is
 * a hashed asset URL, fetched on demand. A bundled corpus names its graphs by file name.
 */
const urls = import.meta.glob('../../graph-data/*.corpus.json', { query: '?url', import: 'default', eager: true });

export interface BundledCorpus {
  id: string;
  url: string;
}

export const bundledCorpora: BundledCorpus[] = Object.entries(urls)
  .map(([path, url]) => ({ id: path.replace(/^.*\//, '').replace(/\.corpus\.json$/, ''), url: String(url) }))
  .sort((a, b) => a.id.localeCompare(b.id));

export function bundledCorpusUrl(id: string): string | undefined {
  return bundledCorpora.find((c) => c.id === id)?.url;
}

/** A bundled graph by the file name a corpus gives it (`x.graph.json`). */
export function bundledGraphByFileName(path: string): string | undefined {
  const name = path.replace(/^.*\//, '');
  return name.endsWith('.graph.json') ? bundledGraphUrl(name.replace(/\.graph\.json$/, '')) : undefined;
}
