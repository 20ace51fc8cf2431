// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import type { Lang } from '../../../domain/schema';
import { smallGraph } from '../../../test/fixtures';
import { fakeSnapshot, XSS } from '../test-support';
import type { EmbeddedFont } from './fonts';
import { curvePath, estimateWidth, wrapLines, writeSvg } from './svg';

const FONTS: EmbeddedFont[] = [
  { family: 'Noto Sans Arabic', weight: 400, unicodeRange: 'U+0600-06FF', woff2Base64: 'QVJBQklD' },
  { family: 'Noto Sans Arabic', weight: 400, unicodeRange: 'U+0000-00FF', woff2Base64: 'TEFUSU4=' },
];

function render(lang: Lang, graph = smallGraph(), background: string | null = '#ffffff') {
  const index = indexGraph(graph);
  const svg = writeSvg({
    snapshot: fakeSnapshot(graph, lang),
    index,
    lang,
    title: graph.article.title[lang],
    legendTitles: { nodes: 'Entities', relations: 'Relations' },
    background,
    fonts: FONTS,
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { svg, doc };
}

describe('the SVG writer', () => {
  it('draws one <g data-id> per node and edge, each with its <title>', () => {
    const { doc } = render('en');
    const nodes = [...doc.querySelectorAll('g.node[data-id]')];
    const edges = [...doc.querySelectorAll('g.edge[data-id]')];
    expect(nodes.map((g) => g.getAttribute('data-id'))).toEqual(['putin', 'china', 'russia', 'west']);
    expect(edges).toHaveLength(4);
    expect(nodes[0]!.querySelector('title')?.textContent).toBe('Vladimir Putin');
    expect(doc.querySelector('g.edge[data-id="china-supports-russia"] > title')?.textContent).toBe('China supports Russia');
    // Node labels and the legend are text, not paths.
    expect(nodes[0]!.querySelector('text')?.textContent).toBe('Vladimir Putin');
    expect([...doc.querySelectorAll('g.legend text')].map((t) => t.textContent)).toContain('Person');
  });

  it('writes Arabic labels as right-to-left text, without the canvas isolates', () => {
    const { svg, doc } = render('ar');
    expect(svg).not.toMatch(/[\u2066-\u2069]/);
    const label = doc.querySelector('g.node[data-id="putin"] text')!;
    expect(label.textContent).toBe('فلاديمير بوتين');
    expect(label.getAttribute('direction')).toBe('rtl');
    expect(label.getAttribute('unicode-bidi')).toBe('embed');
    expect(doc.querySelector('g.edge[data-id="putin-visits-china"] > title')?.textContent).toBe('فلاديمير بوتين يزور الصين');
    expect(doc.documentElement.getAttribute('direction')).toBe('rtl');
  });

  it('embeds the fonts its text needs as @font-face data URLs', () => {
    const ar = render('ar').doc.querySelector('style')?.textContent ?? '';
    expect(ar).toContain('@font-face');
    expect(ar).toContain('url(data:font/woff2;base64,QVJBQklD)');
    expect(ar).toContain('unicode-range:U+600-6ff');
  });

  it('keeps markup in labels as text', () => {
    const graph = smallGraph();
    graph.nodes[0]!.label.en = XSS;
    graph.relationTypes[0]!.label.en = '"><script>alert(1)</script>';
    const { svg, doc } = render('en', graph);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('g.node[data-id="putin"] > title')?.textContent).toBe(XSS);
    expect(doc.querySelector('g.edge[data-id="putin-visits-china"] > title')?.textContent).toBe(`${XSS} "><script>alert(1)</script> China`);
  });

  it('draws arrowheads on directed edges and dashes undirected ones', () => {
    const graph = smallGraph();
    graph.relationTypes[3]!.directed = false; // leads
    const { doc } = render('en', graph);
    expect(doc.querySelectorAll('g.edge[data-id="putin-visits-china"] path')).toHaveLength(2);
    const leads = doc.querySelectorAll('g.edge[data-id="putin-leads-russia"] path');
    expect(leads).toHaveLength(1);
    expect(leads[0]!.getAttribute('stroke-dasharray')).toBe('7 4');
  });

  it('leaves the background out when it is transparent', () => {
    expect(render('en', smallGraph(), null).doc.querySelector('svg > rect')).toBeNull();
    expect(render('en').doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws each node shape the palette uses', () => {
    const graph = smallGraph();
    const types = ['person', 'country', 'armed-force', 'group', 'place', 'organisation', 'plan', 'condition', 'event', 'technology', 'concept'];
    graph.nodeTypes = types.map((id) => ({ id, label: { ar: id, en: id } }));
    graph.nodes = types.map((type, i) => ({ ...smallGraph().nodes[i % 4]!, id: `n${i}`, type }));
    graph.edges = [];
    const { doc } = render('en', graph);
    for (const g of doc.querySelectorAll('g.node')) expect(g.querySelector('ellipse, rect, path')).not.toBeNull();
  });
});

describe('edge curves and label wrapping', () => {
  it('follows the canvas geometry: a line, one quadratic, or quadratics joined at midpoints', () => {
    expect(curvePath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0 0L10 0');
    expect(curvePath([{ x: 0, y: 0 }, { x: 5, y: 5 }, { x: 10, y: 0 }])).toBe('M0 0Q5 5 10 0');
    expect(curvePath([{ x: 0, y: 0 }, { x: 2, y: 4 }, { x: 6, y: 4 }, { x: 8, y: 0 }])).toBe('M0 0Q2 4 4 4Q6 4 8 0');
  });

  it('wraps at the canvas label width and keeps long words whole', () => {
    expect(wrapLines('Vladimir Putin', 15, estimateWidth)).toEqual(['Vladimir Putin']);
    const sixPerChar = (text: string) => text.length * 6; // 21 characters to a 130 px line
    expect(wrapLines('International (Western) sanctions on Russia', 13, sixPerChar)).toEqual(['International', '(Western) sanctions', 'on Russia']);
    expect(wrapLines('Supercalifragilisticexpialidocious', 15, estimateWidth)).toEqual(['Supercalifragilisticexpialidocious']);
  });
});
