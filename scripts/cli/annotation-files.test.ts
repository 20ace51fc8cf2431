import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileAnnotations } from '../../app/domain/annotation/compile.ts';
import { sampleDoc } from '../../app/domain/annotation/fixtures.ts';
import { MAX_ARTICLE_BYTES } from '../../app/domain/annotation/intake.ts';
import { readAnnotationFile, stemOf } from './annotation-files.ts';

/** A "billion laughs" document: each level names the one below twice, 2^depth nodes in all. */
function aliasBomb(depth: number): string {
  const lines = ['format: article-graph-annotations', 'version: 1', 'id: bomb', 'l0: &l0 [lol, lol]'];
  for (let i = 1; i <= depth; i++) lines.push(`l${i}: &l${i} [*l${i - 1}, *l${i - 1}]`);
  return `${lines.join('\n')}\n`;
}

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

  // Hostile files, as anyone may hand over: each is refused with a message, and in
  // well under the 5 s a person waits for a command (the test's own deadline).
  it('refuses a YAML alias bomb before it expands', { timeout: 5_000 }, () => {
    writeFileSync(join(dir, 'bomb.annotations.yaml'), aliasBomb(40));
    expect(readAnnotationFile(join(dir, 'bomb.annotations.yaml'))).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: expect.stringContaining('alias bomb') }],
    });
  });

  it('refuses YAML with a key written twice, instead of keeping the last', { timeout: 5_000 }, () => {
    writeFileSync(join(dir, 'twice.annotations.yaml'), `${stringify(sampleDoc())}id: another-id\n`);
    expect(readAnnotationFile(join(dir, 'twice.annotations.yaml'))).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: expect.stringMatching(/^not valid YAML: a key is written twice in one mapping \(.*line \d+/) }],
    });
  });

  it('refuses a file over the article limit by its size, without parsing it', { timeout: 5_000 }, () => {
    const file = join(dir, 'huge.annotations.yaml');
    writeFileSync(file, `notes: { en: "${'x'.repeat(MAX_ARTICLE_BYTES)}" }\n`);
    expect(readAnnotationFile(file)).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the file is 10.0 MB; an annotation file may be at most 10.0 MB (the article limit)' }],
    });
  });

  it('names files by their stem', () => {
    expect(stemOf('graph-data/x-y.annotations.yaml')).toBe('x-y');
    expect(stemOf('x.graph.json')).toBe('x');
  });
});
