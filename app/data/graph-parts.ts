import type { Graph } from '../domain/schema';

/**
 * A validated graph sent from the validation worker to the page as JSON text in parts.
 * Parsing a 20 MB graph (or receiving it as a structured clone, measured slower still) is
 * one task of several hundred milliseconds on the main thread; in parts of SLICE items
 * the page parses it in tasks of a few milliseconds each, with a yield between them.
 */
export interface GraphParts {
  /** The graph with its three long arrays emptied. */
  shell: string;
  parts: { key: 'nodes' | 'edges' | 'sentences'; json: string }[];
}

const SLICE = 1000;

export function splitGraph(graph: Graph): GraphParts {
  const shell = JSON.stringify({ ...graph, nodes: [], edges: [], article: { ...graph.article, sentences: [] } });
  const parts: GraphParts['parts'] = [];
  const add = (key: GraphParts['parts'][number]['key'], items: readonly unknown[]) => {
    for (let i = 0; i < items.length; i += SLICE) parts.push({ key, json: JSON.stringify(items.slice(i, i + SLICE)) });
  };
  add('sentences', graph.article.sentences);
  add('nodes', graph.nodes);
  add('edges', graph.edges);
  return { shell, parts };
}

/** Put the parts together again, yielding to the browser between them. */
export async function joinGraph({ shell, parts }: GraphParts, yieldBetween: () => Promise<void> = yieldToBrowser): Promise<Graph> {
  const graph = JSON.parse(shell) as Graph;
  for (const part of parts) {
    const items = JSON.parse(part.json) as never[];
    const target: unknown[] = part.key === 'sentences' ? graph.article.sentences : graph[part.key];
    for (const item of items) target.push(item);
    await yieldBetween();
  }
  return graph;
}

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
