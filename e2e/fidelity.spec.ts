import { expect, test } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';

test.describe('what the graph claims, and on whose word', () => {
  test('an inferred relation says so in the details panel and is dotted on the canvas', async ({ page }) => {
    const inferred = seedGraph.edges.find((e) => e.inferred)!;
    await openExplorer(page, { lang: 'en', query: `#sel=e:${inferred.id}` });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByText('Basis', { exact: true })).toBeVisible();
    await expect(details.getByText('Inferred from the text, not stated in it (see the note)')).toBeVisible();
    await expect(details.getByText('Claim attributed to')).toHaveCount(0);
    const styles = await page.evaluate((id) => {
      const cy = window.cy!;
      const stated = cy.edges().filter((e) => !e.hasClass('inferred') && e.hasClass('directed'))[0]!;
      return { inferred: cy.getElementById(id).style('line-style'), stated: stated.style('line-style') };
    }, inferred.id);
    expect(styles).toEqual({ inferred: 'dotted', stated: 'solid' });
  });

  test("a condition for negotiations names whose condition it is, never the article's", async ({ page }) => {
    await openExplorer(page, { lang: 'en', query: '#sel=e:territorial-integrity-condition-for-negotiations' });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('button', { name: 'Volodymyr Zelensky', exact: true })).toBeVisible();
    await expect(details.getByText('Stated by the article')).toHaveCount(0);
  });

  for (const lang of ['ar', 'en'] as const) {
    test(`${lang}: every relation-type filter has a name of its own`, async ({ page }) => {
      await openExplorer(page, { lang });
      const filters = page.getByRole('complementary', { name: lang === 'en' ? 'Filters' : 'المرشِّحات' });
      const names = await filters.getByRole('group').getByRole('checkbox').evaluateAll((boxes) =>
        // The checkbox's accessible name is its aria-label (the visible label sits beside its count).
        boxes.filter((b) => b.closest('fieldset')?.hasAttribute('data-category')).map((b) => b.getAttribute('aria-label') ?? ''),
      );
      expect(names).toHaveLength(seedGraph.relationTypes.length);
      expect(new Set(names).size).toBe(names.length);
    });
  }
});
