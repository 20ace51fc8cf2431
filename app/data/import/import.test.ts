import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../domain/validate';
import type { Graph } from '../../domain/schema';
import { csvToImported, readCsvTable } from './csv';
import { guessMapping, mappingGaps } from './csv-mapping';
import { ImportError } from './import-error';
import { importXmlGraph } from './import-file';
import { DEFAULT_RELATION_TYPE, graphIdFromName, toContract } from './to-contract';
import { sniffXml } from './xml-formats';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function valid(graph: Graph | null): Graph {
  expect(graph).not.toBeNull();
  const result = validateGraph(graph);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.graph;
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.reason.key;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importing graphs from other tools', () => {
  it('reads a GEXF file as Gephi writes it: labels, positions (y up), direction, and no source text', () => {
    const graph = valid(importXmlGraph(fixture('gephi.gexf'), 'Putin visit (Gephi).gexf'));
    expect(graph.id).toBe('putin-visit-gephi');
    expect(graph.article.sentences).toEqual([]);
    expect(graph.nodes.map((n) => n.label.ar)).toEqual(['بوتين', 'الصين', 'Xi Jinping', 'أوكرانيا']);
    expect(graph.nodes[0]!.position).toEqual({ x: -120.5, y: -40.25 });
    expect(graph.edges).toHaveLength(3);
    expect(graph.edges.every((e) => e.evidence.length === 0)).toBe(true);
    expect(graph.edges.map((e) => e.type)).toEqual(['visits', DEFAULT_RELATION_TYPE.id, 'يلتقي']);
    // Gephi numbers edges like nodes; the canvas needs distinct ids.
    expect(graph.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(graph.relationTypes.find((r) => r.id === 'يلتقي')!.label).toEqual({ ar: 'يلتقي', en: 'يلتقي' });
    expect(graph.categories).toEqual([{ id: 'other', label: { ar: 'أخرى', en: 'Other' } }]);
    // The lone node (Ukraine) stays: a graph without text may hold one.
    expect(graph.nodes.find((n) => n.id === '3')).toBeDefined();
  });

  it('reads GraphML as Gephi writes it, with its type column', () => {
    const graph = valid(importXmlGraph(fixture('gephi.graphml'), 'gephi.graphml'));
    expect(graph.nodes.map((n) => [n.id, n.label.ar, n.type])).toEqual([
      ['putin', 'فلاديمير بوتين', 'person'],
      ['china', 'الصين', 'country'],
      ['russia', 'روسيا', 'country'],
    ]);
    expect(graph.edges.map((e) => e.type)).toEqual(['يزور', 'يدعم']);
    expect(graph.nodes[0]!.position).toEqual({ x: -120.5, y: 40.25 });
  });

  it('reads GraphML as yEd writes it: labels and geometry from its y: elements, port and resource keys ignored', () => {
    const graph = valid(importXmlGraph(fixture('yed.graphml'), 'yed.graphml'));
    expect(graph.nodes.map((n) => n.label.ar)).toEqual(['بوتين', 'الصين', 'Ukraine']);
    expect(graph.nodes[0]!.position).toEqual({ x: 140, y: 65 });
    expect(graph.edges.map((e) => e.type)).toEqual(['يزور', DEFAULT_RELATION_TYPE.id]);
  });

  it('reads CSV node and edge lists through a column mapping, keeping lone entities and adding ones only named in edges', () => {
    const tables = [readCsvTable(fixture('nodes.csv'), 'nodes.csv'), readCsvTable(fixture('edges.csv'), 'edges.csv')];
    const mapping = guessMapping(tables);
    expect(mapping).toMatchObject({ roles: ['nodes', 'edges'], nodeId: 'Id', nodeLabel: 'Label', nodeType: 'Type', source: 'Source', target: 'Target', relation: 'Relationship' });
    expect(mappingGaps(tables, mapping)).toEqual([]);
    const graph = valid(toContract(csvToImported(tables, mapping)));
    expect(graph.nodes).toHaveLength(5);
    expect(graph.nodes.find((n) => n.id === 'west')!.label.ar).toBe('الغرب, كتلةً');
    expect(graph.edges.map((e) => [e.source, e.type, e.target])).toEqual([
      ['putin', 'يزور', 'china'],
      ['xi', 'يستقبل', 'putin'],
      ['putin', 'يتهم', 'west'],
    ]);
    // An edge list alone: its ends become entities.
    const edgesOnly = valid(toContract(csvToImported([tables[1]!], guessMapping([tables[1]!]))));
    expect(edgesOnly.nodes.map((n) => n.id).sort()).toEqual(['china', 'putin', 'west', 'xi']);
    expect(mappingGaps([tables[1]!], { ...mapping, roles: ['edges'], target: mapping.source })).toEqual(['target']);
  });

  it('refuses XML that declares entities (expansion) or names external ones, before parsing', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="1" label="&b;"/></nodes><edges/></graph></gexf>`;
    expect(reason(() => importXmlGraph(laughs, 'laughs.gexf'))).toBe('load.xmlEntities');
    const xxe = `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&x;"/></graph></graphml>`;
    expect(reason(() => importXmlGraph(xxe, 'xxe.graphml'))).toBe('load.xmlEntities');
    const dtd = `<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "http://evil.example/x.dtd"><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>`;
    expect(reason(() => importXmlGraph(dtd, 'dtd.graphml'))).toBe('load.xmlExternal');
    expect(reason(() => importXmlGraph('<gexf version="1.3"><graph><nodes>', 'broken.gexf'))).toBe('load.xmlUnreadable');
    expect(reason(() => importXmlGraph('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><edge source="a" target="b"/></graph></graphml>', 'dangling.graphml'))).toBe('load.importFailed');
  });

  it('knows its formats by their root element and leaves JSON alone', () => {
    expect(sniffXml('<?xml version="1.0"?>\n<!-- c -->\n<gexf version="1.3">')).toBe('gexf');
    expect(sniffXml('\uFEFF<graphml xmlns="x">')).toBe('graphml');
    expect(sniffXml('{"schemaVersion":1}')).toBeNull();
    expect(importXmlGraph('{"schemaVersion":1}', 'a.json')).toBeNull();
    expect(reason(() => importXmlGraph('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'drawing.xml'))).toBe('load.notAGraph');
    expect(graphIdFromName('Карта.gexf')).toBe('imported-graph');
  });
});
