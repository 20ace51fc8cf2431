import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { smallGraph } from '../../../test/fixtures';
import { everything, XSS } from '../test-support';
import { writeCyjs } from './cyjs';

describe('Cytoscape.js JSON', () => {
  it('has the shape Cytoscape desktop opens: data, elements.nodes with position, elements.edges', () => {
    const index = indexGraph(smallGraph());
    const doc = JSON.parse(writeCyjs(index, everything(index), 'en', new Map([['putin', { x: 10, y: 20 }]])));
    expect(doc.data).toMatchObject({ name: "Putin's visit to China", graph_id: 'small-test' });
    expect(doc.elements.nodes).toHaveLength(4);
    expect(doc.elements.edges).toHaveLength(4);
    expect(doc.elements.nodes[0]).toEqual({
      data: {
        id: 'putin',
        name: 'Vladimir Putin',
        shared_name: 'Vladimir Putin',
        label_ar: 'فلاديمير بوتين',
        label_en: 'Vladimir Putin',
        type: 'person',
        type_label: 'Person',
        mentions: 2,
        aliases_ar: ['بوتين', 'الرئيس الروسي'],
        aliases_en: ['Putin'],
      },
      position: { x: 10, y: 20 },
    });
    expect(doc.elements.nodes[1].position).toBeUndefined();
    const edge = doc.elements.edges.find((e: { data: { id: string } }) => e.data.id === 'china-supports-russia').data;
    expect(edge).toMatchObject({
      source: 'china',
      target: 'russia',
      interaction: 'supports',
      name: 'china (supports) russia',
      directed: true,
      attributed_to: 'russia',
      evidence_quote: ['ودعمت الصين ادعاءات روسيا'],
      evidence_sentence: ['s2'],
    });
  });

  it('keeps labels as JSON strings, markup included', () => {
    const graph = smallGraph();
    graph.nodes[1]!.label.ar = XSS;
    const index = indexGraph(graph);
    const doc = JSON.parse(writeCyjs(index, everything(index), 'ar'));
    expect(doc.elements.nodes[1].data.name).toBe(XSS);
  });
});
