import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { smallGraph } from '../../../test/fixtures';
import { everything, XSS } from '../test-support';
import { BOM, csvField, writeCsv } from './csv';

function parse(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV fields (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-3.5)).toBe('-3.5');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('nodes.csv and edges.csv', () => {
  it('start with a BOM, end rows with CRLF and carry every node and edge', () => {
    const index = indexGraph(smallGraph());
    const { nodes, edges } = writeCsv(index, everything(index), 'en');
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(nodes.split('\r\n')[0]).toBe(`${BOM}id,label,label_ar,label_en,node_type,node_type_label,aliases_ar,aliases_en,mentions,x,y`);
    const nodeRows = parse(nodes);
    expect(nodeRows.map((r) => r.id)).toEqual(['putin', 'china', 'russia', 'west']);
    expect(nodeRows[0]).toMatchObject({ label: 'Vladimir Putin', label_ar: 'فلاديمير بوتين', node_type: 'person', aliases_ar: 'بوتين\nالرئيس الروسي' });
    const edgeRows = parse(edges);
    expect(edgeRows).toHaveLength(4);
    const supports = edgeRows.find((r) => r.id === 'china-supports-russia')!;
    expect(supports).toMatchObject({
      source: 'china',
      target: 'russia',
      type: 'Directed',
      relation: 'supports',
      relation_ar: 'يدعم',
      category: 'stance',
      attributed_to: 'russia',
      evidence_quote: 'ودعمت الصين ادعاءات روسيا',
      evidence_sentence_id: 's2',
      evidence_sentence_en: 'Putin accused the West of failing, and China supported Russia’s claims.',
    });
  });

  it('round-trips labels with markup, quotes, commas and line breaks', () => {
    const graph = smallGraph();
    graph.nodes[0]!.label.en = `${XSS}, "quoted"\nnext`;
    const index = indexGraph(graph);
    const rows = parse(writeCsv(index, everything(index), 'en').nodes);
    expect(rows[0]!.label).toBe(`${XSS}, "quoted"\nnext`);
  });

  it('writes labels in the chosen language', () => {
    const index = indexGraph(smallGraph());
    const rows = parse(writeCsv(index, everything(index), 'ar').edges);
    expect(rows[0]!.label).toBe('فلاديمير بوتين يزور الصين');
    expect(rows[0]!.category_label).toBe('الدبلوماسية');
  });
});
