import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { validateGraphText } from '../../../domain/validate';
import { computeVisibility } from '../../../domain/visibility';
import { emptyFilters } from '../../../state/store';
import { smallGraph } from '../../../test/fixtures';
import { selectForExport } from '../scope';
import { everything, XSS } from '../test-support';
import { viewGraph, writeViewJson } from './view-json';

describe('the graph JSON of a view', () => {
  it('re-validates and keeps the whole graph when nothing is filtered', () => {
    const index = indexGraph(smallGraph());
    const result = validateGraphText(writeViewJson(index, everything(index)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph).toEqual(smallGraph());
  });

  it('drops hidden edges and the nodes they leave with no relation, and still validates', () => {
    const index = indexGraph(smallGraph());
    const visibility = computeVisibility(index, { ...emptyFilters, isolated: 'fade', hiddenRelationTypes: new Set(['accuses']) });
    const selection = selectForExport(index, 'view', visibility);
    expect(selection.nodes.has('west')).toBe(true); // faded on the canvas, so in the view
    const result = validateGraphText(writeViewJson(index, selection));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.edges.map((e) => e.id).sort()).toEqual(['china-supports-russia', 'putin-leads-russia', 'putin-visits-china']);
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(['china', 'putin', 'russia']);
    // The article and the type lists stay whole.
    expect(result.graph.article).toEqual(smallGraph().article);
    expect(result.graph.relationTypes).toEqual(smallGraph().relationTypes);
    expect(result.graph.nodeTypes).toEqual(smallGraph().nodeTypes);
  });

  it('moves an attribution to an entity outside the view into the note', () => {
    const graph = smallGraph();
    graph.edges[0]!.attributedTo = 'west';
    const index = indexGraph(graph);
    const visibility = computeVisibility(index, { ...emptyFilters, isolated: 'hide', hiddenRelationTypes: new Set(['accuses']) });
    const out = viewGraph(index, selectForExport(index, 'view', visibility));
    const edge = out.edges.find((e) => e.id === 'putin-visits-china')!;
    expect(edge.attributedTo).toBeUndefined();
    expect(edge.note?.en).toContain('Attributed to the West (west)');
    expect(validateGraphText(JSON.stringify(out)).ok).toBe(true);
  });

  it('stores the canvas positions and keeps labels as data', () => {
    const graph = smallGraph();
    graph.nodes[0]!.label.en = XSS;
    const index = indexGraph(graph);
    const positions = new Map([['putin', { x: 12.3456, y: -7 }]]);
    const out = viewGraph(index, everything(index), positions);
    expect(out.nodes[0]!.position).toEqual({ x: 12.35, y: -7 });
    expect(out.nodes[0]!.label.en).toBe(XSS);
    expect(out.nodes[1]!.position).toBeUndefined();
    // The cached graph is not touched.
    expect(graph.nodes[0]!.position).toBeUndefined();
  });
});
