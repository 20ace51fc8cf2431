import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { generateGraph } from '../scripts/generate-graph';

/**
 * The reader's place in a graph too large to draw whole lives in the URL: a reload, a
 * link opened in another page, and Back and Forward all give the same scene, and a link
 * that names what the graph does not have falls back to what it does, with a notice.
 */

const graph = generateGraph({ nodes: 5000, seed: 11 });
const body = JSON.stringify(graph);
const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
const GRAPH = '/?graph=/test-graphs/g5k.json';

async function serveLarge(page: Page, lang: 'en' | 'ar') {
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await page.route((url) => url.pathname === '/test-graphs/g5k.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** The entities and community nodes on the canvas, sorted, once the canvas exists. */
function drawn(page: Page): Promise<{ entities: string[]; metas: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy?: Core }).cy;
    if (!cy) return { entities: [], metas: -1 };
    return { entities: cy.nodes().filter((n) => !n.hasClass('meta')).map((n) => n.id()).sort(), metas: cy.nodes('.meta').length };
  });
}

const words = {
  en: {
    overview: /^Overview of a large graph: (\d+) communities/,
    part: /^Part of a large graph: /,
    nav: 'Where you are in the graph',
    overviewCrumb: 'Overview',
    communities: /^Communities \(\d+\)$/,
    open: /^Open community 1: /,
    search: 'Search entities and sentences',
    details: 'Details',
    expand: /^Show (\d+) more of its neighbours$/,
    stale: /^Part of this link names communities or entities this graph does not have \(3\); they were left out\.$/,
  },
  ar: {
    overview: /^نظرة عامة على شبكة كبيرة: (\d+) كتلة/,
    part: /^جزء من شبكة كبيرة: /,
    nav: 'موضعك في الشبكة',
    overviewCrumb: 'نظرة عامة',
    communities: /^الكتل \(\d+\)$/,
    open: /^افتح الكتلة 1: /,
    search: 'ابحث في الكيانات والجمل',
    details: 'التفاصيل',
    expand: /^أظهر (\d+) من جيرانه الآخرين$/,
    stale: /^يذكر هذا الرابط كتلًا أو كيانات ليست في هذه الشبكة \(3\)؛ فتُركت جانبًا\.$/,
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`a 5k graph: the opened community and expanded neighbourhood survive reload, a shared link and Back (${lang})`, async ({ page, context }) => {
    test.setTimeout(150_000);
    const w = words[lang];
    await serveLarge(page, lang);
    await page.goto(GRAPH);
    const overview = page.getByRole('application', { name: w.overview });
    await expect(overview).toBeVisible({ timeout: 30_000 });
    const nav = page.getByRole('navigation', { name: w.nav });

    // Open the first community from the list of communities.
    await page.getByText(w.communities).click();
    await page.getByRole('button', { name: w.open }).click();
    await expect(page.getByRole('application', { name: w.part })).toBeVisible();
    await expect.poll(async () => (await drawn(page)).metas).toBe(0);
    const members = (await drawn(page)).entities;
    expect(members.length).toBeGreaterThan(10);
    const crumb = (await nav.locator('[aria-current="location"]').textContent())!;

    // Select the member with most neighbours off the canvas (through search), and expand it.
    const hub = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      return cy.nodes().max((n) => Number(n.data('degree')) - n.degree(false)).ele.id();
    });
    const hubLabel = labelOf.get(hub)![lang];
    await page.getByRole('combobox', { name: w.search }).fill(hubLabel);
    await page.getByRole('listbox').getByRole('option').filter({ hasText: hubLabel }).first().click();
    const details = page.getByRole('complementary', { name: w.details });
    await expect(details.getByRole('heading', { level: 2, name: hubLabel })).toBeVisible();
    const expand = details.getByRole('button', { name: w.expand });
    const added = Number((await expand.textContent())!.match(w.expand)![1]);
    expect(added).toBeGreaterThan(0);
    await expand.click();
    await expect.poll(async () => (await drawn(page)).entities.length).toBe(members.length + added);
    const expanded = (await drawn(page)).entities;
    await expect(page).toHaveURL(/[#&]open=1(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[#&]exp=${hub}(&|$)`));

    // Reload: the same scene, the same breadcrumb, the same selection.
    await page.reload();
    await expect(page.getByRole('application', { name: w.part })).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await drawn(page)).entities).toEqual(expanded);
    await expect(nav.locator('[aria-current="location"]')).toHaveText(crumb);
    await expect(details.getByRole('heading', { level: 2, name: hubLabel })).toBeVisible();

    // The link in another page: the same scene.
    const other = await context.newPage();
    await serveLarge(other, lang);
    await other.goto(page.url());
    await expect(other.getByRole('application', { name: w.part })).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await drawn(other)).entities).toEqual(expanded);
    await other.close();

    // Back walks the steps in reverse: the expansion, the selection, the community.
    await page.goBack();
    await expect.poll(async () => (await drawn(page)).entities).toEqual(members);
    await page.goBack();
    await expect(details.getByRole('heading', { level: 2, name: hubLabel })).toHaveCount(0);
    await page.goBack();
    await expect(overview).toBeVisible();
    await expect.poll(async () => (await drawn(page)).entities).toEqual([]);
    await expect(nav.getByText(w.overviewCrumb)).toHaveAttribute('aria-current', 'location');
    // And Forward goes back into the community.
    await page.goForward();
    await expect.poll(async () => (await drawn(page)).entities).toEqual(members);
    await expect(nav.locator('[aria-current="location"]')).toHaveText(crumb);
  });

  test(`a 5k graph: a link naming what the graph does not have opens the overview with a notice (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const w = words[lang];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveLarge(page, lang);
    await page.goto(`${GRAPH}#open=99999&exp=nobody:3&br=ghost`);
    const overview = page.getByRole('application', { name: w.overview });
    await expect(overview).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: w.stale })).toBeVisible();
    const count = Number((await overview.getAttribute('aria-label'))!.match(w.overview)![1]);
    await expect.poll(async () => (await drawn(page)).metas).toBe(count);

    // Values that do not parse at all are dropped: the overview, no notice, no crash.
    await page.goto(`${GRAPH}#open=abc,-2,1.5&exp=:&br=,,`);
    await expect(page.getByRole('application', { name: w.overview })).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await drawn(page)).metas).toBe(count);
    await expect(page.getByRole('status').filter({ hasText: w.stale })).toHaveCount(0);
    // The breadcrumb still works from there.
    await page.getByText(w.communities).click();
    await page.getByRole('button', { name: w.open }).click();
    await expect(page.getByRole('application', { name: w.part })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
