import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { smallGraph } from '../../../test/fixtures';
import { everything, XSS } from '../test-support';
import { writeGexf } from './gexf';
import { gexfGrammarErrors } from './gexf-grammar';

describe('GEXF 1.3', () => {
  it('conforms to the GEXF 1.3 grammar, in the gexf.net/1.3 namespace', () => {
    const index = indexGraph(smallGraph());
    const xml = writeGexf(index, everything(index), 'ar', new Map([['putin', { x: 10, y: 20 }]]));
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).not.toContain('schemaLocation');
    expect(gexfGrammarErrors(xml)).toEqual([]);
  });

  it('the grammar check catches what the grammar forbids', () => {
    const index = indexGraph(smallGraph());
    const xml = writeGexf(index, everything(index), 'en');
    expect(gexfGrammarErrors(xml.replace('version="1.3"', 'version="1.2"'))).toContainEqual(expect.stringContaining('/@version'));
    expect(gexfGrammarErrors(xml.replace('label="Vladimir Putin"', 'label="Vladimir  Putin "'))).toContainEqual(expect.stringContaining('xsd:token'));
    const swapped = xml.replace(/(\s*<nodes count[\s\S]*?<\/nodes>)(\s*<edges count[\s\S]*?<\/edges>)/, '$2$1');
    expect(gexfGrammarErrors(swapped)).toContainEqual(expect.stringContaining('out of order'));
    expect(gexfGrammarErrors(xml.replace('<attvalue for="mentions" value="2"/>', '<attvalue for="mentions" value="two"/>'))).toContainEqual(expect.stringContaining('is not an integer'));
    expect(gexfGrammarErrors(xml.replace('<creator>', '<title>x</title><creator>'))).toContainEqual(expect.stringContaining('<title> is not allowed'));
  });

  it('is read by graphology-gexf (Gephi Lite) with its counts, both labels, types and evidence', () => {
    const index = indexGraph(smallGraph());
    const graph = parse(Graph, writeGexf(index, everything(index), 'en', new Map([['putin', { x: 10, y: 20 }]])));
    expect(graph.order).toBe(index.graph.nodes.length);
    expect(graph.size).toBe(index.graph.edges.length);
    expect(graph.getNodeAttributes('putin')).toMatchObject({ label: 'Vladimir Putin', label_ar: 'فلاديمير بوتين', label_en: 'Vladimir Putin', type: 'person', mentions: 2, x: 10, y: -20 });
    expect(graph.getNodeAttribute('putin', 'aliases_ar')).toEqual(['بوتين', 'الرئيس الروسي']);
    const edge = graph.findEdge((e) => e === 'china-supports-russia');
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      label: 'China supports Russia',
      relation: 'supports',
      relation_ar: 'يدعم',
      category: 'stance',
      directed: true,
      attributed_to: 'russia',
      evidence_quote: ['ودعمت الصين ادعاءات روسيا'],
      evidence_sentence: ['s2'],
      evidence_text: [index.sentenceById.get('s2')!.text],
    });
    expect(graph.type).toBe('directed');
  });

  it('keeps markup, quotes, commas and line breaks in values, and collapses them only in labels', () => {
    const g = smallGraph();
    g.nodes[0]!.label.en = `${XSS} "a, b"\nnext`;
    g.nodes[0]!.aliases = { en: ['x, "y"', 'back\\slash'] };
    g.edges[0]!.note = { en: 'line one\nline two' };
    const index = indexGraph(g);
    const xml = writeGexf(index, everything(index), 'en');
    expect(xml).not.toContain('<img');
    expect(gexfGrammarErrors(xml)).toEqual([]);
    const graph = parse(Graph, xml);
    expect(graph.getNodeAttribute('putin', 'label')).toBe(`${XSS} "a, b" next`);
    expect(graph.getNodeAttribute('putin', 'label_en')).toBe(`${XSS} "a, b"\nnext`);
    expect(graph.getNodeAttribute('putin', 'aliases_en')).toEqual(['x, "y"', 'back\\slash']);
    expect(graph.getEdgeAttribute(g.edges[0]!.id, 'note_en')).toBe('line one\nline two');
  });
});
