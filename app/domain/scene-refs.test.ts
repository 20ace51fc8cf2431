import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { analyseGraph } from './analysis';
import { emptySceneState } from './scene';
import { staleSceneRefs } from './scene-refs';

const graph = generateGraph({ nodes: 300, seed: 3 });
const analysis = analyseGraph(graph);
const ids = new Set(graph.nodes.map((n) => n.id));
const has = (id: string) => ids.has(id);

describe('stale parts of a scene link', () => {
  it('finds none in a scene made of what the graph holds', () => {
    const [a, b] = graph.nodes;
    expect(staleSceneRefs({ opened: [0, analysis.communities.length - 1], expanded: { [a!.id]: 2 }, brought: [b!.id] }, analysis, has)).toBe(0);
    expect(staleSceneRefs(emptySceneState, analysis, has)).toBe(0);
  });

  it('counts communities past the last one and entities the graph does not hold', () => {
    const [a] = graph.nodes;
    const state = { opened: [0, analysis.communities.length, 9999], expanded: { gone: 1, [a!.id]: 1 }, brought: ['nobody', a!.id] };
    expect(staleSceneRefs(state, analysis, has)).toBe(4);
  });
});
