import { describe, expect, it } from 'vitest';
import { caseName, describeGraph } from './graphs';

describe('bench graphs', () => {
  it('names cases as the report rows do', () => {
    expect([caseName(5000, false), caseName(20000, true), caseName(800, false)]).toEqual(['5k', '20k stored', '800']);
  });

  it('picks the relation type with most edges and the node with most relations', () => {
    const d = describeGraph({
      nodes: [
        { id: 'a', label: { en: 'A' } },
        { id: 'b', label: { en: 'B' }, position: { x: 0, y: 0 } },
        { id: 'c', label: { en: 'C' } },
      ],
      edges: [
        { source: 'a', target: 'b', type: 'meets' },
        { source: 'b', target: 'c', type: 'backs' },
        { source: 'c', target: 'b', type: 'backs' },
      ],
      relationTypes: [
        { id: 'meets', label: { en: 'meets' } },
        { id: 'backs', label: { en: 'backs' } },
      ],
    });
    expect(d).toEqual({ nodes: 3, edges: 3, stored: false, relation: { id: 'backs', label: 'backs' }, node: { id: 'b', label: 'B' } });
  });
});
