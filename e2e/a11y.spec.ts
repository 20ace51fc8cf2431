import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';

// axe walks every element; on a loaded 2-core machine that can take tens of seconds.
test.describe.configure({ timeout: 180_000 });

/**
 * axe with `label-content-name-mismatch` on (it is off by default): a control whose
 * accessible name does not contain its visible text cannot be spoken to by voice control.
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const lang of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const view of ['graph', 'list'] as const) {
      test(`axe finds no violation in ${lang}, ${theme} theme, ${view} view, with a selection`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await openExplorer(page, { lang, query: view === 'list' ? '#view=list' : '' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.evaluate(() => {
          window.cy!.getElementById('putin').emit('tap');
        });
        await expect(page.getByRole('tab', { selected: true })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  test(`axe finds no violation in ${lang} in the article, claims and path tabs, the open legend and the shortcuts dialog`, async ({ page }) => {
    await openExplorer(page, { lang, query: '#panel=article&sel=n:putin&path=zelensky,xi-jinping' });
    const en = lang === 'en';
    expect(await violations(page)).toEqual([]);
    for (const tab of en ? ['Claims', 'Path'] : ['المواقف', 'المسار']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      expect(await violations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: en ? 'Show legend' : 'إظهار دليل الألوان' }).click();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the list view holds every visible entity and relation, and follows the filters', async ({ page }) => {
  await openExplorer(page, { lang: 'en', query: '#view=list' });
  const list = page.getByRole('region', { name: 'Graph as a list' });
  const entities = list.getByRole('region', { name: /^Entities/ }).getByRole('button');
  const relations = list.getByRole('region', { name: /^Relations/ }).getByRole('button');
  await expect(entities).toHaveCount(seedGraph.nodes.length);
  await expect(relations).toHaveCount(seedGraph.edges.length);
  // Each relation reads as a sentence.
  await expect(list.getByRole('button', { name: 'Vladimir Putin visits China', exact: true })).toBeVisible();

  const visits = seedGraph.relationTypes.find((r) => r.id === 'visits')!;
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: visits.label.en, exact: true }).uncheck();
  const shown = seedGraph.edges.filter((e) => e.type !== 'visits').length;
  await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => e.visible()).length)).toBe(shown);
  await expect(relations).toHaveCount(shown);
  await expect(list.getByRole('button', { name: 'Vladimir Putin visits China', exact: true })).toHaveCount(0);
});

test('the canvas has a role, a name with its counts, and selection is announced', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`${seedGraph.nodes.length} entities and ${seedGraph.edges.length} relations`));
  await page.evaluate(() => {
      window.cy!.getElementById('china').emit('tap');
    });
  await expect(page.getByTestId('announcer')).toHaveText(/Selected entity: China/);
});

test('light and dark themes: the toggle overrides the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, { lang: 'en' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(244, 246, 249)');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const lang of ['en', 'ar'] as const) {
  test(`at 375 px wide (${lang}) nothing is cut off and panels open as sheets`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await openExplorer(page, { lang });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const filtersName = lang === 'en' ? 'Filters' : 'المرشِّحات';
    await expect(page.getByRole('complementary', { name: filtersName })).toBeHidden();
    await page.getByRole('button', { name: filtersName, exact: true }).click();
    const sheet = page.getByRole('complementary', { name: filtersName });
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375.5);
    await page.evaluate(() => {
      window.cy!.getElementById('putin').emit('tap');
    });
    await expect(page.getByRole('complementary', { name: lang === 'en' ? 'Details' : 'التفاصيل' })).toBeVisible();
    await context.close();
  });
}
