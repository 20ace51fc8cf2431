// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import type { Lang } from '../../../domain/schema';
import { computeVisibility } from '../../../domain/visibility';
import { emptyFilters } from '../../../state/store';
import { smallGraph } from '../../../test/fixtures';
import { selectForExport } from '../scope';
import { everything, tFor, XSS } from '../test-support';
import { buildReport } from './report-model';
import { writeReportHtml } from './report-html';
import { escapeMarkdown, writeReportMarkdown } from './report-md';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function report(lang: Lang, graph = smallGraph(), hidden: string[] = []) {
  const index = indexGraph(graph);
  const selection = hidden.length
    ? selectForExport(index, 'view', computeVisibility(index, { ...emptyFilters, isolated: 'fade', hiddenRelationTypes: new Set(hidden) }))
    : everything(index);
  return buildReport(index, selection, lang, tFor(lang), { scopeLabel: 'What you see', date: '2025-01-02', nodeCount: selection.nodes.size });
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the evidence report model', () => {
  it('groups the selected relations by category, in reading order', () => {
    const r = report('en', smallGraph(), ['leads']);
    expect(r.groups.map((g) => [g.category, g.relations.map((x) => x.id)])).toEqual([
      ['diplomacy', ['putin-visits-china']],
      ['stance', ['putin-accuses-west', 'china-supports-russia']],
    ]);
    const supports = r.groups[1]!.relations[1]!;
    expect(supports).toMatchObject({ heading: 'China supports Russia', headingAr: 'الصين يدعم روسيا', attribution: 'Claim attributed to: Russia' });
    expect(supports.evidence[0]).toMatchObject({ place: 'Sentence 1', quote: 'ودعمت الصين ادعاءات روسيا', translation: expect.stringContaining('China supported') });
  });
});

describe('the HTML report', () => {
  it('is self-contained, script-free, with the image on top and Arabic marked right-to-left', () => {
    const html = writeReportHtml({ report: report('en'), imageDataUrl: PNG, fonts: [] });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    const doc = parseHtml(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelector('main > figure img')?.getAttribute('src')).toBe(PNG);
    expect(doc.querySelectorAll('article.relation')).toHaveLength(4);
    const quote = doc.querySelector('article[data-id="china-supports-russia"] blockquote')!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('ar');
    expect(quote.textContent).toBe(smallGraph().article.sentences[2]!.text);
    expect(quote.querySelector('mark')?.textContent).toBe('ودعمت الصين ادعاءات روسيا');
    expect(doc.querySelector('article[data-id="china-supports-russia"] .translation')?.textContent).toContain('China supported');
    expect(html).toContain('@media print');
  });

  it('follows the interface language', () => {
    const doc = parseHtml(writeReportHtml({ report: report('ar'), imageDataUrl: null, fonts: [] }));
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('h1')?.textContent).toContain('تقرير الأدلة');
    expect(doc.querySelector('article h3')?.textContent).toBe('فلاديمير بوتين يزور الصين');
    expect(doc.querySelector('figure')).toBeNull();
  });

  it('keeps markup in labels, quotes and notes as text, and refuses a non-PNG image', () => {
    const graph = smallGraph();
    graph.nodes[0]!.label.en = XSS;
    graph.edges[0]!.note = { en: '</style><script>alert(1)</script>' };
    const html = writeReportHtml({ report: report('en', graph), imageDataUrl: 'javascript:alert(1)', fonts: [] });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('article[data-id="putin-visits-china"] h3')?.textContent).toBe(`${XSS} visits China`);
  });
});

describe('the Markdown report', () => {
  it('lists each relation with its Arabic sentence, the quote in bold, and the translation', () => {
    const md = writeReportMarkdown(report('en'));
    expect(md).toContain('# Evidence report: Putin\'s visit to China');
    expect(md).toContain('## Stances and claims (2)');
    expect(md).toContain('### China supports Russia');
    expect(md).toContain('> اتهم بوتين الغرب بالفشل، **ودعمت الصين ادعاءات روسيا**.');
    expect(md).toContain('> *Translation:* Putin accused the West of failing, and China supported Russia’s claims.');
    expect(md).toContain('- Claim attributed to: Russia');
  });

  it('escapes markup and Markdown syntax from the graph file', () => {
    expect(escapeMarkdown(XSS)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('# not a heading *or* [link](x)')).toBe('\\# not a heading \\*or\\* \\[link\\](x)');
    const graph = smallGraph();
    graph.nodes[0]!.label.en = XSS;
    const md = writeReportMarkdown(report('en', graph));
    expect(md).not.toContain('<img');
  });
});
