import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../domain/graph-index';
import { computeVisibility } from '../../domain/visibility';
import { smallGraph } from '../../test/fixtures';
import { applyClasses, maxScaleFor, MAX_CANVAS_SIDE } from './cy-adapter';
import { toCyElements } from './cy-elements';
import { projectCanvas } from './projection';

const index = indexGraph(smallGraph());
const none = { hiddenRelationTypes: new Set<string>(), hiddenNodeTypes: new Set<string>(), attribution: null, focus: null, isolated: 'fade' } as const;

function headless() {
  return cytoscape({ headless: true, elements: toCyElements(index, 'en') });
}

describe('toCyElements', () => {
  it('builds fresh data with bidi-isolated labels and the file ids', () => {
    const en = toCyElements(index, 'en');
    const ar = toCyElements(index, 'ar');
    expect(en.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['putin', 'china', 'russia', 'west']);
    expect(en.find((e) => e.data.id === 'putin')?.data.label).toBe('\u2068Vladimir Putin\u2069');
    expect(ar.find((e) => e.data.id === 'putin')?.data.label).toBe('\u2067فلاديمير بوتين\u2069');
    const edge = en.find((e) => e.data.id === 'putin-visits-china');
    expect(edge?.data).toMatchObject({ source: 'putin', target: 'china', category: 'diplomacy' });
    // Cytoscape writes into data; the query cache's objects must not be handed over.
    expect(en.find((e) => e.data.id === 'putin')?.data).not.toBe(index.nodeById.get('putin'));
  });
});

describe('applyClasses on headless Cytoscape', () => {
  it('hides filtered relations, fades isolated entities and dims around a selection', () => {
    const cy = headless();
    const visibility = computeVisibility(index, { ...none, hiddenRelationTypes: new Set(['accuses']) });
    applyClasses(cy, projectCanvas({ index, visibility, selection: { kind: 'node', id: 'china' }, sentence: null, searchHits: [], pathEnds: { from: null, to: null } }));
    expect(cy.$('.hidden').map((e) => e.id())).toEqual(['putin-accuses-west']);
    expect(cy.$('.faded').map((e) => e.id())).toEqual(['west']);
    expect(cy.$('.selected').map((e) => e.id())).toEqual(['china']);
    expect(cy.$('.highlighted').map((e) => e.id()).sort()).toEqual(['china', 'china-supports-russia', 'putin', 'putin-visits-china', 'russia']);
    expect(cy.$('.dimmed').map((e) => e.id()).sort()).toEqual(['putin-accuses-west', 'putin-leads-russia', 'west']);
  });

  it('on large graphs emphasises the selection without restyling everything else', () => {
    const cy = headless();
    const visibility = computeVisibility(index, none);
    const selected = projectCanvas({ index, visibility, selection: { kind: 'node', id: 'china' }, sentence: null, searchHits: [], pathEnds: { from: null, to: null } });
    applyClasses(cy, selected, { dimRest: false });
    expect(cy.$('.highlighted').map((e) => e.id()).sort()).toEqual(['china', 'china-supports-russia', 'putin', 'putin-visits-china', 'russia']);
    expect(cy.$('.dimmed').length).toBe(0);
    // Switching to dimming (or back) is still incremental and exact.
    applyClasses(cy, selected, { dimRest: true });
    expect(cy.$('.dimmed').map((e) => e.id()).sort()).toEqual(['putin-accuses-west', 'putin-leads-russia', 'west']);
    applyClasses(cy, selected, { dimRest: false });
    expect(cy.$('.dimmed').length).toBe(0);
  });

  it('is idempotent and undoes what it no longer needs', () => {
    const cy = headless();
    const visibility = computeVisibility(index, { ...none, isolated: 'hide' });
    const selected = projectCanvas({ index, visibility, selection: { kind: 'edge', id: 'putin-visits-china' }, sentence: null, searchHits: ['west'], pathEnds: { from: null, to: null } });
    applyClasses(cy, selected);
    const once = cy.elements().map((e) => `${e.id()}:${e.classes().join(',')}`);
    applyClasses(cy, selected);
    expect(cy.elements().map((e) => `${e.id()}:${e.classes().join(',')}`)).toEqual(once);
    expect(cy.$('.search-hit').map((e) => e.id())).toEqual(['west']);
    applyClasses(cy, projectCanvas({ index, visibility, selection: null, sentence: null, searchHits: [], pathEnds: { from: null, to: null } }));
    expect(cy.$('.selected, .dimmed, .highlighted, .search-hit').length).toBe(0);
  });

  it('highlights what a sentence cites and the elements on a path', () => {
    const cy = headless();
    const visibility = computeVisibility(index, none);
    applyClasses(cy, projectCanvas({ index, visibility, selection: null, sentence: 's2', searchHits: [], pathEnds: { from: null, to: null } }));
    expect(cy.$('edge.highlighted').map((e) => e.id()).sort()).toEqual(['china-supports-russia', 'putin-accuses-west']);
    applyClasses(cy, projectCanvas({ index, visibility, selection: null, sentence: null, searchHits: [], pathEnds: { from: 'west', to: 'china' } }));
    expect(cy.$('.on-path').map((e) => e.id()).sort()).toEqual(['china', 'putin', 'putin-accuses-west', 'putin-visits-china', 'west']);
  });
});

describe('relation labels', () => {
  const base = { sentence: null, searchHits: [], pathEnds: { from: null, to: null } } as const;
  it('label no relation until something is selected, then the highlighted ones', () => {
    const visibility = computeVisibility(index, none);
    expect(projectCanvas({ index, visibility, selection: null, ...base }).edgeLabels.size).toBe(0);
    const china = projectCanvas({ index, visibility, selection: { kind: 'node', id: 'china' }, ...base });
    expect([...china.edgeLabels].sort()).toEqual(index.edgesByNode.get('china')!.slice().sort());
    const edge = projectCanvas({ index, visibility, selection: { kind: 'edge', id: 'putin-visits-china' }, ...base });
    expect([...edge.edgeLabels]).toEqual(['putin-visits-china']);
  });
  it('label every relation on screen in focus mode', () => {
    const focus = { nodeId: 'putin', depth: 1 };
    const visibility = computeVisibility(index, { ...none, focus });
    const c = projectCanvas({ index, visibility, selection: null, ...base, focus });
    expect([...c.edgeLabels].sort()).toEqual([...visibility.edges].sort());
    const cy = headless();
    applyClasses(cy, c);
    expect(cy.$('edge.edge-label').map((e) => e.id()).sort()).toEqual([...visibility.edges].sort());
  });
});

describe('maxScaleFor', () => {
  it('keeps exports inside the canvas limits', () => {
    expect(maxScaleFor(1000, 800)).toBeGreaterThanOrEqual(4);
    const s = maxScaleFor(20_000, 15_000);
    expect(20_000 * s).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(20_000 * s * 15_000 * s).toBeLessThanOrEqual(100_000_000);
  });
});
