import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { generateGraph } from '../scripts/generate-graph';
import { SCENE_BUDGET } from '../app/domain/scene';

/**
 * A graph above the scene budget: it opens as an overview of communities, a community
 * opens into its members, an entity's neighbourhood grows a page at a time, an entity
 * found by search joins the scene with its community, and the breadcrumb goes back out.
 */

const graph = generateGraph({ nodes: 5000, seed: 11 });
const body = JSON.stringify(graph);
const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
const SHOTS = process.env.SCENE_SHOTS;

async function openLarge(page: Page, lang: 'en' | 'ar') {
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await page.route((url) => url.pathname === '/test-graphs/g5k.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto('/?graph=/test-graphs/g5k.json');
}

type Drawn = { entities: string[]; metas: number; total: number };
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    return { entities: cy.nodes().filter((n) => !n.hasClass('meta')).map((n) => n.id()), metas: cy.nodes('.meta').length, total: cy.elements().length };
  });
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const words = {
  en: {
    overview: /^Overview of a large graph: (\d+) communities of 5000 entities/,
    part: /^Part of a large graph: (\d+) entities/,
    nav: 'Where you are in the graph',
    overviewCrumb: 'Overview',
    communities: /^Communities \((\d+)\)$/,
    open: /^Open community 1: (\d+) entities, around /,
    search: 'Search entities and sentences',
    details: 'Details',
    expand: /^Show (\d+) more of its neighbours$/,
  },
  ar: {
    overview: /^نظرة عامة على شبكة كبيرة: (\d+) كتلة تضم 5000 كيان/,
    part: /^جزء من شبكة كبيرة: /,
    nav: 'موضعك في الشبكة',
    overviewCrumb: 'نظرة عامة',
    communities: /^الكتل \((\d+)\)$/,
    open: /^افتح الكتلة 1: (.+)، حول /,
    search: null,
    details: null,
    expand: null,
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`a 5k graph: overview, then a community by keyboard, named for screen readers (${lang})`, async ({ page }) => {
    const w = words[lang];
    await openLarge(page, lang);
    const canvas = page.getByRole('application', { name: w.overview });
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    const count = Number((await canvas.getAttribute('aria-label'))!.match(w.overview)![1]);
    await expect.poll(async () => (await drawn(page)).metas).toBe(count);
    let d = await drawn(page);
    expect(d.entities).toEqual([]);
    expect(d.total).toBeLessThanOrEqual(3 * SCENE_BUDGET);
    await shot(page, `${lang}-overview`);

    // The communities, as buttons: reached and opened by keyboard.
    const nav = page.getByRole('navigation', { name: w.nav });
    await expect(nav.getByText(w.overviewCrumb)).toHaveAttribute('aria-current', 'location');
    const summary = page.getByText(w.communities);
    await expect(summary).toHaveText(w.communities);
    await summary.focus();
    await page.keyboard.press('Enter');
    const first = page.getByRole('button', { name: w.open });
    await expect(first).toBeVisible();
    await shot(page, `${lang}-communities`);
    await first.focus();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('application', { name: w.part })).toBeVisible();
    await expect.poll(async () => (await drawn(page)).metas).toBe(0);
    d = await drawn(page);
    expect(d.entities.length).toBeGreaterThan(10);
    expect(d.entities.length).toBeLessThanOrEqual(SCENE_BUDGET);
    // The breadcrumb names the community by its most central members, and leads back.
    const current = nav.locator('[aria-current="location"]');
    await expect(current).toContainText(labelOf.get(d.entities[0]!)![lang]);
    // The separator points along the reading direction: › in English, ‹ in Arabic.
    const separator = await current.evaluate((crumb) => getComputedStyle(crumb.closest('li')!, '::before').content);
    expect(separator).toBe(lang === 'ar' ? '"‹"' : '"›"');
    await shot(page, `${lang}-community`);
    await nav.getByRole('button', { name: w.overviewCrumb }).click();
    await expect(page.getByRole('application', { name: w.overview })).toBeVisible();
    await expect.poll(async () => (await drawn(page)).metas).toBe(count);
  });
}

