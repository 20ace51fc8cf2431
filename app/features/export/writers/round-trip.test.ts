import { describe, expect, it } from 'vitest';
import { csvToImported, readCsvTable } from '../../../data/import/csv';
import { guessMapping } from '../../../data/import/csv-mapping';
import { importXmlGraph } from '../../../data/import/import-file';
import { toContract } from '../../../data/import/to-contract';
import { indexGraph } from '../../../domain/graph-index';
import type { Graph } from '../../../domain/schema';
import { validateGraph } from '../../../domain/validate';
import seed from '../../../../graph-data/putin-china-visit.graph.json';
import { everything } from '../test-support';
import { writeCsv } from './csv';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';

const original = seed as Graph;

function valid(graph: Graph | null): Graph {
  const result = validateGraph(graph);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.graph;
}

/** What a round trip must keep: counts, labels in both languages, each relation's ends, type labels and evidence words. */
function essentials(graph: Graph) {
  const relation = new Map(graph.relationTypes.map((r) => [r.id, r.label]));
  return {
    title: graph.article.title,
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, type: n.type, aliases: n.aliases ?? {} })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      relation: relation.get(e.type),
      quotes: e.evidence.map((v) => [v.sentence, v.quote, v.start, v.end]),
      attributedTo: e.attributedTo,
      inferred: e.inferred ?? false,
    })),
  };
}

describe('export -> import round trips of the article graph', () => {
  const index = indexGraph(original);

  it('GEXF keeps counts, both languages, types and every evidence span', () => {
    const back = valid(importXmlGraph(writeGexf(index, everything(index), 'ar'), 'putin-china-visit.gexf'));
    expect(essentials(back)).toEqual(essentials(original));
    expect(back.article.sentences.length).toBeGreaterThan(0);
    for (const s of back.article.sentences) expect(s.text).toBe(index.sentenceById.get(s.id)!.text);
    // Entities are found again in the sentences that name them.
    expect(back.nodes.find((n) => n.id === 'putin')!.mentions.length).toBeGreaterThan(0);
  });

  it('GraphML keeps counts, both languages, types and every evidence span', () => {
    const back = valid(importXmlGraph(writeGraphml(index, everything(index), 'en'), 'putin-china-visit.graphml'));
    expect(essentials(back)).toEqual(essentials(original));
  });

  it('CSV (nodes and edges) keeps counts, both languages and every evidence span', () => {
    const { nodes, edges } = writeCsv(index, everything(index), 'ar');
    const tables = [readCsvTable(nodes, 'putin-china-visit.nodes.csv'), readCsvTable(edges, 'putin-china-visit.edges.csv')];
    const back = valid(toContract(csvToImported(tables, guessMapping(tables))));
    // CSV has no place for the article's title: compare all but that.
    expect({ ...essentials(back), title: null }).toEqual({ ...essentials(original), title: null });
  });
});
