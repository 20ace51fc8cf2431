import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';

/** What a keyboard user meets, in each language. */
const NAMES = {
  en: { graph: 'Skip to graph', entities: 'Skip to the list of entities', details: 'Skip to details', entitiesRegion: /^Entities/, detailsRegion: 'Details' },
  ar: { graph: 'انتقل إلى الشبكة', entities: 'انتقل إلى قائمة الكيانات', details: 'انتقل إلى التفاصيل', entitiesRegion: /^الكيانات/, detailsRegion: 'التفاصيل' },
} as const;

const MAX_TABS = 10;

/** Press Tab, and nothing else, until the target has focus; returns how many presses it took. */
async function tabTo(page: Page, target: Locator): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reached in ${MAX_TABS} Tab presses`);
}

function mostConnected(): string {
  const degree = new Map<string, number>();
  for (const e of seedGraph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  let best = seedGraph.nodes[0]!;
  for (const n of seedGraph.nodes) if ((degree.get(n.id) ?? 0) > (degree.get(best.id) ?? 0)) best = n;
  return best.id;
}

for (const lang of ['en', 'ar'] as const) {
  const names = NAMES[lang];

  test(`${lang}: the first entity of the list is reached from the top of the page by Tab presses and a skip link`, async ({ page }) => {
    await openExplorer(page, { lang });
    const presses = await tabTo(page, page.getByRole('link', { name: names.entities }));
    expect(presses).toBeLessThanOrEqual(MAX_TABS);
    await page.keyboard.press('Enter');
    const first = page.getByRole('region', { name: names.entitiesRegion }).getByRole('button').first();
    await expect(first).toBeFocused();
    const label = (await first.textContent())!;
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: names.detailsRegion }).getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
  });

  test(`${lang}: the canvas is reached by a skip link and the arrow keys select an entity on it`, async ({ page }) => {
    await openExplorer(page, { lang, query: '#view=list' });
    await tabTo(page, page.getByRole('link', { name: names.graph }));
    await page.keyboard.press('Enter');
    const canvas = page.getByRole('application');
    await expect(canvas).toBeVisible();
    await expect(canvas).toBeFocused();
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    const hub = seedGraph.nodes.find((n) => n.id === mostConnected())!;
    await expect(page.getByRole('complementary', { name: names.detailsRegion }).getByRole('heading', { level: 2, name: hub.label[lang], exact: true })).toBeVisible();
    // The walk goes on from there, through the hub's neighbours.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('complementary', { name: names.detailsRegion }).getByRole('heading', { level: 2, name: hub.label[lang], exact: true })).toHaveCount(0);
  });

  test(`${lang}: the details panel is reached by a skip link, and its controls come next`, async ({ page }) => {
    await openExplorer(page, { lang, query: '#sel=n:putin' });
    await tabTo(page, page.getByRole('link', { name: names.details }));
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: names.detailsRegion });
    await expect(details).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await details.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });
}

test('on a phone the details skip link opens the details sheet and moves focus into it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  // Nothing selected: the sheet starts closed (a link to a selection opens it by itself).
  await openExplorer(page, { lang: 'ar' });
  const details = page.getByRole('complementary', { name: NAMES.ar.detailsRegion });
  await expect(details).toBeHidden();
  await tabTo(page, page.getByRole('link', { name: NAMES.ar.details }));
  await page.keyboard.press('Enter');
  await expect(details).toBeVisible();
  await expect(details).toBeFocused();
  await context.close();
});
