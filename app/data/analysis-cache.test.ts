import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyseGraph } from '../domain/analysis';
import { smallGraph } from '../test/fixtures';
import { CACHED_ANALYSES, contentKey, readCachedAnalysis, writeCachedAnalysis } from './analysis-cache';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('analysis cache', () => {
  it('keys a file by its content', async () => {
    const a = await contentKey(bytes('{"nodes":[]}'));
    expect(a).toMatch(/^v\d+:[0-9a-f]{64}$/);
    expect(await contentKey(bytes('{"nodes":[]}'))).toBe(a);
    expect(await contentKey(bytes('{"nodes":[ ]}'))).not.toBe(a);
  });

  it('gives back the analysis kept for the same content, and nothing for other content', async () => {
    const analysis = analyseGraph(smallGraph());
    const key = (await contentKey(bytes(JSON.stringify(smallGraph()))))!;
    await writeCachedAnalysis(key, analysis);
    expect(await readCachedAnalysis(key)).toEqual(analysis);
    expect(await readCachedAnalysis((await contentKey(bytes('other')))!)).toBeNull();
  });

  it(`keeps the ${CACHED_ANALYSES} written last`, async () => {
    const analysis = analyseGraph(smallGraph());
    const written: string[] = [];
    for (let i = 0; i < CACHED_ANALYSES + 2; i++) {
      const key = (await contentKey(bytes(`file ${i}`)))!;
      written.push(key);
      await writeCachedAnalysis(key, analysis, Date.now() + 1_000 + i);
    }
    for (const key of written.slice(0, 2)) expect(await readCachedAnalysis(key)).toBeNull();
    for (const key of written.slice(2)) expect(await readCachedAnalysis(key)).toEqual(analysis);
  });
});
