import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';
import type { Graph } from '../app/domain/schema';

const node = (id: string) => seedGraph.nodes.find((n) => n.id === id)!;

async function tap(page: Page, id: string) {
  await page.evaluate((elementId) => {
    window.cy!.getElementById(elementId).emit('tap');
  }, id);
}

async function visibleIds(page: Page) {
  return page.evaluate(() => ({
    nodes: window.cy!.nodes().filter((n) => n.visible()).map((n) => n.id()).sort(),
    edges: window.cy!.edges().filter((e) => e.visible()).map((e) => e.id()).sort(),
  }));
}

test.describe('reading the evidence', () => {
  test('a selected node marks its exact spans in the article, which can be stepped through', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.getByRole('tab', { name: 'Article' }).click();
    await tap(page, 'zelensky');
    const article = page.getByRole('tabpanel');
    const z = node('zelensky');
    for (const m of z.mentions) {
      const marks = article.locator(`li[data-sentence="${m.sentence}"] mark`);
      await expect(marks.filter({ hasText: m.text }).first()).toBeVisible();
      const starts = await marks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-start'))));
      expect(starts.some((s) => s <= m.start)).toBe(true);
    }
    const stepper = article.getByRole('group', { name: /Passage 1 of \d+/ });
    await expect(stepper).toBeVisible();
    const active1 = await article.locator('mark.span-active').first().textContent();
    await article.getByRole('button', { name: 'Next passage' }).click();
    await expect(article.getByRole('group', { name: /Passage 2 of/ })).toBeVisible();
    const active2 = await article.locator('mark.span-active').first().textContent();
    expect(active2).not.toBeNull();
    expect(active1).not.toBeNull();
  });

  test('choosing a sentence highlights the elements that cite it and dims the rest', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.getByRole('tab', { name: 'Article' }).click();
    const sentenceId = 's8';
    const citing = seedGraph.edges.filter((e) => e.evidence.some((ev) => ev.sentence === sentenceId));
    expect(citing.length).toBeGreaterThan(0);
    const item = page.locator(`li[data-sentence="${sentenceId}"]`);
    await item.getByRole('button', { name: /Highlight in graph/ }).click();
    const state = await page.evaluate(() => ({
      highlighted: window.cy!.$('edge.highlighted').map((e) => e.id()).sort(),
      dimmed: window.cy!.$('edge.dimmed').length,
    }));
    expect(state.highlighted).toEqual(citing.map((e) => e.id).sort());
    expect(state.dimmed).toBe(seedGraph.edges.length - citing.length);
    await expect(item.getByText(`Relations stated here (${citing.length})`)).toBeVisible();
    // Each relation the sentence yields opens its details.
    const first = citing[0]!;
    const rel = seedGraph.relationTypes.find((r) => r.id === first.type)!;
    await item.getByRole('button', { name: new RegExp(rel.label.en) }).first().click();
    await expect(page).toHaveURL(/sel=e/);
  });

  test('a sentence that yields no relation says so', async ({ page }) => {
    // A copy of the graph in which the title states no relation.
    const g: Graph = structuredClone(seedGraph);
    g.edges = g.edges
      .map((e) => ({ ...e, evidence: e.evidence.filter((ev) => ev.sentence !== 's0') }))
      .filter((e) => e.evidence.length > 0);
    const linked = new Set(g.edges.flatMap((e) => [e.source, e.target, ...(e.attributedTo ? [e.attributedTo] : [])]));
    g.nodes = g.nodes.filter((n) => linked.has(n.id));
    g.edges = g.edges.filter((e) => !e.attributedTo || linked.has(e.attributedTo));
    await page.route('**/*putin-china-visit*.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(g) }));
    await openExplorer(page, { lang: 'en', query: '#panel=article' });
    const item = page.locator('li[data-sentence="s0"]');
    await item.getByRole('button', { name: /Highlight in graph/ }).click();
    await expect(item.getByText('This sentence yields no relation.')).toBeVisible();
  });

  test('Arabic search folds hamza and diacritics; English finds Arabic entities; Enter selects and brings into view', async ({ page }) => {
    await openExplorer(page, { lang: 'ar' });
    const box = page.getByRole('combobox', { name: 'ابحث في الكيانات والجمل' });
    await box.fill('اوكرانيا');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option').filter({ hasText: node('ukraine').label.ar }).first()).toBeVisible();
    await box.fill('بُوتِين');
    await expect(listbox.getByRole('option').first()).toContainText(node('putin').label.ar);
    await box.fill('Putin');
    await expect(listbox.getByRole('option').first()).toContainText(node('putin').label.ar);
    // Off screen first, so bringing it into view is a move.
    await page.evaluate(() => {
      window.cy!.pan({ x: -20_000, y: -20_000 });
    });
    await box.press('Enter');
    await expect(page.getByRole('complementary', { name: 'التفاصيل' }).getByRole('heading', { level: 2, name: node('putin').label.ar })).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.cy!;
          const bb = cy.getElementById('putin').renderedBoundingBox({ includeLabels: false });
          return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
        }),
      )
      .toBe(true);
    // Matching entities are marked on the canvas while searching.
    expect(await page.evaluate(() => window.cy!.getElementById('putin').hasClass('search-hit'))).toBe(true);
  });

  test('search finds sentences by their words and jumps to them', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    const box = page.getByRole('combobox', { name: 'Search entities and sentences' });
    await box.fill('الغواصات');
    const option = page.getByRole('option').filter({ hasText: 'الغواصات' }).first();
    await expect(option).toBeVisible();
    const target = seedGraph.article.sentences.find((s) => s.text.includes('الغواصات'))!;
    await box.press('ArrowDown');
    for (let i = 0; i < 10; i++) {
      if ((await page.getByRole('listbox').getByRole('option', { selected: true }).textContent())?.includes('الغواصات')) break;
      await box.press('ArrowDown');
    }
    await box.press('Enter');
    await expect(page.getByRole('tab', { name: 'Article', selected: true })).toBeVisible();
    await expect(page.locator(`li[data-sentence="${target.id}"]`)).toHaveClass(/article-sentence--current/);
  });

  test('focus mode shows only the neighbourhood and leaving it restores the view in place', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    const before = await page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), ...n.position() })));
    await tap(page, 'zelensky');
    await page.getByRole('button', { name: 'Focus on neighbourhood' }).click();
    const neighbours = new Set(['zelensky', ...seedGraph.edges.flatMap((e) => (e.source === 'zelensky' ? [e.target] : e.target === 'zelensky' ? [e.source] : []))]);
    // The canvas follows the store a frame later: poll rather than read once after a click.
    await expect.poll(async () => (await visibleIds(page)).nodes).toEqual([...neighbours].sort());
    await page.getByRole('button', { name: '2 hops' }).click();
    await expect.poll(async () => (await visibleIds(page)).nodes.length).toBeGreaterThan(neighbours.size);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await expect.poll(async () => (await visibleIds(page)).nodes.length).toBe(seedGraph.nodes.length);
    expect((await visibleIds(page)).edges.length).toBe(seedGraph.edges.length);
    // Leaving focus animates every entity back: poll until the animation has ended.
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), ...n.position() })))).toEqual(before);
  });

  test('a path between Zelensky and Xi Jinping, each step with its evidence', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.getByRole('tab', { name: 'Path' }).click();
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('zelensky');
    await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('xi-jinping');
    const result = page.getByRole('status').filter({ hasText: /shortest chain/ });
    await expect(result).toBeVisible();
    const chain = page.getByRole('region', { name: 'Chain 1' });
    const steps = chain.getByRole('listitem');
    const count = await steps.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) await expect(steps.nth(i).locator('blockquote mark')).toHaveCount(1);
    await expect(steps.first()).toContainText('Volodymyr Zelensky');
    await expect(steps.last()).toContainText('Xi Jinping');
    const onPath = await page.evaluate(() => window.cy!.$('node.on-path').map((n) => n.id()));
    expect(onPath).toContain('zelensky');
    expect(onPath).toContain('xi-jinping');
  });

  test('entity-type and attribution filters, with a summary and one-click reset', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    const filters = page.getByRole('complementary', { name: 'Filters' });
    const person = seedGraph.nodeTypes.find((t) => t.id === 'person')!;
    await filters.getByRole('checkbox', { name: person.label.en, exact: true }).uncheck();
    const people = seedGraph.nodes.filter((n) => n.type === 'person').map((n) => n.id);
    // The canvas follows the store a frame later: each check polls.
    const visible = () => visibleIds(page);
    await expect.poll(async () => {
      const shown = (await visible()).nodes;
      return people.filter((id) => shown.includes(id));
    }).toEqual([]);
    await expect(filters.getByRole('status')).toContainText(`of ${seedGraph.nodes.length} entities`);
    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await visible()).nodes.length).toBe(seedGraph.nodes.length);

    await filters.getByRole('combobox', { name: 'Attributed to' }).selectOption('putin');
    await expect.poll(async () => (await visible()).edges).toEqual(seedGraph.edges.filter((e) => e.attributedTo === 'putin').map((e) => e.id).sort());
    await filters.getByRole('combobox', { name: 'Attributed to' }).selectOption({ label: 'The article itself (no attribution)' });
    await expect.poll(async () => (await visible()).edges.length).toBe(seedGraph.edges.filter((e) => !e.attributedTo).length);
    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await visible()).edges.length).toBe(seedGraph.edges.length);
  });

  test("the claims view sets Putin's and Zelensky's conditions side by side", async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.getByRole('tab', { name: 'Claims' }).click();
    const zel = page.getByRole('region', { name: 'Conditions set: Volodymyr Zelensky' });
    const put = page.getByRole('region', { name: 'Conditions set: Vladimir Putin' });
    const zelConditions = seedGraph.edges.filter((e) => e.source === 'zelensky' && node(e.target).type === 'condition');
    await expect(zel.getByRole('listitem')).toHaveCount(zelConditions.length);
    await expect(put.getByRole('listitem')).toHaveCount(seedGraph.edges.filter((e) => e.source === 'putin' && node(e.target).type === 'condition').length);
    const zb = (await zel.boundingBox())!;
    const pb = (await put.boundingBox())!;
    expect(Math.abs(zb.y - pb.y)).toBeLessThan(5);
    // Claims attributed to Putin are listed with their sentence, except what his own
    // condition is for and about, which the condition already tells.
    const putinsConditions = new Set(seedGraph.edges.filter((e) => e.source === 'putin' && node(e.target).type === 'condition').map((e) => e.target));
    const putinClaims = page.getByRole('region', { name: 'Vladimir Putin', exact: true });
    await expect(putinClaims.locator('blockquote')).toHaveCount(
      seedGraph.edges.filter((e) => e.attributedTo === 'putin' && !putinsConditions.has(e.source)).length +
        seedGraph.edges.filter((e) => e.source === 'putin' && !e.attributedTo && seedGraph.relationTypes.find((r) => r.id === e.type)!.category === 'stance').length,
    );
    // Zelensky's conditions are all the article gives of his: he is in the comparison only.
    await expect(page.getByRole('region', { name: 'Volodymyr Zelensky', exact: true })).toHaveCount(0);
  });

  test('a copied URL reopens the same view; Back and Forward walk the steps', async ({ page, browser }) => {
    await openExplorer(page, { lang: 'en' });
    await tap(page, 'putin');
    await tap(page, 'china');
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: 'visits', exact: true }).uncheck();
    await page.getByRole('button', { name: 'switch interface to Arabic' }).click();
    await expect(page).toHaveURL(/lang=ar/);
    const url = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await other.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
    await expect(other.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(other.getByRole('complementary', { name: 'التفاصيل' }).getByRole('heading', { level: 2, name: node('china').label.ar })).toBeVisible();
    const hidden = await other.evaluate(() => window.cy!.edges().filter((e) => !e.visible()).map((e) => e.data('type') as string));
    expect(new Set(hidden)).toEqual(new Set(['visits']));
    await fresh.close();

    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Vladimir Putin' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'China' })).toBeVisible();
  });
});
