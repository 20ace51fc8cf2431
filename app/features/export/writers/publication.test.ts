// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgePhrase, indexGraph } from '../../../domain/graph-index';
import { GraphSchema, type Lang } from '../../../domain/schema';
import { sourceLine } from '../../../shared/article-about';
import { isolateLabel } from '../../../shared/palette';
import { fakeSnapshot, tFor } from '../test-support';
import { curveMidpoint, PUBLICATION_COLORS, publicationSnapshot } from './publication';
import { writeSvg } from './svg';

const graph = GraphSchema.parse(JSON.parse(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8')));
const index = indexGraph(graph);

/** The canvas of a dark theme, with the relation labels the canvas draws (agreeing with their subject). */
function darkSnapshot(lang: Lang) {
  const snapshot = fakeSnapshot(graph, lang);
  return {
    ...snapshot,
    background: '#14181d',
    textColor: '#e8e8e8',
    edges: snapshot.edges.map((e) => ({ ...e, label: isolateLabel(edgePhrase(index, index.edgeById.get(e.id)!, lang), lang === 'ar') })),
  };
}

function publish(lang: Lang, lit: { nodes: Set<string>; edges: Set<string> } | null) {
  const snapshot = publicationSnapshot(darkSnapshot(lang), lit);
  const svg = writeSvg({
    snapshot,
    index,
    lang,
    title: graph.article.title[lang],
    legendTitles: { nodes: 'Entities', relations: 'Relations' },
    background: snapshot.background,
    fonts: [],
    publication: { source: sourceLine(graph.article, lang, tFor(lang)) },
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('the picture for publication', () => {
  const lit = { nodes: new Set(['putin', 'china', 'russia']), edges: new Set(['putin-visits-china', 'russia-allied-with-china']) };

  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) shows only what is lit, on a light background, with title, legend, relation labels and source line`, () => {
      const doc = publish(lang, lit);
      expect([...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')).sort()).toEqual(['china', 'putin', 'russia']);
      expect([...doc.querySelectorAll('g.edge')].map((g) => g.getAttribute('data-id')).sort()).toEqual(['putin-visits-china', 'russia-allied-with-china']);
      // No faded ghosts.
      expect(doc.querySelectorAll('[opacity="0.3"]')).toHaveLength(0);
      expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe(PUBLICATION_COLORS.background);
      expect(doc.querySelector('text.title')?.getAttribute('fill')).toBe(PUBLICATION_COLORS.text);
      expect(doc.querySelector('text.title')?.textContent).toBe(graph.article.title[lang]);
      const labels = [...doc.querySelectorAll('text.edge-label')].map((t) => t.textContent);
      expect(labels).toEqual(lang === 'ar' ? ['يزور', 'حليفة لـ'] : ['visits', 'is allied with']);
      // The legend lists what is shown, nothing else.
      const legend = [...doc.querySelectorAll('g.legend text.legend-label')].map((t) => t.textContent);
      expect(legend).toHaveLength(2 + 2);
      const source = doc.querySelector('text.source')?.textContent ?? '';
      expect(source).toBe(lang === 'ar' ? 'المصدر: الناشر والتاريخ غير مذكورين · ترجمة آلية عن الإنجليزية' : 'Source: outlet and date not given · machine-translated from English');
    });
  }

  it('leaves a margin round everything it draws', () => {
    const doc = publish('en', lit);
    const svg = doc.documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const title = doc.querySelector('text.title')!;
    expect(Number(title.getAttribute('x'))).toBeGreaterThanOrEqual(48);
    expect(Number(title.getAttribute('y'))).toBeGreaterThan(48);
    expect(Number(doc.querySelector('text.source')!.getAttribute('y'))).toBeLessThan(height - 48);
    expect(width).toBeGreaterThan(2 * 48);
  });

  it('names outlet and date when the file gives them', () => {
    const article = { ...graph.article, outlet: 'Euronews', published: '2024-05-16' };
    expect(sourceLine(article, 'en', tFor('en'))).toBe('Source: Euronews, 16 May 2024 · machine-translated from English');
    expect(sourceLine(article, 'ar', tFor('ar'))).toBe('المصدر: Euronews، 16 مايو 2024 · ترجمة آلية عن الإنجليزية');
    const original: typeof article = { ...article };
    delete original.translation;
    expect(sourceLine(original, 'en', tFor('en'))).toBe('Source: Euronews, 16 May 2024');
  });

  it('puts a relation label on its curve', () => {
    expect(curveMidpoint([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toEqual({ x: 5, y: 0 });
    expect(curveMidpoint([{ x: 0, y: 0 }, { x: 5, y: 10 }, { x: 10, y: 0 }])).toEqual({ x: 5, y: 5 });
  });
});
