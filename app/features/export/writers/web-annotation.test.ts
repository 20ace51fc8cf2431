import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import type { Graph } from '../../../domain/schema';
import { smallGraph } from '../../../test/fixtures';
import { everything } from '../test-support';
import { articleIri, articleText, codePointOffset, writeWebAnnotations } from './web-annotation';
import seed from '../../../../graph-data/putin-china-visit.graph.json';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  type: string;
  body: { type: string; value?: string; language?: string; source?: string; purpose: string }[];
  target: { source: string; language: string; textDirection: string; selector: Selector[] };
}

function annotations(graph: Graph) {
  const index = indexGraph(graph);
  const doc = JSON.parse(writeWebAnnotations(index, everything(index))) as { '@context': string; type: string; total: number; first: { items: Annotation[] } };
  return { doc, items: doc.first.items };
}

/** Re-slice by code points, as a Web Annotation client does. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection in the anno.jsonld context, one Annotation per evidence span', () => {
    const graph = seed as Graph;
    const { doc, items } = annotations(graph);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const spans = graph.edges.reduce((n, e) => n + e.evidence.length, 0);
    expect(items).toHaveLength(spans);
    expect(doc.total).toBe(spans);
    const first = items[0]!;
    expect(first.type).toBe('Annotation');
    expect(first.target).toMatchObject({ language: 'ar', textDirection: 'rtl' });
    expect(first.body.map((b) => b.language).filter(Boolean)).toEqual(['ar', 'en']);
    expect(first.body.filter((b) => b.purpose === 'identifying')).toHaveLength(2);
  });

  it('every quote re-sliced from the article text by its code-point offsets is its exact words, with matching prefix and suffix', () => {
    for (const graph of [seed as Graph, smallGraph()]) {
      const text = articleText(graph);
      for (const a of annotations(graph).items) {
        const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
        const position = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
        expect(sliceCodePoints(text, position.start!, position.end!)).toBe(quote.exact);
        expect(sliceCodePoints(text, 0, position.start!).endsWith(quote.prefix!)).toBe(true);
        expect(sliceCodePoints(text, position.end!, Infinity).startsWith(quote.suffix!)).toBe(true);
      }
    }
  });

  it('counts code points, not UTF-16 units, when the text has characters outside the BMP', () => {
    const g = smallGraph();
    // Two emoji (two UTF-16 units each) before the cited words of s2.
    const s2 = g.article.sentences[2]!;
    s2.text = `😀😀${s2.text}`;
    for (const e of g.edges) for (const ev of e.evidence) if (ev.sentence === 's2') Object.assign(ev, { start: ev.start + 4, end: ev.end + 4 });
    const text = articleText(g);
    const items = annotations(g).items.filter((a) => a.target.selector[0]!.exact === 'ودعمت الصين ادعاءات روسيا');
    expect(items).toHaveLength(1);
    const position = items[0]!.target.selector[1]!;
    const utf16 = text.indexOf('ودعمت الصين');
    expect(position.start).toBe(utf16 - 2);
    expect(sliceCodePoints(text, position.start!, position.end!)).toBe('ودعمت الصين ادعاءات روسيا');
    expect(codePointOffset('a😀b', 3)).toBe(2);
  });

  it('targets the source address when the article has one', () => {
    const g = smallGraph();
    expect(articleIri(g)).toBe('urn:article-graph:small-test:article');
    g.article.source = 'https://example.org/news/1';
    expect(annotations(g).items[0]!.target.source).toBe('https://example.org/news/1');
  });
});
