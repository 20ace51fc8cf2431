import { expect, test, type Route } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';

/**
 * The canvas (Cytoscape) and the panels are chunks of their own, downloaded after the
 * first script. While one downloads its place says so; if its download fails the part
 * says what happened in the user's language, the rest of the page works, and "Try again"
 * downloads it again.
 */

const CANVAS_CHUNK = /\/assets\/GraphView-[^/?]*\.js(\?.*)?$/;
const nodes = seedGraph.nodes.length;

test.describe('lazy chunks', () => {
  test('a canvas chunk that fails to download gives a clear message in English; the header and filters stay; Try again draws the graph', async ({ page }) => {
    let abort = true;
    await page.route(CANVAS_CHUNK, (route) => (abort ? route.abort('internetdisconnected') : route.continue()));
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
    await page.goto('/');

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'This part of the app could not be loaded' })).toBeVisible();
    await expect(alert).toContainText('Check the connection, then try again');
    await expect(page.getByRole('application')).toHaveCount(0);
    // The rest of the page is there and answers.
    await expect(page.getByRole('heading', { level: 1, name: 'Article Graph Explorer' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox').first()).toBeVisible();

    abort = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`${nodes} entities`));
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  });

  test('in Arabic, a canvas chunk that fails to download says so in Arabic', async ({ page }) => {
    await page.route(CANVAS_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'ar'));
    await page.goto('/');

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'تعذّر تحميل هذا الجزء من التطبيق' })).toBeVisible();
    await expect(alert).toContainText('تحقّق من الاتصال ثم حاول مجددًا');
    await expect(alert.getByRole('button', { name: 'حاول مجددًا' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'مستكشف شبكة المقال' })).toBeVisible();
  });

  test('while the canvas chunk downloads, its place shows a labelled loading state, then the graph', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(CANVAS_CHUNK, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
    await page.goto('/');
    const loading = page.getByRole('main').getByRole('status').filter({ hasText: 'Loading graph…' });
    await expect(loading).toBeVisible();
    // The rest of the page is drawn meanwhile.
    await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox').first()).toBeVisible();
    release();
    await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`${nodes} entities`));
    await expect(loading).toHaveCount(0);
  });

  test('a side panel chunk that fails to download is reported in the side panel; the canvas keeps working', async ({ page }) => {
    await page.route(/\/assets\/DetailsPanel-[^/?]*\.js(\?.*)?$/, (route) => route.abort('internetdisconnected'));
    await openExplorer(page, { lang: 'en' });
    const side = page.getByRole('complementary', { name: 'Details' });
    await expect(side.getByRole('alert').getByRole('heading', { name: 'This part of the app could not be loaded' })).toBeVisible();
    await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`${nodes} entities`));
  });
});
