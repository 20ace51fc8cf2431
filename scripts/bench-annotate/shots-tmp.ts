import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { bundledVocabulary, largeDoc } from './large-doc.ts';
import { DICTIONARIES } from './strategy.ts';

const large = largeDoc(1000, bundledVocabulary());
const file = '/tmp/as-shots/long.annotations.json';
writeFileSync(file, JSON.stringify(large.doc));
const server = await preview({ logLevel: 'warn', build: { outDir: process.argv[2] ?? 'dist' }, preview: { host: '127.0.0.1', port: 0, open: false } });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_ARGS });
for (const lang of ['en', 'ar'] as const) {
  for (const [name, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const ui = DICTIONARIES[lang];
    const context = await browser.newContext({ viewport });
    await context.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
    const page = await context.newPage();
    await page.goto(`${base}/#ws=new`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: ui['author.chooseFile'] }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('heading', { name: ui['author.entities'].replace('{count}', '1000'), exact: true }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/as-shots/${lang}-${name}-top.png` });
    const far = page.getByRole('group', { name: ui['details.sentenceRole.body'].replace('{n}', '250'), exact: true });
    await far.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/as-shots/${lang}-${name}-middle.png` });
    // Scrolled fast by wheel, as a user flicks through.
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
    await page.screenshot({ path: `/tmp/as-shots/${lang}-${name}-flick.png` });
    await context.close();
  }
}
await browser.close();
server.httpServer.close();
