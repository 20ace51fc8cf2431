import titles from 'virtual:graph-titles';

/**
 * The graphs shipped in graph-data/, found at build time. Each file becomes a hashed
 * asset URL; the JSON is fetched on demand, never bundled into the JavaScript; only
 * their titles are.
 */
const urls = import.meta.glob('../../graph-data/*.graph.json', { query: '?url', import: 'default', eager: true });

export interface BundledGraph {
  id: string;
  url: string;
  /** The article's title, when the file has one. */
  title?: { ar: string; en: string };
}

export const bundledGraphs: BundledGraph[] = Object.entries(urls)
  .map(([path, url]) => {
    const id = path.replace(/^.*\//, '').replace(/\.graph\.json$/, '');
    const title = titles[id];
    return title ? { id, url: String(url), title } : { id, url: String(url) };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function bundledGraphUrl(id: string): string | undefined {
  return bundledGraphs.find((g) => g.id === id)?.url;
}
