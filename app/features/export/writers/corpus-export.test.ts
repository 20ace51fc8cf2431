import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../domain/corpus/build';
import { confirmMerge } from '../../../domain/corpus/judgements';
import { mergeCorpus } from '../../../domain/corpus/merge';
import { indexGraph } from '../../../domain/graph-index';
import { everything, tFor } from '../test-support';
import { BOM, writeCsv } from './csv';
import { buildReport } from './report-model';
import { writeReportMarkdown } from './report-md';

const dir = join(import.meta.dirname, '../../../../e2e/fixtures/corpus');

function mergedIndex() {
  const built = buildCorpus(readFileSync(join(dir, 'test-summits.corpus.json'), 'utf8'), (path) => ({ text: readFileSync(join(dir, path), 'utf8') }));
  if (!built.ok) throw new Error('fixture corpus does not build');
  const decided = confirmMerge(built.corpus, { article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'vladimir-putin' }, '2026-12-07');
  return indexGraph(mergeCorpus(decided, built.graphs).graph);
}

describe('exports of a merged corpus name the article of each quote', () => {
  it('edges.csv has the article id and title of every quote, in the order of the quotes', () => {
    const index = mergedIndex();
    const { edges } = writeCsv(index, everything(index), 'en');
    const rows = Papa.parse<Record<string, string>>(edges.slice(BOM.length), { header: true, skipEmptyLines: true }).data;
    const meets = rows.find((r) => r.id === 'putin-meets-xi');
    expect(meets?.evidence_quote?.split('\n')).toEqual(['التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ', 'أجرى بوتين محادثات مع شي']);
    expect(meets?.evidence_article).toBe('summit-a\nsummit-b');
    expect(meets?.evidence_article_title).toBe('A summit in Beijing\nRussian-Chinese talks');
  });

  it('the evidence report places each quote in its article', () => {
    const index = mergedIndex();
    const report = buildReport(index, everything(index), 'en', tFor('en'), { scopeLabel: 'All', date: '2026-12-07', nodeCount: index.graph.nodes.length });
    const md = writeReportMarkdown(report);
    expect(md).toContain('A summit in Beijing (2024-05-16) — ');
    expect(md).toContain('Russian-Chinese talks (2024-05-17) — ');
  });
});
