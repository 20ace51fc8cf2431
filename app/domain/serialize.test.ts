import { describe, expect, it } from 'vitest';
import { compileAnnotations } from './annotation/compile';
import { sampleDoc } from './annotation/fixtures';
import type { AnnotationDoc } from './annotation/schema';
import { serializeAnnotations, serializeGraph } from './serialize';

/** Every object's keys, depth first, as the written text has them. */
function keyPaths(text: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, `${path}[]`));
    else if (value !== null && typeof value === 'object') {
      out.push(`${path}: ${Object.keys(value).join(',')}`);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    }
  };
  walk(JSON.parse(text), '$');
  return [...new Set(out)];
}

/** The same document with every object's keys reversed, as a hand-written file may have them. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

function fullDoc(): AnnotationDoc {
  const doc = sampleDoc();
  doc.notes = { ar: 'ملاحظة', en: 'a note' };
  doc.entities[0] = { ...doc.entities[0]!, note: { ar: 'م', en: 'n' }, qualifiers: { en: 'q' }, description: { en: 'd' }, position: { x: 1, y: 2 } };
  doc.relations[0] = { ...doc.relations[0]!, inferred: true, note: { en: 'why' }, qualifiers: { ar: 'ق' } };
  return doc;
}

describe('serializeGraph and serializeAnnotations', () => {
  it('write keys in the order the schemas declare, whatever order the object was built in', () => {
    const doc = fullDoc();
    expect(serializeAnnotations(reversed(doc))).toBe(serializeAnnotations(doc));
    const { graph } = compileAnnotations(doc);
    expect(serializeGraph(reversed(graph))).toBe(serializeGraph(graph));
    expect(JSON.parse(serializeGraph(reversed(graph)))).toEqual(graph);
  });

  it('put a graph node\'s mentions after its label, an entity\'s after what describes it, and notes English first', () => {
    const doc = fullDoc();
    const graphKeys = keyPaths(serializeGraph(reversed(compileAnnotations(doc).graph)));
    expect(graphKeys).toContain('$: schemaVersion,id,article,notes,categories,nodeTypes,relationTypes,nodes,edges');
    expect(graphKeys).toContain('$.article: title,lang,source,sentences');
    expect(graphKeys).toContain('$.nodes[]: id,type,label,mentions,aliases,description,qualifiers,note,position');
    expect(graphKeys).toContain('$.nodes[].mentions[]: sentence,start,end,text');
    expect(graphKeys).toContain('$.edges[]: id,source,target,type,evidence,inferred,qualifiers,note');
    expect(graphKeys).toContain('$.notes: en,ar');
    const docKeys = keyPaths(serializeAnnotations(reversed(doc)));
    expect(docKeys).toContain('$: format,version,id,article,sentences,notes,categories,nodeTypes,relationTypes,entities,relations');
    expect(docKeys).toContain('$.entities[]: id,type,label,aliases,description,qualifiers,note,mentions,position');
    expect(docKeys).toContain('$.entities[].label: ar,en');
  });

  it('keep keys the contract does not know, after the known ones', () => {
    const graph = { ...compileAnnotations(sampleDoc()).graph, extra: { b: 1, a: 2 } };
    const text = serializeGraph(reversed(graph));
    expect(Object.keys(JSON.parse(text) as object).slice(-1)).toEqual(['extra']);
    expect((JSON.parse(text) as { extra: unknown }).extra).toEqual({ a: 2, b: 1 });
  });

  it('end with a newline, or write one line when asked', () => {
    const { graph } = compileAnnotations(sampleDoc());
    expect(serializeGraph(graph)).toMatch(/^\{\n {2}"schemaVersion": 1,[^]*\}\n$/);
    expect(serializeGraph(graph, { indent: 0 })).toBe(JSON.stringify(JSON.parse(serializeGraph(graph))));
  });
});