test('a 5k graph: open a community, expand an entity, bring in a search hit, back out', async ({ page }) => {
  test.setTimeout(120_000);
  const w = words.en;
  await openLarge(page, 'en');
  await expect(page.getByRole('application', { name: w.overview })).toBeVisible({ timeout: 30_000 });
  // Open a community from the canvas: tap its meta-node.
  const meta = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    const node = cy.nodes('.meta').max((n) => Number(n.data('size'))).ele;
    return { id: node.id(), size: Number(node.data('size')) };
  });
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const point = await page.evaluate((id) => {
    const cy = (window as unknown as { cy: Core }).cy;
    return cy.getElementById(id).renderedPosition();
  }, meta.id);
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.getByRole('application', { name: w.part })).toBeVisible();
  await expect.poll(async () => (await drawn(page)).entities.length).toBe(meta.size);
  const members = new Set((await drawn(page)).entities);

  // Select the member with most neighbours outside the scene; expand it a page at a time.
  const hub = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    return cy.nodes().max((n) => Number(n.data('degree')) - n.degree(false)).ele.id();
  });
  await page.evaluate((id) => (window as unknown as { cy: Core }).cy.getElementById(id).emit('tap'), hub);
  const details = page.getByRole('complementary', { name: w.details });
  await expect(details.getByRole('heading', { level: 2, name: labelOf.get(hub)!.en })).toBeVisible();
  await expect(details.getByText(/^Key actor no\. \d+ of 5000$/)).toBeVisible();
  const expand = details.getByRole('button', { name: w.expand });
  const page1 = Number((await expand.textContent())!.match(w.expand)![1]);
  expect(page1).toBeGreaterThan(0);
  await expand.click();
  await expect.poll(async () => (await drawn(page)).entities.length).toBe(meta.size + page1);
  const added = (await drawn(page)).entities.filter((id) => !members.has(id));
  expect(added).toHaveLength(page1);
  // The added ones are the hub's neighbours.
  const neighbours = new Set(graph.edges.flatMap((e) => (e.source === hub ? [e.target] : e.target === hub ? [e.source] : [])));
  for (const id of added) expect(neighbours.has(id)).toBe(true);
  await shot(page, 'en-expanded');

  // The list and the exports say they hold the canvas's part of the graph.
  const part = (await drawn(page)).entities.length;
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('note')).toHaveText(`Showing the canvas’s part of a large graph: ${part} entities of 5000.`);
  await expect(page.getByRole('heading', { level: 2, name: `Entities (${part})` })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByText(`Exports hold what the canvas shows: ${part} entities of 5000.`)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();

  // Typing a drawn entity's name lists it and marks it on the canvas; clearing the box unmarks it.
  const searchBox = page.getByRole('combobox', { name: w.search });
  const member = graph.nodes.find((n) => members.has(n.id) && n.label.en.length > 8)!;
  await searchBox.fill(member.label.en);
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: member.label.en }).first()).toBeVisible();
  await expect
    .poll(() => page.evaluate((id) => (window as unknown as { cy: Core }).cy.getElementById(id).hasClass('search-hit'), member.id))
    .toBe(true);
  await searchBox.fill('');
  await expect.poll(() => page.evaluate(() => (window as unknown as { cy: Core }).cy.nodes('.search-hit').length)).toBe(0);

  // Search an entity that is not drawn: choosing it brings it in with its community.
  const inScene = new Set((await drawn(page)).entities);
  const outsider = graph.nodes.find((n) => !inScene.has(n.id) && !neighbours.has(n.id) && n.label.en.length > 8)!;
  await searchBox.fill(outsider.label.en);
  await page.getByRole('listbox').getByRole('option').filter({ hasText: outsider.label.en }).first().click();
  await expect(details.getByRole('heading', { level: 2, name: outsider.label.en })).toBeVisible();
  await expect.poll(async () => (await drawn(page)).entities).toContain(outsider.id);
  const nav = page.getByRole('navigation', { name: w.nav });
  await expect(nav.getByRole('listitem')).toHaveCount(3);
  expect((await drawn(page)).entities.length).toBeLessThanOrEqual(SCENE_BUDGET);
  await shot(page, 'en-brought');

  // Back to the first community, then out to the overview.
  await nav.getByRole('listitem').nth(1).getByRole('button').click();
  await expect.poll(async () => (await drawn(page)).entities).not.toContain(outsider.id);
  await expect(nav.getByRole('listitem')).toHaveCount(2);
  await nav.getByRole('button', { name: w.overviewCrumb }).click();
  await expect.poll(async () => (await drawn(page)).entities.length).toBe(0);
  await expect(page.getByRole('application', { name: w.overview })).toBeVisible();
});

