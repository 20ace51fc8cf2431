/** The graphs a benchmark run measures: the article as shipped, and generated ones beside the build. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGraph } from '../generate-graph.ts';
import { topBy } from './measure.ts';
import { precompress } from './precompressed.ts';

export interface GraphCase {
  name: string;
  /** Path under the served folder; undefined for the bundled article graph. */
  file?: string;
  nodes: number;
  edges: number;
  stored: boolean;
  runs: number;
  /** A relation type to hide (the one with most edges), and its English label. */
  relation: { id: string; label: string };
  /** A node to select (the one with most relations), and its English label. */
  node: { id: string; label: string };
}

export interface GraphJson {
  nodes: { id: string; label: { en: string }; position?: unknown }[];
  edges: { source: string; target: string; type: string }[];
  relationTypes: { id: string; label: { en: string } }[];
}

export function describeGraph(graph: GraphJson) {
  const byType = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const relation = topBy(graph.relationTypes, (r) => byType.get(r.id) ?? 0);
  const node = topBy(graph.nodes, (n) => degree.get(n.id) ?? 0);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    stored: graph.nodes.every((n) => n.position !== undefined),
    relation: { id: relation.id, label: relation.label.en },
    node: { id: node.id, label: node.label.en },
  };
}

/** "5k", "20k stored", "800". */
export function caseName(nodes: number, stored: boolean): string {
  return `${nodes >= 1000 ? `${nodes / 1000}k` : nodes}${stored ? ' stored' : ''}`;
}

/**
 * Writes the graphs into <dist>/bench-graphs/ (each with its gzip beside it, served as a
 * static host serves it: precompressed.ts) and describes them: the article graph, each
 * size generated without positions (so the app lays it out), and the largest size again
 * with stored positions when it is 10,000 nodes or more.
 */
export function prepareCases(dist: string, sizes: number[], seed: number, runsFor: (defaultRuns: number, quickRuns?: number) => number): GraphCase[] {
  const article = JSON.parse(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8')) as GraphJson;
  const cases: GraphCase[] = [{ name: 'article', ...describeGraph(article), runs: runsFor(3, 3) }];
  mkdirSync(join(dist, 'bench-graphs'), { recursive: true });
  writeFileSync(join(dist, 'bench-graphs', 'article.json'), JSON.stringify(article));
  precompress(join(dist, 'bench-graphs', 'article.json'));
  writeFileSync(join(dist, 'bench-graphs', 'blank.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  const largest = Math.max(...sizes);
  for (const n of sizes) {
    const variants = n === largest && n >= 10_000 ? [false, true] : [false];
    for (const positions of variants) {
      const t0 = Date.now();
      const graph = generateGraph({ nodes: n, seed, positions });
      const file = `bench-graphs/generated-${n}${positions ? '-positions' : ''}.json`;
      const text = JSON.stringify(graph);
      writeFileSync(join(dist, file), text);
      precompress(join(dist, file));
      const label = caseName(n, positions);
      console.log(`generated ${label}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${(text.length / 1024 / 1024).toFixed(1)} MB (${Date.now() - t0} ms)`);
      cases.push({ name: label, file: `/${file}`, ...describeGraph(graph as unknown as GraphJson), runs: runsFor(n >= 10_000 ? 2 : 3) });
    }
  }
  return cases;
}
