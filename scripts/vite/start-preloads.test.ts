/**
 * What index.html names so that nothing the first frame needs is found only after the
 * app's script has run: the reader's-dictionary script (async, a few KB, importing
 * nothing at start), and the canvas chunk with the chunks it imports and its stylesheet.
 * Built here from the project's own Vite config into a scratch folder.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

describe('start preloads', () => {
  it('index.html starts the dictionary and the canvas with everything it imports beside the first script', { timeout: 300_000 }, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bundle-preloads-'));
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const assets = readdirSync(join(outDir, 'assets'));

    const start = assets.find((f) => /^start-language-[\w-]+\.js$/.test(f));
    expect(start).toBeDefined();
    expect(html).toMatch(new RegExp(`<script type="module" async crossorigin src="/assets/${start}"></script>`));
    const startCode = readFileSync(join(outDir, 'assets', start!), 'utf8');
    // Nothing to wait for before it runs: no static import, only the dictionaries' dynamic ones.
    expect(startCode).not.toMatch(/(^|[;}\n])\s*import\s*[{*\w]/);
    expect(startCode).toMatch(/import\(["'`]\.\/en-[\w-]+\.js["'`]\)/);
    expect(statSync(join(outDir, 'assets', start!)).size).toBeLessThan(10_000);

    const canvas = assets.find((f) => /^GraphView-[\w-]+\.js$/.test(f))!;
    const canvasCss = assets.find((f) => /^GraphView-[\w-]+\.css$/.test(f))!;
    expect(html).toContain(`<link rel="modulepreload" href="/assets/${canvas}" crossorigin="">`);
    expect(html).toContain(`<link rel="preload" as="style" href="/assets/${canvasCss}" crossorigin="">`);
    // Every chunk the canvas chunk imports statically is named too.
    const canvasCode = readFileSync(join(outDir, 'assets', canvas), 'utf8');
    const imported = [...canvasCode.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0);
    for (const file of imported) expect(html).toContain(`/assets/${file}`);
  });
});
