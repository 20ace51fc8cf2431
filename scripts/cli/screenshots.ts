/**
 * npm run screenshots [-- url] [--query Q] [--click ID]: the explorer in Arabic and
 * English, at desktop and phone widths, into screenshots/ (for looking at what was built;
 * not a test). The page must carry the test hooks (the dev server, or `npm run build:test`
 * served by `vite preview --outDir dist-test`): it waits for `window.cy`, and `--click`
 * taps an entity through it and takes a second picture.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { commandLine } from './args.ts';

const { values, positionals } = commandLine('npm run screenshots [-- url] [--query Q] [--click ID]', {
  allowPositionals: true,
  options: { query: { type: 'string', default: '' }, click: { type: 'string' } },
});
const base = positionals[0] ?? 'http://127.0.0.1:5173/';
const extra = values.query;
const click = values.click;
const { path } = await findChromium();
const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
const shots = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];
for (const lang of ['en', 'ar'] as const) {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, locale: lang, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.error(`[${lang}/${shot.name}]`, m.text()); });
    await page.goto(base + extra);
    await page.waitForFunction(() => (window as unknown as { cy?: unknown }).cy !== undefined, null, { timeout: 20_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `screenshots/${lang}-${shot.name}.png` });
    if (click) {
      await page.evaluate((id) => {
        // Return nothing: a Cytoscape collection cannot be sent back to Node.
        (window as unknown as { cy: { getElementById: (i: string) => { emit: (e: string) => void } } }).cy.getElementById(id).emit('tap');
      }, click);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `screenshots/${lang}-${shot.name}-selected.png` });
    }
    await context.close();
  }
}
await browser.close();
console.log('screenshots written to screenshots/');
