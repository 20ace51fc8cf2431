import type { Plugin } from 'vite';

/**
 * Cytoscape registers all its layouts and graph algorithms on load, so a bundler cannot
 * drop any of them. The app draws stored or worker-computed positions with the `preset`
 * layout and runs its graph algorithms on its own model (domain/, graphology), so in the
 * build only the `null` and `preset` layouts and the traversals (bfs/dfs, which
 * `eles.components()` uses) stay registered; the rest becomes dead code and is dropped.
 * Development and unit tests use the whole library. If Cytoscape's bundle changes shape,
 * the build fails here rather than shipping a library with missing parts.
 */

const MODULE = /[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

const LAYOUTS = /var layout = \[\{\s*name: 'breadthfirst',[\s\S]*?name: 'random',\s*impl: RandomLayout\s*\}\];/;
const KEPT_LAYOUTS = "var layout = [{ name: 'null', impl: NullLayout }, { name: 'preset', impl: PresetLayout }];";

/** The algorithms' list, bfs/dfs first (as in cytoscape's src/collection/algorithms/index.mjs). */
const ALGORITHMS = /\[(elesfn\$\w+), [^\]]*markovClustering[^\]]*tarjanStronglyConnected\$?\d*\]\.forEach\(/;

export function trimCytoscape(code: string): string {
  if (!LAYOUTS.test(code)) throw new Error("cytoscape-trim: the layouts' registration was not found; update scripts/vite/cytoscape-trim-plugin.ts");
  if (!ALGORITHMS.test(code)) throw new Error("cytoscape-trim: the algorithms' registration was not found; update scripts/vite/cytoscape-trim-plugin.ts");
  return code.replace(LAYOUTS, KEPT_LAYOUTS).replace(ALGORITHMS, (_all, bfsDfs: string) => `[${bfsDfs}].forEach(`);
}

export function cytoscapeTrimPlugin(): Plugin {
  return {
    name: 'age-cytoscape-trim',
    apply: 'build',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      return { code: trimCytoscape(code), map: null };
    },
  };
}
