import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/generate-graph.ts';
import { smallGraph } from '../test/fixtures';
import { analyseGraph } from './analysis';
import { indexGraph } from './graph-index';
import { computeScene, emptySceneState, EXPAND_PAGE, metaNodeId, rankedNeighbours, SCENE_BUDGET, type SceneState } from './scene';
import { computeVisibility, type VisibilityFilters } from './visibility';

const noFilters: VisibilityFilters = { hiddenRelationTypes: new Set(), hiddenNodeTypes: new Set(), attribution: null, focus: null, isolated: 'fade' };

const big = generateGraph({ nodes: 3000, seed: 7 });
const bigIndex = indexGraph(big);
const bigAnalysis = analyseGraph(big);
const bigVisible = computeVisibility(bigIndex, noFilters);

function scene(state: Partial<SceneState>, extra: { selected?: string; budget?: number; page?: number; filters?: VisibilityFilters } = {}) {
  const visibility = extra.filters ? computeVisibility(bigIndex, extra.filters) : bigVisible;
  return computeScene({
    index: bigIndex,
    visibility,
    analysis: bigAnalysis,
    state: { ...emptySceneState, ...state },
    selected: extra.selected ?? null,
    ...(extra.budget !== undefined ? { budget: extra.budget } : {}),
    ...(extra.page !== undefined ? { page: extra.page } : {}),
  });
}

/** Every edge of a scene joins two of its nodes. */
function expectClosed(s: ReturnType<typeof scene>) {
  for (const id of s.edges) {
    const e = bigIndex.edgeById.get(id)!;
    expect(s.nodes.has(e.source) && s.nodes.has(e.target)).toBe(true);
  }
}

