import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../domain/corpus/build';
import { confirmMerge } from '../../domain/corpus/judgements';
import { mergeCorpus } from '../../domain/corpus/merge';
import { indexGraph } from '../../domain/graph-index';
import { smallGraph } from '../../test/fixtures';
import { toCyElements } from './cy-elements';
import { cyStyle } from './cy-style';

const dir = join(import.meta.dirname, '../../../e2e/fixtures/corpus');

describe('edge width by article count', () => {
  it('a relation stated by two articles of a corpus is drawn wider than one stated by one', () => {
    const built = buildCorpus(readFileSync(join(dir, 'test-summits.corpus.json'), 'utf8'), (path) => ({ text: readFileSync(join(dir, path), 'utf8') }));
    if (!built.ok) throw new Error('fixture corpus does not build');
    const decided = confirmMerge(built.corpus, { article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'vladimir-putin' }, '2026-12-07');
    const index = indexGraph(mergeCorpus(decided, built.graphs).graph);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCyElements(index, 'en'), style: cyStyle({ dark: false }, false) });
    const width = (id: string) => parseFloat(cy.getElementById(id).style('width'));
    expect(cy.getElementById('putin-meets-xi').data('articles')).toBe(2);
    expect(width('putin-meets-xi')).toBeGreaterThan(width('deal-in-moscow'));
    cy.destroy();
  });

  it('a single article graph counts one article per edge', () => {
    const elements = toCyElements(indexGraph(smallGraph()), 'en').filter((e) => e.group === 'edges');
    expect(elements.every((e) => e.data.articles === 1)).toBe(true);
  });

  it("draws an entity type's and a category's own colour, and the palette's where there is none", () => {
    const base = smallGraph();
    const graph = {
      ...base,
      categories: [{ id: 'stance', label: { ar: 'موقف', en: 'Stance' }, color: '#123456' }],
      nodeTypes: base.nodeTypes.map((t) => (t.id === 'person' ? { ...t, color: '#aa3300' } : t)),
    };
    const elements = toCyElements(indexGraph(graph), 'en');
    const color = (id: string) => elements.find((e) => e.data.id === id)?.data.color as string | undefined;
    const putin = base.nodes.find((n) => n.type === 'person')!;
    const china = base.nodes.find((n) => n.type === 'country')!;
    expect(color(putin.id)).toBe('#aa3300');
    expect(color(china.id)).toBe('#d04a4a');
    const stance = base.edges.find((e) => e.type === 'supports')!;
    const visit = base.edges.find((e) => e.type === 'visits')!;
    expect(color(stance.id)).toBe('#123456');
    expect(color(visit.id)).toBe('#1f6fb5');
  });
});
