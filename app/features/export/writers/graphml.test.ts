import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { smallGraph } from '../../../test/fixtures';
import { everything, XSS } from '../test-support';
import { GRAPHML_KEYS, writeGraphml } from './graphml';

interface XmlData {
  '@_key': string;
  '#text'?: string | number | boolean;
}
interface XmlElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data: XmlData[];
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(xml) as { graphml: { key: Record<string, string>[]; graph: { '@_edgedefault': string; node: XmlElement[]; edge: XmlElement[] } } };
  const attrs = (el: XmlElement) => Object.fromEntries(el.data.map((d) => [d['@_key'], String(d['#text'] ?? '')]));
  return { doc: doc.graphml, attrs };
}

describe('GraphML', () => {
  it('declares typed keys for nodes and edges, each id once', () => {
    const index = indexGraph(smallGraph());
    const { doc } = parse(writeGraphml(index, everything(index), 'en'));
    const keys = doc.key.map((k) => ({ id: k['@_id'], for: k['@_for'], name: k['@_attr.name'], type: k['@_attr.type'] }));
    expect(keys).toEqual(GRAPHML_KEYS.map((k) => ({ id: k.id, for: k.for, name: k.name, type: k.type })));
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    for (const name of ['label_ar', 'label_en', 'type']) expect(keys).toContainEqual(expect.objectContaining({ for: 'node', name, type: 'string' }));
    for (const name of ['relation', 'relation_ar', 'relation_en', 'category', 'evidence_quote', 'evidence_sentence', 'attributed_to']) {
      expect(keys).toContainEqual(expect.objectContaining({ for: 'edge', name, type: 'string' }));
    }
    expect(keys).toContainEqual({ id: 'e_directed', for: 'edge', name: 'directed', type: 'boolean' });
  });

  it('carries every node and edge with its attributes', () => {
    const index = indexGraph(smallGraph());
    const { doc, attrs } = parse(writeGraphml(index, everything(index), 'en'));
    expect(doc.graph['@_edgedefault']).toBe('directed');
    expect(doc.graph.node.map((n) => n['@_id'])).toEqual(['putin', 'china', 'russia', 'west']);
    expect(attrs(doc.graph.node[0]!)).toMatchObject({ n_label: 'Vladimir Putin', n_label_ar: 'فلاديمير بوتين', n_label_en: 'Vladimir Putin', n_type: 'person', n_mentions: '2' });
    const edge = doc.graph.edge.find((e) => e['@_id'] === 'china-supports-russia')!;
    expect(edge['@_source']).toBe('china');
    expect(edge['@_target']).toBe('russia');
    expect(attrs(edge)).toMatchObject({
      e_relation: 'supports',
      e_relation_ar: 'يدعم',
      e_relation_en: 'supports',
      e_category: 'stance',
      e_directed: 'true',
      e_evidence_quote: 'ودعمت الصين ادعاءات روسيا',
      e_evidence_sentence: 's2',
      e_attributed_to: 'russia',
      e_label: 'China supports Russia',
    });
  });

  it('escapes markup in labels so the file stays well-formed', () => {
    const graph = smallGraph();
    graph.nodes[0]!.label.en = `${XSS} & "quotes" 'apostrophes'\u0001`;
    const index = indexGraph(graph);
    const xml = writeGraphml(index, everything(index), 'en');
    expect(xml).not.toContain('<img');
    const { doc, attrs } = parse(xml);
    expect(attrs(doc.graph.node[0]!).n_label_en).toBe(`${XSS} & "quotes" 'apostrophes'`);
  });

  it('writes x and y when positions are known, and only the selection', () => {
    const index = indexGraph(smallGraph());
    const selection = { nodes: new Set(['putin', 'china']), edges: new Set(['putin-visits-china', 'putin-accuses-west']) };
    const { doc, attrs } = parse(writeGraphml(index, selection, 'ar', new Map([['putin', { x: 1.5, y: -2 }]])));
    expect(doc.graph.node.map((n) => n['@_id'])).toEqual(['putin', 'china']);
    // An edge whose end is not selected is left out.
    expect(doc.graph.edge.map((e) => e['@_id'])).toEqual(['putin-visits-china']);
    expect(attrs(doc.graph.node[0]!)).toMatchObject({ n_x: '1.5', n_y: '-2', n_label: 'فلاديمير بوتين' });
  });
});