describe('scene', () => {
  it('draws a graph within the budget whole', () => {
    const index = indexGraph(smallGraph());
    const visibility = computeVisibility(index, noFilters);
    const s = computeScene({ index, visibility, analysis: analyseGraph(index.graph), state: emptySceneState });
    expect(s.kind).toBe('whole');
    expect(s.nodes).toBe(visibility.nodes);
    expect(s.meta).toEqual([]);
  });

  it('opens a graph above the budget as an overview of its communities', () => {
    const s = scene({});
    expect(s.kind).toBe('overview');
    expect(s.nodes.size).toBe(0);
    expect(s.meta.length).toBeGreaterThan(1);
    expect(s.meta.reduce((sum, m) => sum + m.size, 0)).toBe(3000);
    // Sized by members, largest first, labelled by their most central members.
    const sizes = s.meta.map((m) => m.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    const first = s.meta[0]!;
    expect(first.leaders[0]).toBe(bigAnalysis.communities[first.community]!.members[0]);
    // Weighted edges between communities count the relations between their members.
    const total = s.metaEdges.reduce((sum, e) => sum + e.weight, 0);
    const between = big.edges.filter((e) => bigAnalysis.communityOf[e.source] !== bigAnalysis.communityOf[e.target]).length;
    expect(total).toBe(between);
    expect(s.metaEdges.every((e) => e.source !== e.target)).toBe(true);
  });

  it('counts the links of a filtered overview over the relations the filters leave', () => {
    const type = big.edges[0]!.type;
    const filters = { ...noFilters, hiddenRelationTypes: new Set([type]) };
    const s = scene({}, { filters, budget: big.nodes.length - 1 });
    expect(s.kind).toBe('overview');
    const expected = new Map<string, number>();
    for (const e of big.edges) {
      const a = bigAnalysis.communityOf[e.source]!;
      const b = bigAnalysis.communityOf[e.target]!;
      if (e.type === type || a === b) continue;
      const key = `community-edge:${Math.min(a, b)}-${Math.max(a, b)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(s.metaEdges.map((e) => [e.id, e.weight]))).toEqual(expected);
    // Unfiltered, the links are the analysis's own, each as heavy as the relations between the two.
    const all = scene({}, { budget: big.nodes.length - 1 });
    expect(all.metaEdges).toHaveLength(bigAnalysis.links.length);
    for (const link of bigAnalysis.links) {
      expect(all.metaEdges.find((e) => e.id === `community-edge:${link.a}-${link.b}`)?.weight).toBe(link.weight);
    }
  });

  it('keeps the overview within the budget of elements: the communities, then their heaviest links', () => {
    const all = scene({});
    const budget = all.meta.length + 10;
    const s = scene({}, { budget });
    expect(s.meta).toEqual(all.meta);
    expect(s.meta.length + s.metaEdges.length).toBe(budget);
    // The links kept are the heaviest ten, the weight of each as the whole overview counts it.
    const heaviest = [...all.metaEdges].sort((x, y) => y.weight - x.weight).slice(0, 10).map((e) => e.weight);
    expect(s.metaEdges.map((e) => e.weight)).toEqual(heaviest);
    for (const link of s.metaEdges) expect(all.metaEdges.find((e) => e.id === link.id)?.weight).toBe(link.weight);
  });

  it('follows the filters: a filter that leaves the budget or less draws the rest whole', () => {
    const focus = { nodeId: big.nodes[0]!.id, depth: 1 };
    const s = scene({}, { filters: { ...noFilters, focus } });
    expect(s.kind).toBe('whole');
    expect(s.nodes.has(focus.nodeId)).toBe(true);
  });

  it('opens a community: its members, most central first, never more than the budget', () => {
    const c = bigAnalysis.communities[0]!;
    const s = scene({ opened: [c.id] });
    expect(s.kind).toBe('members');
    expect(s.path).toEqual([c.id]);
    expect([...s.nodes].sort()).toEqual([...c.members].sort());
    expectClosed(s);

    const tight = scene({ opened: [c.id] }, { budget: 5 });
    expect([...tight.nodes]).toEqual(c.members.slice(0, 5));
    expect(tight.leftOut).toBe(c.members.length - 5);
  });

  it('keeps every scene within the budget', () => {
    const all = bigAnalysis.communities.map((c) => c.id);
    const s = scene({ opened: all, brought: big.nodes.slice(0, 50).map((n) => n.id) });
    expect(s.nodes.size).toBe(SCENE_BUDGET);
    expect(s.leftOut).toBe(3000 - SCENE_BUDGET);
    expectClosed(s);
  });

  it('expands a neighbourhood in pages, most connected first, and says how many are left', () => {
    const outsideOf = (id: string) => rankedNeighbours(bigIndex, bigVisible, bigAnalysis, id).filter((n) => bigAnalysis.communityOf[n] !== bigAnalysis.communityOf[id]);
    // The entity with the most neighbours outside its community, expanded two at a time.
    const hub = [...bigAnalysis.ranking].sort((a, b) => outsideOf(b).length - outsideOf(a).length)[0]!;
    const outside = outsideOf(hub);
    const page = 2;
    expect(outside.length).toBeGreaterThan(2 * page);
    const degrees = outside.map((n) => bigAnalysis.degree[n]!);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    const c = bigAnalysis.communityOf[hub]!;

    const closed = scene({ opened: [c] }, { page });
    for (const n of outside) expect(closed.nodes.has(n)).toBe(false);

    const one = scene({ opened: [c], expanded: { [hub]: 1 } }, { page });
    expect(one.nodes.has(hub)).toBe(true);
    for (const n of outside.slice(0, page)) expect(one.nodes.has(n)).toBe(true);
    for (const n of outside.slice(page)) expect(one.nodes.has(n)).toBe(false);
    expect(one.more.get(hub)).toBe(outside.length - page);

    const two = scene({ opened: [c], expanded: { [hub]: 2 } }, { page });
    for (const n of outside.slice(0, 2 * page)) expect(two.nodes.has(n)).toBe(true);
    for (const n of outside.slice(2 * page)) expect(two.nodes.has(n)).toBe(false);
    expect(two.more.get(hub)).toBe(outside.length - 2 * page);
    expectClosed(two);
    expect(EXPAND_PAGE).toBeGreaterThan(page);
  });

  it('brings an entity from outside the scene in with its community', () => {
    const [a, b] = bigAnalysis.communities;
    const outsider = b!.members[b!.members.length - 1]!;
    const s = scene({ opened: [a!.id] }, { selected: outsider });
    expect(s.path).toEqual([a!.id, b!.id]);
    expect(s.nodes.has(outsider)).toBe(true);
    for (const id of a!.members) expect(s.nodes.has(id)).toBe(true);

    // From the overview, too; and an entity already in the scene opens nothing more.
    expect(scene({}, { selected: outsider }).path).toEqual([b!.id]);
    expect(scene({ opened: [a!.id] }, { selected: a!.members[0]! }).path).toEqual([a!.id]);
    // Brought entities stay when the selection moves on.
    expect(scene({ opened: [a!.id], brought: [outsider] }).path).toEqual([a!.id, b!.id]);
  });

  it('names meta-nodes with ids that are no entity id', () => {
    const ids = new Set(big.nodes.map((n) => n.id));
    for (const m of scene({}).meta) expect(ids.has(m.id)).toBe(false);
    expect(metaNodeId(3)).toBe('community:3');
  });
});

describe('graph analysis', () => {
  it('finds the generated communities and is the same on every run', () => {
    // The generator makes communities of ~40 with 85% of edges inside them.
    expect(bigAnalysis.communities.length).toBeGreaterThan(20);
    expect(bigAnalysis.communities.length).toBeLessThan(200);
    expect(analyseGraph(generateGraph({ nodes: 3000, seed: 7 })).communityOf).toEqual(bigAnalysis.communityOf);
  });

  it('ranks key actors by betweenness, and every node has a degree', () => {
    const a = analyseGraph(smallGraph());
    expect(a.betweenness).not.toBeNull();
    const [first, second] = a.ranking;
    expect(a.betweenness![first!]!).toBeGreaterThanOrEqual(a.betweenness![second!]!);
    for (const n of smallGraph().nodes) expect(a.degree[n.id]).toBeGreaterThanOrEqual(0);
  });
});
