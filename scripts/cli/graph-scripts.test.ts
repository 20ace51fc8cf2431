/**
 * graph:new, graph:build and validate run as a user runs them (tsx, in a scratch folder
 * holding a copy of the seed annotations for the vocabulary), on an article written for
 * the test. Graphs here have no entities, so no layout runs and the test stays quick.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../app/domain/annotation/intake.ts';
import { withNewsVocabulary } from '../../app/domain/annotation/news-vocabulary.ts';
import { parseAnnotationDoc } from '../../app/domain/annotation/schema.ts';

const root = resolve(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(cwd: string, script: string, ...args: string[]) {
  const result = spawnSync(tsx, [join(root, 'scripts', 'cli', script), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-scripts-'));
  mkdirSync(join(dir, 'graph-data'));
  copyFileSync(join(root, 'graph-data', 'putin-china-visit.annotations.json'), join(dir, 'graph-data', 'putin-china-visit.annotations.json'));
  return dir;
}

/** Each script starts tsx (about a second, more on a loaded machine). */
const SLOW = { timeout: 120_000 };

const ARTICLE = 'Newsletter\r\nزيارة قصيرة: اختبار\r\nزار الرئيس بكين يوم الخميس.\r\nقال الرئيس إن العلاقات قوية. هل يستمر التعاون؟ نعم!\r\nRelated Articles\r\n';

describe('npm run graph:new', () => {
  it('writes an annotation file with the cut sentences and the news vocabulary joined to the seed, and a build of it validates', SLOW, () => {
    const dir = scratch();
    writeFileSync(join(dir, 'visit.txt'), ARTICLE);
    const made = run(dir, 'graph-new.ts', 'visit.txt', '--id', 'short-visit');
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toContain('left out line 1 as page furniture: "Newsletter"');
    const parsed = parseAnnotationDoc(JSON.parse(readFileSync(join(dir, 'graph-data', 'short-visit.annotations.json'), 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const seed = JSON.parse(readFileSync(join(root, 'graph-data', 'putin-china-visit.annotations.json'), 'utf8')) as Parameters<typeof withNewsVocabulary>[0];
    expect(parsed.doc.relationTypes).toEqual(withNewsVocabulary(seed).relationTypes);
    expect(parsed.doc.nodeTypes).toEqual(withNewsVocabulary(seed).nodeTypes);
    expect(parsed.doc.sentences.map((s) => [s.role, s.text])).toEqual([
      ['title', 'زيارة قصيرة: اختبار'],
      ['lede', 'زار الرئيس بكين يوم الخميس.'],
      ['body', 'قال الرئيس إن العلاقات قوية.'],
      ['body', 'هل يستمر التعاون؟'],
      ['body', 'نعم!'],
    ]);
    // The text is copied beside it (line endings normalised) for the verbatim check.
    expect(readFileSync(join(dir, 'graph-data', 'short-visit.ar.txt'), 'utf8')).toBe(ARTICLE.replace(/\r\n/g, '\n'));

    // A second run would lose the work: refused without --force.
    const again = run(dir, 'graph-new.ts', 'visit.txt', '--id', 'short-visit');
    expect(again.code).toBe(1);
    expect(again.err).toContain('exists; pass --force');

    const built = run(dir, 'graph-build.ts', 'graph-data/short-visit.annotations.json');
    expect(built.code).toBe(0);
    expect(built.out).toContain('verbatim against graph-data/short-visit.ar.txt');
    expect(existsSync(join(dir, 'graph-data', 'short-visit.graph.json'))).toBe(true);
    const checked = run(dir, 'validate.ts', 'graph-data/short-visit.annotations.json', 'graph-data/short-visit.graph.json');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('short-visit.graph.json is up to date');
  });

  it('refuses an empty or binary article and writes nothing', SLOW, () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), ' \n');
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const empty = run(dir, 'graph-new.ts', 'empty.txt');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('the file is empty');
    const binary = run(dir, 'graph-new.ts', 'photo.txt');
    expect(binary.code).toBe(1);
    expect(binary.err).toContain('the file is not text');
    expect(existsSync(join(dir, 'graph-data', 'empty.annotations.json'))).toBe(false);
    expect(existsSync(join(dir, 'graph-data', 'photo.annotations.json'))).toBe(false);
  });
});

