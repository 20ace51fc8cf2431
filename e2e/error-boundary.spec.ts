import { expect, test } from '@playwright/test';
import { seedGraph } from './helpers';

/**
 * A part of the page that fails to draw says so in the user's language and leaves the
 * rest working. `?crash=<part>` (app/shared/ui/crash-probe.ts) makes that part throw
 * while rendering, in the production build, until its "Try again" is pressed.
 */

const nodes = seedGraph.nodes.length;
const edges = seedGraph.edges.length;

test.describe('error boundaries', () => {
  test('a side panel that fails to draw is reported there; the canvas and filters keep working; Try again restores it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
    await page.goto('/?crash=side');

    const side = page.getByRole('complementary', { name: 'Details' });
    const alert = side.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Something went wrong while drawing this view' })).toBeVisible();
    await expect(alert).toContainText('The side panel failed to draw.');
    await expect(alert).toContainText('Forced render error');
    await expect(side.getByRole('tab', { name: 'Details' })).toHaveCount(0);

    // The rest of the page is there and answers.
    await expect(page.getByRole('heading', { level: 1, name: 'Article Graph Explorer' })).toBeVisible();
    const canvas = page.getByRole('application');
    await expect(canvas).toHaveAccessibleName(new RegExp(`${nodes} entities and ${edges} relations`));
    const filters = page.getByRole('complementary', { name: 'Filters' });
    const firstType = seedGraph.relationTypes.find((r) => seedGraph.edges.some((e) => e.type === r.id))!;
    const hiddenCount = seedGraph.edges.filter((e) => e.type === firstType.id).length;
    await filters.getByRole('checkbox', { name: firstType.label.en, exact: true }).uncheck();
    await expect(canvas).toHaveAccessibleName(new RegExp(`and ${edges - hiddenCount} relations? shown`));

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(side.getByRole('alert')).toHaveCount(0);
    await expect(side.getByRole('tab', { name: 'Details' })).toBeVisible();
    // The filter chosen meanwhile is kept.
    await expect(canvas).toHaveAccessibleName(new RegExp(`and ${edges - hiddenCount} relations? shown`));
    // Thrown during render and caught by the boundary: nothing reaches the page as uncaught.
    expect(errors).toEqual([]);
  });

  test('in Arabic, a canvas that fails to draw says so in Arabic; the list view still works; Try again draws the graph', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'ar'));
    await page.goto('/?crash=canvas');

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'حدث خطأ أثناء رسم هذا العرض' })).toBeVisible();
    await expect(alert).toContainText('تعذّر رسم لوحة الشبكة.');
    await expect(page.getByRole('application')).toHaveCount(0);

    await page.getByRole('button', { name: 'القائمة' }).click();
    const list = page.getByRole('region', { name: 'الشبكة على هيئة قائمة' });
    await expect(list.getByText(seedGraph.nodes[0]!.label.ar, { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'الشبكة', exact: true }).click();

    await alert.getByRole('button', { name: 'حاول مجددًا' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('application')).toBeVisible();
    await page.waitForFunction((count) => window.cy?.nodes().length === count, nodes);
  });

  test('load errors and counts read in Arabic', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'ar'));
    await page.route((url) => url.pathname === '/test-graphs/missing.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/?graph=/test-graphs/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'تعذّر تحميل الشبكة' })).toBeVisible();
    // The reader's sentence says "not found"; the technical English reason waits behind Details.
    await expect(alert).toContainText('لا يوجد ملف شبكة في /test-graphs/missing.json: لم يُعثر على العنوان.');
    const technical = alert.getByText('Could not fetch /test-graphs/missing.json: HTTP 404');
    await expect(technical).toBeHidden();
    await alert.getByText('التفاصيل', { exact: true }).click();
    await expect(technical).toBeVisible();

    // Counts follow Arabic's plural forms (the dual, 3–10, 11–99, 100+), not "(s)".
    await alert.getByRole('button', { name: 'حمّل الشبكة المرفقة' }).click();
    const arabic = new Intl.PluralRules('ar');
    const entities = { zero: '# كيان', one: 'كيان واحد', two: 'كيانان', few: '# كيانات', many: '# كيانًا', other: '# كيان' };
    const relations = { zero: '# علاقة', one: 'علاقة واحدة', two: 'علاقتان', few: '# علاقات', many: '# علاقة', other: '# علاقة' };
    const phrase = (forms: Record<Intl.LDMLPluralRule, string>, n: number) => forms[arabic.select(n)].replace('#', String(n));
    await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`تُعرض ${phrase(entities, nodes)} و${phrase(relations, edges)}\\.`));
  });
});
