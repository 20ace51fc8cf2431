/**
 * The shipped article graph is built from its annotation file by the same compiler the
 * browser uses: compiling the committed annotations must give the committed graph file,
 * every id, offset, relation, position and key in place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeAnnotations, serializeGraph } from '../serialize';
import { validateGraph } from '../validate';
import { compileAnnotations } from './compile';
import { parseAnnotationDoc } from './schema';

const read = (name: string) => readFileSync(new URL(`../../../graph-data/${name}`, import.meta.url), 'utf8');

describe('the seed annotations', () => {
  const parsed = parseAnnotationDoc(JSON.parse(read('putin-china-visit.annotations.json')));

  it('are a valid annotation document', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('are written back byte for byte by the one serializer (as graph:build stores positions)', () => {
    if (!parsed.ok) throw new Error('invalid annotations');
    expect(serializeAnnotations(parsed.doc)).toBe(read('putin-china-visit.annotations.json'));
  });

  it('compile to the committed graph file, key for key', () => {
    if (!parsed.ok) throw new Error('invalid annotations');
    const committedText = read('putin-china-visit.graph.json');
    const { graph, problems, warnings } = compileAnnotations(parsed.doc);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(graph).toEqual(JSON.parse(committedText));
    expect(serializeGraph(graph)).toBe(committedText);
    expect(validateGraph(graph, { sourceText: read('putin-china-visit.ar.txt') }).ok).toBe(true);
  });
});
