import { strToU8, zipSync } from 'fflate';
import type { GraphIndex } from '../../../domain/graph-index';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeRecord, nodeRecord, type AttributeSpec, type AttributeValue } from '../../../domain/interop/records';
import type { Lang } from '../../../domain/schema';
import { categoryLabel } from '../../../shared/labels';
import { selectedEdges, selectedNodes, type ExportSelection } from '../scope';
import type { Positions } from './view-json';

/**
 * Files for `neo4j-admin database import full` and for `LOAD CSV` into an existing
 * database: nodes.csv and relationships.csv with the import tool's header grammar
 * (`id:ID(Entity)`, `:LABEL`, `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`, typed
 * columns such as `mentions:int`, arrays as `aliases_ar:string[]`), UTF-8 without a
 * byte-order mark, plus load.cypher and a README with the commands.
 */

export const ID_GROUP = 'Entity';
const NEO4J_TYPE: Record<AttributeSpec['type'], string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', list: 'string[]' };
/** Array delimiters the import tool accepts as one character; the first that no value contains is used. */
const DELIMITERS = [';', '|', '¦', '§', '~', '^'] as const;

export interface Neo4jFiles {
  nodes: string;
  relationships: string;
  cypher: string;
  readme: string;
  arrayDelimiter: string;
}

interface Column {
  header: string;
  /** Property name (for LOAD CSV) and how to convert the text; absent for :ID, :LABEL, :TYPE… */
  property?: { name: string; type: AttributeSpec['type'] };
}

const nodeColumns: Column[] = [
  { header: `id:ID(${ID_GROUP})`, property: { name: 'id', type: 'string' } },
  { header: ':LABEL' },
  { header: 'name:string', property: { name: 'name', type: 'string' } },
  ...NODE_ATTRIBUTES.map((a) => ({ header: `${a.name}:${NEO4J_TYPE[a.type]}`, property: { name: a.name, type: a.type } })),
  { header: 'x:double', property: { name: 'x', type: 'double' } },
  { header: 'y:double', property: { name: 'y', type: 'double' } },
];

const relationshipColumns: Column[] = [
  { header: `:START_ID(${ID_GROUP})` },
  { header: `:END_ID(${ID_GROUP})` },
  { header: ':TYPE' },
  { header: 'id:string', property: { name: 'id', type: 'string' } },
  { header: 'name:string', property: { name: 'name', type: 'string' } },
  ...EDGE_ATTRIBUTES.map((a) => ({ header: `${a.name}:${NEO4J_TYPE[a.type]}`, property: { name: a.name, type: a.type } })),
];

export const NODE_HEADERS = nodeColumns.map((c) => c.header);
export const RELATIONSHIP_HEADERS = relationshipColumns.map((c) => c.header);

/** `armed-group` -> `ArmedGroup`: a node label that needs no quoting. */
export function neo4jLabel(typeId: string): string {
  const words = typeId.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const label = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^\p{L}/u.test(label) ? label : `T${label}`;
}

/** `relies-for` -> `RELIES_FOR`: a relationship type in Neo4j's convention. */
export function neo4jRelationshipType(typeId: string): string {
  const type = typeId.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('_').toUpperCase();
  return /^\p{L}/u.test(type) ? type : `R_${type}`;
}

/** One CSV field as the import tool reads it: quoted when it holds a delimiter, quote or line break. */
function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeNeo4j(index: GraphIndex, selection: ExportSelection, lang: Lang, positions?: Positions): Neo4jFiles {
  const nodes = selectedNodes(index, selection).map((n) => ({ node: n, record: nodeRecord(index, n, lang, positions?.get(n.id)) }));
  const edges = selectedEdges(index, selection).map((e) => edgeRecord(index, e, lang, (c, l) => categoryLabel(index, c, l)));
  const lists = [...nodes.map((n) => n.record.attributes), ...edges.map((e) => e.attributes)].flatMap((a) => Object.values(a).filter(Array.isArray).flat() as string[]);
  const delimiter = DELIMITERS.find((d) => lists.every((item) => !item.includes(d))) ?? ';';
  const cell = (value: AttributeValue | undefined): string => {
    if (value === undefined) return '';
    if (Array.isArray(value)) return field((value as readonly string[]).join(delimiter));
    return field(String(value));
  };

  const nodeRows = nodes.map(({ node, record }) => {
    const values: Record<string, AttributeValue | undefined> = {
      ...record.attributes,
      id: node.id,
      name: record.label,
      x: record.position ? Math.round(record.position.x * 100) / 100 : undefined,
      y: record.position ? Math.round(record.position.y * 100) / 100 : undefined,
    };
    return nodeColumns.map((c) => (c.header === ':LABEL' ? field(`${ID_GROUP};${neo4jLabel(node.type)}`) : cell(values[c.property!.name]))).join(',');
  });
  const relationshipRows = edges.map((record) => {
    const values: Record<string, AttributeValue | undefined> = { ...record.attributes, id: record.id, name: record.label };
    return relationshipColumns
      .map((c) => {
        if (c.header.startsWith(':START_ID')) return field(record.source);
        if (c.header.startsWith(':END_ID')) return field(record.target);
        if (c.header === ':TYPE') return field(neo4jRelationshipType(String(record.attributes.relation)));
        return cell(values[c.property!.name]);
      })
      .join(',');
  });
  const csv = (headers: string[], rows: string[]) => [headers.map(field).join(','), ...rows].join('\n') + '\n';
  const nodeTypes = [...new Set(nodes.map((n) => n.node.type))];
  const relationTypes = [...new Set(edges.map((e) => String(e.attributes.relation)))];
  return {
    nodes: csv(NODE_HEADERS, nodeRows),
    relationships: csv(RELATIONSHIP_HEADERS, relationshipRows),
    cypher: loadCypher(nodeTypes, relationTypes, delimiter),
    readme: readme(index.graph.id, delimiter),
    arrayDelimiter: delimiter,
  };
}

