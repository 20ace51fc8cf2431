import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../domain/graph-index';
import { smallGraph } from '../../../test/fixtures';
import { everything } from '../test-support';
import { NODE_HEADERS, RELATIONSHIP_HEADERS, neo4jLabel, neo4jRelationshipType, neo4jZip, writeNeo4j } from './neo4j';

/**
 * The header grammar of `neo4j-admin database import` (Neo4j 5 operations manual, "Import:
 * CSV header format"): `[name]:ID[(group)]`, `:LABEL`, `:START_ID[(group)]`, `:END_ID[(group)]`,
 * `:TYPE`, `:IGNORE`, or `name[:type][[]]` with one of the documented types.
 */
const TYPES = 'int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration';
const HEADER = new RegExp(`^(?:[^:,"]*:ID(?:\\([A-Za-z]\\w*\\))?|:LABEL|:START_ID(?:\\([A-Za-z]\\w*\\))?|:END_ID(?:\\([A-Za-z]\\w*\\))?|:TYPE|:IGNORE|[A-Za-z_]\\w*(?::(?:${TYPES})(?:\\[\\])?)?)$`);

function table(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('Neo4j import files', () => {
  it('headers follow the import tool grammar, with ids, labels, types and typed and array columns', () => {
    for (const h of [...NODE_HEADERS, ...RELATIONSHIP_HEADERS]) expect(h).toMatch(HEADER);
    expect(NODE_HEADERS).toEqual(expect.arrayContaining(['id:ID(Entity)', ':LABEL', 'label_ar:string', 'aliases_ar:string[]', 'mentions:int', 'x:double']));
    expect(RELATIONSHIP_HEADERS.slice(0, 3)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']);
    expect(RELATIONSHIP_HEADERS).toEqual(expect.arrayContaining(['directed:boolean', 'evidence_quote:string[]', 'evidence_sentence:string[]']));
    // The grammar check itself refuses what the tool would refuse.
    for (const bad of ['id:ID(Entity', 'name:text', ':LABELS', 'a b:int']) expect(bad).not.toMatch(HEADER);
  });

  it('round-trips counts, labels in both languages and evidence words through the CSV files', () => {
    const index = indexGraph(smallGraph());
    const files = writeNeo4j(index, everything(index), 'en');
    expect(files.nodes.charCodeAt(0)).not.toBe(0xfeff);
    expect(files.relationships.charCodeAt(0)).not.toBe(0xfeff);
    const nodes = table(files.nodes);
    const rels = table(files.relationships);
    expect(nodes).toHaveLength(index.graph.nodes.length);
    expect(rels).toHaveLength(index.graph.edges.length);
    const putin = nodes.find((n) => n['id:ID(Entity)'] === 'putin')!;
    expect(putin).toMatchObject({ ':LABEL': 'Entity;Person', 'name:string': 'Vladimir Putin', 'label_ar:string': 'فلاديمير بوتين', 'label_en:string': 'Vladimir Putin', 'mentions:int': '2' });
    expect(putin['aliases_ar:string[]']!.split(files.arrayDelimiter)).toEqual(['بوتين', 'الرئيس الروسي']);
    for (const edge of index.graph.edges) {
      const row = rels.find((r) => r['id:string'] === edge.id)!;
      expect(row[':START_ID(Entity)']).toBe(edge.source);
      expect(row[':END_ID(Entity)']).toBe(edge.target);
      expect(row['evidence_quote:string[]']!.split(files.arrayDelimiter)).toEqual(edge.evidence.map((e) => e.quote));
    }
    expect(rels.find((r) => r['id:string'] === 'china-supports-russia')).toMatchObject({ ':TYPE': 'SUPPORTS', 'directed:boolean': 'true', 'attributed_to:string': 'russia' });
  });

  it('chooses an array delimiter no value contains, and says it in the command', () => {
    const g = smallGraph();
    g.nodes[0]!.aliases = { en: ['a;b', 'c'] };
    const index = indexGraph(g);
    const files = writeNeo4j(index, everything(index), 'en');
    expect(files.arrayDelimiter).toBe('|');
    expect(files.readme).toContain('--array-delimiter="|"');
    expect(table(files.nodes)[0]!['aliases_en:string[]']!.split('|')).toEqual(['a;b', 'c']);
  });

  it('names labels and relationship types in Neo4j style, and writes LOAD CSV statements for each', () => {
    expect(neo4jLabel('armed-group')).toBe('ArmedGroup');
    expect(neo4jRelationshipType('relies-for')).toBe('RELIES_FOR');
    const index = indexGraph(smallGraph());
    const files = writeNeo4j(index, everything(index), 'en');
    expect(files.cypher).toContain("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row");
    expect(files.cypher).toContain('MERGE (a)-[r:`VISITS` {id: row.`id:string`}]->(b)');
    expect(files.cypher).toContain("r.evidence_quote = split(row.`evidence_quote:string[]`, ';')");
    expect(files.cypher).toContain('n.mentions = toInteger(row.`mentions:int`)');
    expect(files.readme).toContain('neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv');
  });

  it('zips the four files', () => {
    const index = indexGraph(smallGraph());
    const files = writeNeo4j(index, everything(index), 'ar');
    const zip = unzipSync(neo4jZip(files));
    expect(Object.keys(zip).sort()).toEqual(['README.txt', 'load.cypher', 'nodes.csv', 'relationships.csv']);
    expect(strFromU8(zip['nodes.csv']!)).toBe(files.nodes);
    expect(zip['nodes.csv']![0]).not.toBe(0xef);
  });
});
