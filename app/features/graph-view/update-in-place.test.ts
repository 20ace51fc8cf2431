import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../domain/graph-index';
import { smallGraph } from '../../test/fixtures';
import { computeVisibility } from '../../domain/visibility';
import { applyClasses } from './cy-adapter';
import { toCyElements } from './cy-elements';
import { projectCanvas } from './projection';
import { updateInPlace } from './update-in-place';

describe('updateInPlace', () => {
  it('keeps the instance and every remaining position; adds, changes and removes elements', () => {
    const before = smallGraph();
    const cy = cytoscape({ headless: true, elements: toCyElements(indexGraph(before), 'en') });
    cy.nodes().forEach((n, i) => {
      n.position({ x: 100 * i, y: 50 * i });
    });
    const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const putin = cy.getElementById('putin');

    const after = structuredClone(before);
    after.nodes = after.nodes.filter((n) => n.id !== 'west');
    after.edges = after.edges.filter((e) => e.source !== 'west' && e.target !== 'west');
    const china = after.nodes.find((n) => n.id === 'china')!;
    china.label = { ...china.label, en: 'The PRC' };
    after.nodes.push({ ...china, id: 'xi', label: { ar: 'شي', en: 'Xi' } });
    after.edges.push({ ...after.edges[0]!, id: 'xi-visits-china', source: 'xi', target: 'china' });
    updateInPlace(cy, toCyElements(indexGraph(after), 'en'));

    expect(cy.getElementById('putin')).toBe(putin);
    expect(cy.getElementById('west').empty()).toBe(true);
    expect(cy.getElementById('china').data('label')).toBe('\u2068The PRC\u2069');
    for (const id of ['putin', 'china', 'russia']) expect(cy.getElementById(id).position()).toEqual(positions[id]);
    const xi = cy.getElementById('xi');
    expect(xi.nonempty()).toBe(true);
    // Placed beside China, the one entity it is linked to, not at the origin.
    expect(Math.hypot(xi.position('x') - positions.china!.x, xi.position('y') - positions.china!.y)).toBeLessThan(200);
    expect(cy.getElementById('xi-visits-china').source().id()).toBe('xi');
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(after.edges.map((e) => e.id).sort());

    // And back (an undo): the same elements as the first version, the positions kept.
    updateInPlace(cy, toCyElements(indexGraph(before), 'en'));
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(cy.getElementById('putin').position()).toEqual(positions.putin);
  });

  it('keeps the classes projected from the store on kept, re-made and added elements', () => {
    const before = smallGraph();
    const cy = cytoscape({ headless: true, elements: toCyElements(indexGraph(before), 'en') });
    const filters = { hiddenRelationTypes: new Set<string>(), hiddenNodeTypes: new Set<string>(), attribution: null, focus: null, isolated: 'fade' } as const;
    const project = (graph: typeof before) => {
      const index = indexGraph(graph);
      const selection = { kind: 'edge', id: 'putin-visits-china' } as const;
      applyClasses(cy, projectCanvas({ index, visibility: computeVisibility(index, filters), selection, sentence: null, searchHits: [], pathEnds: { from: null, to: null } }));
    };
    project(before);
    expect(cy.getElementById('putin-visits-china').hasClass('selected')).toBe(true);

    const after = structuredClone(before);
    after.nodes.push({ ...after.nodes[0]!, id: 'xi', label: { ar: 'شي', en: 'Xi' } });
    after.edges.push({ ...after.edges[0]!, id: 'xi-visits-china', source: 'xi', target: 'china' });
    updateInPlace(cy, toCyElements(indexGraph(after), 'en'));
    expect(cy.getElementById('putin-visits-china').hasClass('selected')).toBe(true);
    project(after);
    expect(cy.getElementById('putin-visits-china').hasClass('selected')).toBe(true);
    // Outside the selection, the new entity is dimmed like the rest.
    expect(cy.getElementById('xi').hasClass('dimmed')).toBe(true);
  });
});