function cypherString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function setters(variable: string, columns: Column[], delimiter: string): string {
  const convert = (c: Column) => {
    const value = `row.\`${c.header}\``;
    switch (c.property!.type) {
      case 'integer':
        return `toInteger(${value})`;
      case 'double':
        return `toFloat(${value})`;
      case 'boolean':
        return `toBoolean(${value})`;
      case 'list':
        return `split(${value}, ${cypherString(delimiter)})`;
      default:
        return value;
    }
  };
  return columns
    .filter((c) => c.property && c.property.name !== 'id')
    .map((c) => `  ${variable}.${c.property!.name} = ${convert(c)}`)
    .join(',\n');
}

/** LOAD CSV statements for an existing database (files in its import directory), one per type: Cypher sets no label or type from a value. */
function loadCypher(nodeTypes: string[], relationTypes: string[], delimiter: string): string {
  const out = [
    '// Load nodes.csv and relationships.csv (copied into the database\'s import directory) into an existing Neo4j database.',
    '// Run with: cypher-shell -u neo4j -f load.cypher',
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ID_GROUP}) REQUIRE n.id IS UNIQUE;`,
    '',
  ];
  for (const type of nodeTypes) {
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row`,
      `WITH row WHERE row.\`type:string\` = ${cypherString(type)}`,
      `MERGE (n:${ID_GROUP} {id: row.\`id:ID(${ID_GROUP})\`})`,
      `SET n:\`${neo4jLabel(type)}\`,`,
      `${setters('n', nodeColumns, delimiter)};`,
      '',
    );
  }
  for (const type of relationTypes) {
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row`,
      `WITH row WHERE row.\`relation:string\` = ${cypherString(type)}`,
      `MATCH (a:${ID_GROUP} {id: row.\`:START_ID(${ID_GROUP})\`}), (b:${ID_GROUP} {id: row.\`:END_ID(${ID_GROUP})\`})`,
      `MERGE (a)-[r:\`${neo4jRelationshipType(type)}\` {id: row.\`id:string\`}]->(b)`,
      'SET',
      `${setters('r', relationshipColumns, delimiter)};`,
      '',
    );
  }
  return out.join('\n');
}

function readme(graphId: string, delimiter: string): string {
  return [
    `${graphId}: a graph for Neo4j`,
    '',
    'A new database (neo4j-admin, Neo4j 5; the database must be stopped):',
    '',
    `  neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter="${delimiter}" --multiline-fields=true --overwrite-destination neo4j`,
    '',
    'An existing database: copy nodes.csv and relationships.csv into its import directory, then',
    '',
    '  cypher-shell -u neo4j -f load.cypher',
    '',
    "A relation's evidence, one row per quoted passage:",
    '',
    `  MATCH (a:${ID_GROUP})-[r]->(b:${ID_GROUP}) WHERE r.id = 'putin-visits-china'`,
    '  UNWIND range(0, size(r.evidence_quote) - 1) AS i',
    '  RETURN a.name, type(r), b.name, r.evidence_sentence[i] AS sentence, r.evidence_quote[i] AS words, r.evidence_en[i] AS english;',
    '',
  ].join('\n');
}

/** The files in one zip (deflated; fflate writes UTF-8 names and no byte-order marks). */
export function neo4jZip(files: Neo4jFiles): Uint8Array {
  return zipSync({
    'nodes.csv': strToU8(files.nodes),
    'relationships.csv': strToU8(files.relationships),
    'load.cypher': strToU8(files.cypher),
    'README.txt': strToU8(files.readme),
  });
}
