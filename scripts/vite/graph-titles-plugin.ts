import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:graph-titles';
const RESOLVED = `\0${ID}`;

/**
 * The titles of the graphs in graph-data/, read at build time, so the graph picker names
 * each graph by its title without fetching every file (the files stay on-demand assets).
 */
export function graphTitlesPlugin(dir = join(process.cwd(), 'graph-data')): Plugin {
  return {
    name: 'age-graph-titles',
    resolveId(source) {
      return source === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const titles: Record<string, { ar: string; en: string }> = {};
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.graph.json')).sort()) {
        const file = join(dir, name);
        this.addWatchFile(file);
        try {
          const title = (JSON.parse(readFileSync(file, 'utf8')) as { article?: { title?: { ar?: unknown; en?: unknown } } }).article?.title;
          if (typeof title?.ar === 'string' && typeof title.en === 'string') titles[name.replace(/\.graph\.json$/, '')] = { ar: title.ar, en: title.en };
        } catch {
          // A broken file keeps its id in the picker; opening it says what is wrong.
        }
      }
      return `export default ${JSON.stringify(titles)};`;
    },
  };
}
