import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimCytoscape } from './cytoscape-trim-plugin';

const require = createRequire(import.meta.url);
const esm = readFileSync(require.resolve('cytoscape').replace(/cytoscape\.cjs\.js$/, 'cytoscape.esm.mjs'), 'utf8');

describe("trimming Cytoscape's registrations for the build", () => {
  it('keeps the null and preset layouts and the traversals, and nothing else', () => {
    const trimmed = trimCytoscape(esm);
    expect(trimmed).toContain("var layout = [{ name: 'null', impl: NullLayout }, { name: 'preset', impl: PresetLayout }];");
    expect(trimmed).not.toMatch(/name: 'cose',\s*impl: CoseLayout/);
    const list = /\[(elesfn\$\w+)\]\.forEach\(function \(props\) \{\s*extend\(elesfn\$\w+, props\);/.exec(trimmed);
    expect(list).not.toBeNull();
    // The one kept is the object that defines bfs and dfs.
    expect(trimmed).toContain(`${list![1]}.bfs = ${list![1]}.breadthFirstSearch;`);
    expect(trimmed).not.toMatch(/markovClustering\$?\d*, kClustering/);
  });

  it('fails the build when the bundle no longer has the expected shape', () => {
    expect(() => trimCytoscape('var layout = [];')).toThrow(/cytoscape-trim/);
    expect(() => trimCytoscape(esm.replace('markovClustering$1, kClustering', 'x'))).toThrow(/algorithms/);
  });
});
