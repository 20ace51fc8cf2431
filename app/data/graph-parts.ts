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

/** The page parses parts for about this long before it lets the browser have a turn. */
const TURN_MS = 12;

/**
 * Put the parts together again, yielding to the browser every TURN_MS of parsing (a part
 * of 1,000 items takes a few milliseconds; yielding after each one, with timers that the
 * browser holds back to 4 ms when nested, left the page idle for a quarter of the time).
 */
export async function joinGraph({ shell, parts }: GraphParts, yieldBetween: () => Promise<void> = yieldToBrowser, now: () => number = () => performance.now()): Promise<Graph> {
  const graph = JSON.parse(shell) as Graph;
  let turnStart = now();
  for (const part of parts) {
    const items = JSON.parse(part.json) as never[];
    const target: unknown[] = part.key === 'sentences' ? graph.article.sentences : graph[part.key];
    for (const item of items) target.push(item);
    if (now() - turnStart >= TURN_MS) {
      await yieldBetween();
      turnStart = now();
    }
  }
  return graph;
}

/** A turn for the browser (input, rendering), resumed as soon as it is done, not after a timer's clamp. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
