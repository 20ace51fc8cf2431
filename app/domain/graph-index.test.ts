import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { edgeSentence, indexGraph, indexParts, neighbourhood, sentencesFor, shortestPaths, spansFor } from './graph-index';
import { ATTRIBUTION_NONE, computeVisibility } from './visibility';

const index = indexGraph(smallGraph());

describe('graph index', () => {
  it('reads an edge as a sentence in both languages', () => {
    const edge = index.edgeById.get('putin-visits-china')!;
    expect(edgeSentence(index, edge, 'en')).toBe('Vladimir Putin visits China');
    expect(edgeSentence(index, edge, 'ar')).toBe('فلاديمير بوتين يزور الصين');
  });

  it('maps sentences to the elements that cite them', () => {
    expect(index.elementsBySentence.get('s2')).toEqual({ nodes: ['russia', 'west'], edges: ['putin-accuses-west', 'china-supports-russia'] });
    expect(index.elementsBySentence.get('s0')).toEqual({ nodes: ['putin'], edges: [] });
  });

  it('lists the spans behind a node in reading order', () => {
    const spans = spansFor(index, { kind: 'node', id: 'putin' });
    expect(spans[0]).toEqual({ sentence: 's0', start: 6, end: 11 });
    expect(sentencesFor(index, { kind: 'node', id: 'putin' })).toEqual(['s0', 's1', 's2']);
    expect(sentencesFor(index, { kind: 'edge', id: 'putin-accuses-west' })).toEqual(['s2']);
  });

  it('builds its deferred parts on first read, once, or ahead in steps', () => {
    const fresh = indexGraph(smallGraph());
    const built = (key: string) => Object.getOwnPropertyDescriptor(fresh, key)?.get === undefined;
    expect(built('edgesByNode')).toBe(false);
    expect(built('elementsBySentence')).toBe(false);
    expect(fresh.nodeById.get('putin')?.label.en).toBe('Vladimir Putin');
    const edges = fresh.edgesByNode;
    expect(edges.get('putin')).toEqual(['putin-visits-china', 'putin-accuses-west', 'putin-leads-russia']);
    expect(built('edgesByNode')).toBe(true);
    expect(fresh.edgesByNode).toBe(edges);
    expect(built('sentenceById')).toBe(false);
    const steps = indexParts(fresh);
    expect(built('edgeById')).toBe(false);
    expect(steps).toHaveLength(6);
    for (const step of steps) step();
    for (const key of ['edgeById', 'edgesByNode', 'elementsBySentence', 'sentenceById', 'sentenceOrder', 'bodyNumber']) expect(built(key)).toBe(true);
    expect(fresh.edgeById.get('putin-visits-china')?.target).toBe('china');
    expect(fresh.edgesByNode).toBe(edges);
    expect(fresh.elementsBySentence).toEqual(index.elementsBySentence);
    expect(fresh.sentenceOrder.get('s2')).toBe(index.sentenceOrder.get('s2'));
    expect(fresh.bodyNumber).toEqual(index.bodyNumber);
  });

  it('finds 1- and 2-hop neighbourhoods', () => {
    expect([...neighbourhood(index, 'west', 1)].sort()).toEqual(['putin', 'west']);
    expect([...neighbourhood(index, 'west', 2)].sort()).toEqual(['china', 'putin', 'russia', 'west']);
  });

  it('finds all shortest paths, respecting visible edges', () => {
    const paths = shortestPaths(index, 'west', 'china');
    expect(paths).toEqual([{ nodes: ['west', 'putin', 'china'], edges: ['putin-accuses-west', 'putin-visits-china'] }]);
    const without = shortestPaths(index, 'west', 'china', { visibleEdges: new Set(['putin-accuses-west', 'putin-leads-russia', 'china-supports-russia']) });
    expect(without[0]!.nodes).toEqual(['west', 'putin', 'russia', 'china']);
    expect(shortestPaths(index, 'west', 'china', { visibleEdges: new Set() })).toEqual([]);
  });
});

describe('computeVisibility', () => {
  const none = { hiddenRelationTypes: new Set<string>(), hiddenNodeTypes: new Set<string>(), attribution: null, focus: null, isolated: 'fade' } as const;
  it('hides relation types and fades the entities they leave without a relation', () => {
    const v = computeVisibility(index, { ...none, hiddenRelationTypes: new Set(['accuses']) });
    expect(v.edges.has('putin-accuses-west')).toBe(false);
    expect(v.edges.size).toBe(3);
    expect([...v.faded]).toEqual(['west']);
    expect(v.nodes.has('west')).toBe(true);
  });
  it('hides isolated entities when asked, for every reader at once', () => {
    const v = computeVisibility(index, { ...none, isolated: 'hide', hiddenRelationTypes: new Set(['accuses']) });
    expect(v.nodes.has('west')).toBe(false);
    expect(v.nodes.size).toBe(3);
    expect(v.faded.size).toBe(0);
  });
  it('hides node types', () => {
    const v = computeVisibility(index, { ...none, hiddenNodeTypes: new Set(['bloc']) });
    expect(v.nodes.has('west')).toBe(false);
    expect(v.edges.has('putin-accuses-west')).toBe(false);
  });
  it('filters by attribution', () => {
    expect([...computeVisibility(index, { ...none, attribution: 'russia' }).edges]).toEqual(['china-supports-russia']);
    expect(computeVisibility(index, { ...none, attribution: ATTRIBUTION_NONE }).edges.has('china-supports-russia')).toBe(false);
  });
  it('keeps only the focus neighbourhood', () => {
    const v = computeVisibility(index, { ...none, focus: { nodeId: 'west', depth: 1 } });
    expect([...v.nodes].sort()).toEqual(['putin', 'west']);
    expect([...v.edges]).toEqual(['putin-accuses-west']);
  });
});