describe('npm run graph:build', () => {
  it('reports a quote that is not in its sentence with its path, and writes nothing', SLOW, () => {
    const dir = scratch();
    writeFileSync(join(dir, 'visit.txt'), ARTICLE);
    expect(run(dir, 'graph-new.ts', 'visit.txt', '--id', 'broken').code).toBe(0);
    const file = join(dir, 'graph-data', 'broken.annotations.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    doc.entities = [{ id: 'beijing', type: 'place', label: { ar: 'بكين', en: 'Beijing' }, mentions: [{ sentence: 's1', quote: 'موسكو' }] }];
    writeFileSync(file, JSON.stringify(doc));
    const built = run(dir, 'graph-build.ts', 'graph-data/broken.annotations.json');
    expect(built.code).toBe(1);
    expect(built.err).toContain('entities[0].mentions[0]: "موسكو" is not in sentence s1');
    expect(built.err).toContain('nothing written');
    expect(existsSync(join(dir, 'graph-data', 'broken.graph.json'))).toBe(false);
    const checked = run(dir, 'validate.ts', 'graph-data/broken.annotations.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('entities[0].mentions[0]');
  });
});

describe('command lines', () => {
  it('refuse an unknown option or a missing value with the usage, and print the usage for --help', SLOW, () => {
    const dir = scratch();
    const unknown = run(dir, 'graph-new.ts', 'visit.txt', '--idd', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--idd'");
    expect(unknown.err).toContain('usage: npm run graph:new -- <article.txt> [--id ID] [--force]');
    const missing = run(dir, 'graph-new.ts', 'visit.txt', '--id');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Option '--id <value>' argument missing");
    const help = run(dir, 'validate.ts', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toBe('usage: npm run validate [-- file …]\n');
  });

  it('graph:generate writes a seeded graph that validates, the same for the same options', SLOW, () => {
    const dir = scratch();
    const made = run(dir, 'graph-generate.ts', '--nodes', '30', '--seed', '4', '--positions', '--out', 'g/a.json');
    expect(made.code).toBe(0);
    expect(made.out).toContain('g/a.json: 30 nodes');
    expect(run(dir, 'graph-generate.ts', '--nodes', '30', '--seed', '4', '--positions', '--out', 'g/b.json').code).toBe(0);
    expect(readFileSync(join(dir, 'g', 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'g', 'b.json'), 'utf8'));
    expect(run(dir, 'validate.ts', 'g/a.json').code).toBe(0);
    const wrong = run(dir, 'graph-generate.ts', '--nodes', 'many', '--out', 'g/c.json');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--nodes must be a whole number from 0 up, got "many"');
  });
});

describe('hostile annotation files', () => {
  /** Written in a scratch folder: an alias bomb, a key written twice, a file over the article limit. */
  function hostile(dir: string): string[] {
    const bomb = ['format: article-graph-annotations', 'version: 1', 'id: bomb', 'l0: &l0 [lol, lol]'];
    for (let i = 1; i <= 40; i++) bomb.push(`l${i}: &l${i} [*l${i - 1}, *l${i - 1}]`);
    writeFileSync(join(dir, 'graph-data', 'bomb.annotations.yaml'), `${bomb.join('\n')}\n`);
    writeFileSync(join(dir, 'graph-data', 'twice.annotations.yaml'), 'format: article-graph-annotations\nversion: 1\nid: twice\nid: again\n');
    writeFileSync(join(dir, 'graph-data', 'huge.annotations.yaml'), `notes: { en: "${'x'.repeat(MAX_ARTICLE_BYTES)}" }\n`);
    return ['graph-data/bomb.annotations.yaml', 'graph-data/twice.annotations.yaml', 'graph-data/huge.annotations.yaml'];
  }
  const REFUSALS = [/✗ graph-data\/bomb\.annotations\.yaml: .*\n {2}\(file\): refused: its aliases would expand too far \(an "alias bomb"\)/, /✗ graph-data\/twice\.annotations\.yaml: .*\n {2}\(file\): not valid YAML: a key is written twice/, /✗ graph-data\/huge\.annotations\.yaml: .*\n {2}\(file\): the file is 10\.0 MB; an annotation file may be at most 10\.0 MB/];

  it('npm run validate refuses each with a message naming the file', SLOW, () => {
    const dir = scratch();
    const checked = run(dir, 'validate.ts', ...hostile(dir));
    expect(checked.code).toBe(1);
    for (const refusal of REFUSALS) expect(checked.err).toMatch(refusal);
  });

  it('npm run graph:build refuses each, names the file and writes nothing', SLOW, () => {
    const dir = scratch();
    const built = run(dir, 'graph-build.ts', ...hostile(dir));
    expect(built.code).toBe(1);
    for (const refusal of REFUSALS) expect(built.err).toMatch(refusal);
    expect(built.err.match(/nothing written/g)).toHaveLength(3);
    expect(readdirSync(join(dir, 'graph-data')).filter((f) => f.endsWith('.graph.json'))).toEqual([]);
  });
});