const actorWords = {
  en: { encoding: 'Size and colour', sizeBy: 'Size entities by', degree: 'Relations (degree)', colour: 'Colour by community', legend: 'Communities by colour', actors: 'Key actors', rank: /^Key actor no\. \d+ of 58$/, details: 'Details', list: 'List', first: /^Key actor no\. 1: / },
  ar: { encoding: 'الحجم واللون', sizeBy: 'حجم الكيانات حسب', degree: 'العلاقات (الدرجة)', colour: 'لوّن حسب الكتلة', legend: 'الكتل حسب اللون', actors: 'الفاعلون الرئيسيون', rank: /^الفاعل الرئيسي رقم \d+ من 58$/, details: 'التفاصيل', list: 'القائمة', first: /^الفاعل الرئيسي رقم 1: / },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`the article graph: size by relations, colour by community with a legend, key actors (${lang})`, async ({ page }) => {
    const w = actorWords[lang];
    await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => (window as unknown as { cy?: Core }).cy?.nodes().length ?? 0)).toBe(58);

    await page.getByText(w.encoding).click();
    await page.getByLabel(w.sizeBy).selectOption({ label: w.degree });
    // The best-connected entity is drawn larger than the least.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = (window as unknown as { cy: Core }).cy;
          const hub = cy.nodes().max((n) => n.degree(false)).ele;
          const leaf = cy.nodes().min((n) => n.degree(false)).ele;
          return Number(hub.data('encSize')) - Number(leaf.data('encSize'));
        }),
      )
      .toBeGreaterThan(10);
    await page.getByLabel(w.colour).check();
    const legend = page.getByRole('region', { name: w.legend });
    await expect(legend).toBeVisible();
    expect(await legend.getByRole('listitem').count()).toBeGreaterThan(1);
    await expect
      .poll(() => page.evaluate(() => new Set((window as unknown as { cy: Core }).cy.nodes().map((n) => String(n.data('encColor')))).size))
      .toBeGreaterThan(1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-article-encoded.png` });
    await page.getByLabel(w.colour).uncheck();
    await expect(legend).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { cy: Core }).cy.nodes('[encColor]').length)).toBe(0);

    // Key actors: in the details of a selected entity, and first in the list view.
    await page.evaluate(() => void (window as unknown as { cy: Core }).cy.getElementById('putin').emit('tap'));
    const facts = page.getByRole('complementary', { name: w.details }).getByRole('region', { name: w.actors });
    await expect(facts.getByText(w.rank)).toBeVisible();
    await page.getByRole('button', { name: w.list, exact: true }).click();
    const actors = page.getByRole('main').getByRole('region', { name: w.actors });
    await expect(actors.getByRole('button').first()).toHaveAccessibleName(w.first);
    await expect(actors.getByRole('button')).toHaveCount(10);
  });
}
