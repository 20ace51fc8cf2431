import { expect, test } from '@playwright/test';
import { clickElement, openExplorer, seedGraph, sentenceText } from './helpers';

const label = (id: string) => seedGraph.nodes.find((n) => n.id === id)!.label;

test.describe('Arabic and English', () => {
  test('switching language flips dir, the UI strings and the graph labels, and is remembered', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article Graph Explorer');
    expect(await page.evaluate(() => window.cy!.getElementById('putin').data('label'))).toContain(label('putin').en);

    await page.getByRole('button', { name: 'switch interface to Arabic' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مستكشف شبكة المقال');
    await expect(page.getByRole('complementary', { name: 'المرشِّحات' })).toBeVisible();
    const arLabel = await page.evaluate(() => window.cy!.getElementById('putin').data('label') as string);
    // Arabic labels are isolated right-to-left for the canvas.
    expect(arLabel).toBe(`\u2067${label('putin').ar}\u2069`);
    const relation = seedGraph.relationTypes[0]!;
    await expect(page.getByRole('checkbox', { name: relation.label.ar, exact: true })).toBeVisible();

    await page.reload();
    await page.waitForFunction(() => window.cy !== undefined);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'التبديل إلى الواجهة الإنجليزية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('the first visit follows the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-EG' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForFunction(() => window.cy !== undefined);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.close();
  });

  test('the Arabic font ships with the app and is loaded before the graph is drawn', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => {
      if (/\.woff2?$/.test(r.url())) fontRequests.push(r.url());
    });
    await openExplorer(page, { lang: 'ar' });
    expect(fontRequests.every((u) => u.startsWith('http://127.0.0.1'))).toBe(true);
    expect(fontRequests.some((u) => u.includes('noto-sans-arabic-arabic-400'))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'بوتين'))).toBe(true);
    expect(await page.evaluate(() => window.cy!.nodes()[0]!.style('font-family') as string)).toContain('Noto Sans Arabic');
  });

  test('in Arabic the details panel reads right to left with the source sentence verbatim', async ({ page }) => {
    await openExplorer(page, { lang: 'ar' });
    await clickElement(page, 'zelensky');
    const details = page.getByRole('complementary', { name: 'التفاصيل' });
    await expect(details.getByRole('heading', { level: 2, name: label('zelensky').ar })).toBeVisible();
    const mention = seedGraph.nodes.find((n) => n.id === 'zelensky')!.mentions[0]!;
    const quote = details.locator(`[data-sentence="${mention.sentence}"] blockquote`);
    await expect(quote).toHaveText(sentenceText(seedGraph, mention.sentence));
    await expect(quote.locator('[dir="rtl"]')).toHaveCount(1);
    const box = (await details.boundingBox())!;
    // Mirrored: the side panel sits on the left in Arabic.
    expect(box.x).toBeLessThan(200);
  });
});

test.describe('keyboard', () => {
  test('a keyboard-only walk selects an entity in the list and reads its source sentence', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.locator('body').press('v');
    const list = page.getByRole('region', { name: 'Graph as a list' });
    await expect(list).toBeVisible();
    const target = list.getByRole('button', { name: label('zelensky').en, exact: true });
    let reached = false;
    for (let i = 0; i < 250 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab reaches the entity in the list').toBe(true);
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2, name: label('zelensky').en })).toBeVisible();
    const mention = seedGraph.nodes.find((n) => n.id === 'zelensky')!.mentions[0]!;
    await expect(details.locator(`[data-sentence="${mention.sentence}"] blockquote`)).toHaveText(sentenceText(seedGraph, mention.sentence));
    await expect(target).toHaveAttribute('aria-current', 'true');
    // Selection made in the list shows on the canvas too.
    expect(await page.evaluate(() => window.cy!.getElementById('zelensky').hasClass('selected'))).toBe(true);
  });

  test('shortcuts: / focuses search, arrows walk to neighbours, Esc clears, F fits, ? opens help', async ({ page }) => {
    await openExplorer(page, { lang: 'en' });
    await page.locator('body').press('/');
    await expect(page.getByRole('combobox', { name: 'Search entities and sentences' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await page.evaluate(() => {
      window.cy!.getElementById('putin').emit('tap');
    });
    const neighbours = new Set(seedGraph.edges.flatMap((e) => (e.source === 'putin' ? [e.target] : e.target === 'putin' ? [e.source] : [])));
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => window.cy!.$('node.selected').id());
    expect(neighbours.has(first)).toBe(true);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => window.cy!.$('node.selected').id());
    expect(neighbours.has(second) && second !== first).toBe(true);
    await expect(page.getByTestId('announcer')).toContainText(label(second).en);

    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.cy!.$('.selected').length)).toBe(0);

    await page.evaluate(() => {
      window.cy!.zoom(3);
    });
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeLessThan(1);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });
});
