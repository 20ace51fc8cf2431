import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { AbstractGraph } from 'graphology-types';
import { ImportError } from './import-error';
import type { Attributes, ImportedEdge, ImportedGraph, ImportedNode } from './to-contract';
import { refuseUnsafeXml } from './xml-guard';

/**
 * GEXF and GraphML read by graphology's maintained parsers (graphology-gexf, the parser
 * of Gephi Lite, and graphology-graphml) over xmldom, which runs in the validation
 * worker. yEd keeps labels and geometry in its own `y:` elements inside `<data>`; those
 * are read from the same document.
 */

export type XmlFormat = 'gexf' | 'graphml';

/** Which XML graph format the text is, by its root element; null when it is neither. */
export function sniffXml(text: string): XmlFormat | null {
  const head = text.slice(0, 4096);
  if (!/^\s*(\uFEFF)?\s*</.test(head)) return null;
  const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
  const name = root?.[2]?.toLowerCase();
  return name === 'gexf' || name === 'graphml' ? name : null;
}

function parseXml(text: string): Document {
  refuseUnsafeXml(text);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message.replace(/\s+/g, ' ').trim());
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
  if (errors.length > 0 || !doc.documentElement) {
    throw new ImportError(`The XML is not well-formed: ${errors[0] ?? 'no root element'}`, { key: 'load.xmlUnreadable', params: { detail: errors[0] ?? '—' } });
  }
  return doc as unknown as Document;
}

function collect(graph: AbstractGraph, fileName: string, format: string, flipY: boolean): ImportedGraph {
  const nodes: ImportedNode[] = graph.mapNodes((id, attributes: Attributes) => {
    const a = { ...attributes };
    if (flipY && typeof a.y === 'number') a.y = -a.y;
    return { id, attributes: a };
  });
  const edges: ImportedEdge[] = graph.mapEdges((id, attributes: Attributes, source, target, _s, _t, undirected) => ({
    id,
    source,
    target,
    directed: !undirected,
    attributes,
  }));
  return { format, fileName, nodes, edges };
}

function run<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`The ${what} file could not be read: ${detail}`, { key: 'load.importFailed', params: { format: what, detail } });
  }
}

export function readGexf(text: string, fileName: string): ImportedGraph {
  const doc = parseXml(text);
  return run('GEXF', () => {
    const graph = parseGexf(Graph, doc, { addMissingNodes: false });
    // GEXF's y axis points up, the canvas's down.
    const imported = collect(graph, fileName, 'GEXF', true);
    const description = graph.getAttribute('description');
    if (typeof description === 'string' && description.trim() !== '') {
      const [ar, en] = description.split('\n');
      imported.title = { ...(ar?.trim() ? { ar: ar.trim() } : {}), ...(en?.trim() ? { en: en.trim() } : {}) };
    }
    return imported;
  });
}

export function readGraphml(text: string, fileName: string): ImportedGraph {
  const doc = parseXml(text);
  return run('GraphML', () => {
    const yed = yedGraphics(doc);
    dropForeignKeys(doc);
    const graph = parseGraphml(Graph, doc, { addMissingNodes: false });
    const imported = collect(graph, fileName, 'GraphML', false);
    for (const node of imported.nodes) {
      delete node.attributes.null;
      const drawn = yed.nodes.get(node.id);
      if (drawn?.label !== undefined && node.attributes.label === undefined) node.attributes.label = drawn.label;
      if (drawn?.x !== undefined && node.attributes.x === undefined) Object.assign(node.attributes, { x: drawn.x, y: drawn.y });
    }
    for (const edge of imported.edges) {
      delete edge.attributes.null;
      const label = yed.edges.get(edge.id);
      if (label !== undefined && edge.attributes.label === undefined) edge.attributes.label = label;
    }
    const title = { ar: graph.getAttribute('title_ar'), en: graph.getAttribute('title_en') };
    if (typeof title.ar === 'string' || typeof title.en === 'string') {
      imported.title = { ...(typeof title.ar === 'string' ? { ar: title.ar } : {}), ...(typeof title.en === 'string' ? { en: title.en } : {}) };
    }
    const source = graph.getAttribute('source');
    if (typeof source === 'string' && source.trim() !== '') imported.source = source;
    return imported;
  });
}

/**
 * graphology-graphml knows keys for the graph, nodes and edges only; a key for ports or
 * for the whole document (yEd writes both) would make it fail, so those go first.
 */
function dropForeignKeys(doc: Document): void {
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const target = key.getAttribute('for') ?? 'node';
    if (target === 'all') key.setAttribute('for', 'node');
    else if (!['graph', 'node', 'edge'].includes(target)) key.parentNode?.removeChild(key);
  }
}

/** yEd's node labels and centres (`y:NodeLabel`, `y:Geometry`) and edge labels (`y:EdgeLabel`), by element id. */
function yedGraphics(doc: Document) {
  const graphicsKeys = new Set(
    Array.from(doc.getElementsByTagName('key'))
      .filter((k) => /graphics$/.test(k.getAttribute('yfiles.type') ?? ''))
      .map((k) => k.getAttribute('id') ?? ''),
  );
  const nodes = new Map<string, { label?: string; x?: number; y?: number }>();
  const edges = new Map<string, string>();
  if (graphicsKeys.size === 0) return { nodes, edges };
  const graphics = (el: Element) => Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === 'data' && graphicsKeys.has((c as Element).getAttribute('key') ?? ''));
  const byLocalName = (el: Element, name: string) => Array.from(el.getElementsByTagName('*')).filter((c) => c.localName === name);
  const labelIn = (el: Element, name: string) =>
    graphics(el)
      .flatMap((d) => byLocalName(d, name))
      .map((l) => (l.textContent ?? '').trim())
      .find((t) => t !== '');
  for (const el of Array.from(doc.getElementsByTagName('node'))) {
    const id = el.getAttribute('id') ?? '';
    const geometry = graphics(el).flatMap((d) => byLocalName(d, 'Geometry'))[0];
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(geometry?.getAttribute(k) ?? Number.NaN));
    const entry: { label?: string; x?: number; y?: number } = {};
    const label = labelIn(el, 'NodeLabel');
    if (label !== undefined) entry.label = label;
    if (Number.isFinite(x) && Number.isFinite(y)) Object.assign(entry, { x: x! + (Number.isFinite(w) ? w! / 2 : 0), y: y! + (Number.isFinite(h) ? h! / 2 : 0) });
    nodes.set(id, entry);
  }
  for (const el of Array.from(doc.getElementsByTagName('edge'))) {
    const label = labelIn(el, 'EdgeLabel');
    const id = el.getAttribute('id');
    if (label !== undefined && id) edges.set(id, label);
  }
  return { nodes, edges };
}
