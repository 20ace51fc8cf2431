import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstFrameBytes, firstFrameRow } from './first-frame';

function dist(files: Record<string, string>, html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'first-frame-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), text);
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

describe('bytes before the first frame', () => {
  it('adds the first script, its module preloads and each language’s dictionary, and nothing else', () => {
    const files = { 'index-a1.js': 'a'.repeat(3000) + 'entry', 'GraphView-b2.js': 'cytoscape '.repeat(500), 'en-c3.js': 'english '.repeat(300), 'ar-d4.js': 'عربي '.repeat(400), 'Export-e5.js': 'later'.repeat(900) };
    const dir = dist(
      files,
      '<script type="module" crossorigin src="/assets/index-a1.js"></script><link rel="modulepreload" href="/assets/GraphView-b2.js" crossorigin=""><link rel="stylesheet" href="/assets/x.css">',
    );
    const bytes = firstFrameBytes(dir);
    expect(bytes.files).toEqual(['/assets/index-a1.js', '/assets/GraphView-b2.js']);
    const initial = gz(files['index-a1.js']) + gz(files['GraphView-b2.js']);
    expect(bytes.gzip).toBe(initial);
    expect(bytes.byLang.en.gzip).toBe(initial + gz(files['en-c3.js']));
    expect(bytes.byLang.ar.gzip).toBe(initial + gz(files['ar-d4.js']));
    expect(bytes.byLang.ar.dictionary).toBe('ar-d4.js');
    expect(firstFrameRow(bytes)[1]).toMatch(/^en [\d.]+ KB, ar [\d.]+ KB \(goal 200 KB: met\)$/);
  });

  it('says by how much the larger language misses the goal', () => {
    const big = Array.from({ length: 60_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('');
    const dir = dist({ 'index-a1.js': big, 'en-c3.js': 'x' }, '<script type="module" src="/assets/index-a1.js"></script>');
    expect(firstFrameRow(firstFrameBytes(dir))[1]).toMatch(/\(goal 200 KB: [\d.]+ KB over\)$/);
  });
});
