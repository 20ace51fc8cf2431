import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

/** Why a file could not be used, said in the reader's language, not in the validator's English. */

const FIXTURES = 'e2e/fixtures/corpus';
const CORPUS = '/fixtures/corpus/test-summits.corpus.json';

async function openCorpus(page: Page, lang: 'en' | 'ar') {
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await page.route('**/fixtures/corpus/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return route.fulfill({ contentType: 'application/json', body: readFileSync(join(FIXTURES, name), 'utf8') });
  });
  await page.goto(`/?corpus=${encodeURIComponent(CORPUS)}`);
  await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
}

const T = {
  en: { tab: 'Corpus', add: 'Add an exported graph file to this corpus', failed: 'Could not add broken.graph.json', reason: 'The file is not JSON, so it is not a graph file; it may be cut short or damaged.' },
  ar: { tab: 'المدوّنة', add: 'أضف ملف شبكة مُصدَّرًا إلى هذه المدوّنة', failed: 'تعذّرت إضافة broken.graph.json', reason: 'الملف ليس بصيغة JSON، فهو ليس ملف شبكة؛ ربما كان مقطوعًا أو تالفًا.' },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`a graph file that cannot be added to a corpus is refused with the reason in ${lang}`, async ({ page }) => {
    await openCorpus(page, lang);
    await page.getByRole('tab', { name: T[lang].tab }).click();
    await page.getByRole('tabpanel').getByLabel(T[lang].add).setInputFiles({ name: 'broken.graph.json', mimeType: 'application/json', buffer: Buffer.from('{ "article": ') });
    const alert = page.getByRole('alert').filter({ hasText: T[lang].failed });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('listitem')).toHaveText(T[lang].reason);
  });
}

const SHARE = {
  en: { newGraph: 'New graph…', editOpen: 'Edit the graph open in the explorer (putin-china-visit)', preview: 'Preview in explorer', copy: 'Copy link', note: 'The draft lives in this browser only: the link opens it here, not on another device.' },
  ar: { newGraph: 'شبكة جديدة…', editOpen: 'حرّر الشبكة المفتوحة في المستكشف (putin-china-visit)', preview: 'معاينة في المستكشف', copy: 'انسخ الرابط', note: 'المسودة محفوظة في هذا المتصفح وحده: يفتحها الرابط هنا، لا على جهاز آخر.' },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`a link copied while previewing a draft says the draft lives in this browser only (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
    await page.goto('/');
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
    await page.getByRole('button', { name: SHARE[lang].newGraph }).click();
    await page.getByRole('button', { name: SHARE[lang].editOpen }).click();
    await page.getByRole('button', { name: SHARE[lang].preview }).click();
    await expect(page).toHaveURL(/ws=preview/);
    await page.getByRole('button', { name: SHARE[lang].copy }).click();
    await expect(page.getByRole('status').filter({ hasText: SHARE[lang].note })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
}
