import { expect, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { generateGraph } from '../scripts/generate-graph';
import { tr } from './annotate-helpers';

/**
 * A large graph's overview is drawn before the rest of its index (relations by entity
 * and by id, the sentences' order and numbers) and before its labels are folded for
 * search: those are built in idle time afterwards. Here the page never has idle time at
 * all, so whatever a reader does right after the overview shows (search, select, read the
 * sources, open the list) builds what it needs when it needs it.
 */

const graph = generateGraph({ nodes: 5000, seed: 11 });
const body = JSON.stringify(graph);
const degree = new Map<string, number>();
for (const e of graph.edges) {
  degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
  degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
}

type Window = { cy: Core };

for (const lang of ['en', 'ar'] as const) {
  test(`a 5k graph: search and select work right after the overview shows, with no idle time (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await page.addInitScript((l) => {
      window.localStorage.setItem('age.lang', l);
      // A page that is never idle: nothing scheduled for idle time ever runs.
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => undefined;
    }, lang);
    await page.route((url) => url.pathname === '/test-graphs/g5k.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/?graph=/test-graphs/g5k.json');

    const overview = page.getByRole('application', { name: t('scene.overviewLabel', { count: 0, nodes: 5000 }).split(':')[0]! });
    await expect(overview).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as Window).cy.nodes('.meta').length)).toBeGreaterThan(1);

    // An entity with several relations, found by its name in the reader's language.
    const entity = graph.nodes.find((n) => (degree.get(n.id) ?? 0) >= 4 && n.label[lang].length > 8)!;
    const relations = degree.get(entity.id)!;
    const search = page.getByRole('combobox', { name: t('search.label') });
    await search.fill(entity.label[lang]);
    await page.getByRole('listbox', { name: t('search.label') }).getByRole('option').filter({ hasText: entity.label[lang] }).first().click();

    // Its details: its relations (by entity, by id) and the sentences behind them (by id, in order, numbered).
    const details = page.getByRole('complementary', { name: t('details.region') });
    await expect(details.getByRole('heading', { level: 2, name: entity.label[lang] })).toBeVisible();
    await expect(details.getByRole('heading', { level: 3, name: t('details.relations', { count: relations }) })).toBeVisible();
    await expect(details.getByRole('region', { name: t('details.relations', { count: relations }) }).getByRole('listitem')).toHaveCount(relations);
    await expect(details.getByRole('heading', { level: 3, name: new RegExp(`^${t('details.sources', { count: 0 }).split('(')[0]!.trim()}`) })).toBeVisible();

    // The canvas brings it in with its community, and the relations among what it draws.
    await expect.poll(() => page.evaluate((id) => (window as unknown as Window).cy.getElementById(id).nonempty(), entity.id)).toBe(true);
    const drawn = await page.evaluate((id) => {
      const cy = (window as unknown as Window).cy;
      return { metas: cy.nodes('.meta').length, entities: cy.nodes().length, relations: cy.getElementById(id).connectedEdges().length };
    }, entity.id);
    expect(drawn.metas).toBe(0);
    expect(drawn.entities).toBeGreaterThan(10);
    expect(drawn.relations).toBeGreaterThan(0);
  });
}
