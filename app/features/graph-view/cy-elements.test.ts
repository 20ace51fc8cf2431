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
});
