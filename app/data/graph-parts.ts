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
  parts: GraphPart[];
}

export interface GraphPart {
  key: 'nodes' | 'edges' | 'sentences';
  json: string;
}

const SLICE = 1000;

export function splitGraph(graph: Graph): GraphParts {
  const parts: GraphPart[] = [];
  let shell = '';
  sendGraph(
    graph,
    (json) => (shell = json),
    (part) => parts.push(part),
  );
  return { shell, parts };
}

/** The graph as its shell, then its parts in order, each handed on as soon as it is written. */
export function sendGraph(graph: Graph, onShell: (shell: string) => void, onPart: (part: GraphPart) => void): void {
  onShell(JSON.stringify({ ...graph, nodes: [], edges: [], article: { ...graph.article, sentences: [] } }));
  const add = (key: GraphPart['key'], items: readonly unknown[]) => {
    for (let i = 0; i < items.length; i += SLICE) onPart({ key, json: JSON.stringify(items.slice(i, i + SLICE)) });
  };
  add('sentences', graph.article.sentences);
  add('nodes', graph.nodes);
  add('edges', graph.edges);
}

/** A graph put together from its shell and parts as they arrive, in order. */
export class GraphAssembly {
  private built: Graph | null = null;

  shell(json: string): void {
    this.built = JSON.parse(json) as Graph;
  }

  part({ key, json }: GraphPart): void {
    const graph = this.built;
    if (!graph) throw new Error('a part of the graph came before its shell');
    const items = JSON.parse(json) as never[];
    const target: unknown[] = key === 'sentences' ? graph.article.sentences : graph[key];
    for (const item of items) target.push(item);
  }

  graph(): Graph {
    if (!this.built) throw new Error('the graph never came');
    return this.built;
  }
}

/** The page parses parts for about this long before it lets the browser have a turn. */
const TURN_MS = 12;

/**
 * Put the parts together again, yielding to the browser every TURN_MS of parsing (a part
 * of 1,000 items takes a few milliseconds; yielding after each one, with timers that the
 * browser holds back to 4 ms when nested, left the page idle for a quarter of the time).
 */
export async function joinGraph({ shell, parts }: GraphParts, yieldBetween: () => Promise<void> = yieldToBrowser, now: () => number = () => performance.now()): Promise<Graph> {
  const assembly = new GraphAssembly();
  assembly.shell(shell);
  let turnStart = now();
  for (const part of parts) {
    assembly.part(part);
    if (now() - turnStart >= TURN_MS) {
      await yieldBetween();
      turnStart = now();
    }
  }
  return assembly.graph();
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
