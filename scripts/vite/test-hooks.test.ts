/**
 * The production bundle holds none of the test hooks' code; the build made for tests
 * holds all of it (which also proves the markers below would find it). Both are built
 * here from the project's own Vite config, each into a scratch folder.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { TEST_MODE } from './test-hooks.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** What each hook leaves in minified code (property names and strings survive minifying). */
const HOOKS: Record<string, RegExp> = {
  'window.cy': /window\.cy\b/,
  '?crash=': /\.get\(["'`]crash["'`]\)/,
  '?renderer=': /\.get\(["'`]renderer["'`]\)/,
  'forced render error': /Forced render error/,
};

async function bundleText(mode: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `bundle-${mode}-`));
  await build({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

function hooksIn(text: string): string[] {
  return Object.entries(HOOKS)
    .filter(([, marker]) => marker.test(text))
    .map(([name]) => name);
}

describe('test hooks', () => {
  it('are in the build made for tests and nowhere in the production bundle', { timeout: 300_000 }, async () => {
    expect(hooksIn(await bundleText(TEST_MODE))).toEqual(Object.keys(HOOKS));
    expect(hooksIn(await bundleText('production'))).toEqual([]);
  });
});
