import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileAnnotations } from '../app/domain/annotation/compile.ts';
import { sampleDoc } from '../app/domain/annotation/fixtures.ts';
import { readAnnotationFile, stemOf } from './annotation-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'annotations-'));

describe('readAnnotationFile', () => {
  it('reads the same document from YAML and JSON', () => {
    const doc = sampleDoc();
    writeFileSync(join(dir, 'a.annotations.yaml'), stringify(doc));
    writeFileSync(join(dir, 'a.annotations.json'), JSON.stringify(doc));
    const yaml = readAnnotationFile(join(dir, 'a.annotations.yaml'));
    const json = readAnnotationFile(join(dir, 'a.annotations.json'));
    expect(yaml).toEqual({ ok: true, doc });
    expect(json).toEqual(yaml);
    expect(yaml.ok && compileAnnotations(yaml.doc).problems).toEqual([]);
  });

  it('reports unreadable, malformed and invalid files with a path', () => {
    expect(readAnnotationFile(join(dir, 'missing.annotations.json'))).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    writeFileSync(join(dir, 'b.annotations.json'), '{ "format": ');
    expect(readAnnotationFile(join(dir, 'b.annotations.json'))).toMatchObject({ ok: false, problems: [{ path: '(file)', message: expect.stringMatching(/^not valid JSON/) }] });
    writeFileSync(join(dir, 'c.annotations.yaml'), 'format: [unclosed');
    expect(readAnnotationFile(join(dir, 'c.annotations.yaml'))).toMatchObject({ ok: false, problems: [{ path: '(file)', message: expect.stringMatching(/^not valid YAML/) }] });
    writeFileSync(join(dir, 'd.annotations.yaml'), stringify({ ...sampleDoc(), entities: [{ id: 'x', type: 'person', label: { ar: 'س' }, mentions: [] }] }));
    expect(readAnnotationFile(join(dir, 'd.annotations.yaml'))).toMatchObject({ ok: false, problems: [{ path: 'entities[0].label.en' }] });
  });

  it('names files by their stem', () => {
    expect(stemOf('graph-data/x-y.annotations.yaml')).toBe('x-y');
    expect(stemOf('x.graph.json')).toBe('x');
  });
});
