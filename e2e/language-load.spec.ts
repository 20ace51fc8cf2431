import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers';

/**
 * Each language's dictionary is a chunk of its own: the page downloads only the reader's
 * one before its first frame (so nothing is ever drawn in the other language), and the
 * other one when the reader switches. A switch whose download fails says so and keeps
 * the page in its language; trying again switches.
 */

const DICTIONARY = { en: /\/assets\/en-[^/?]*\.js(\?.*)?$/, ar: /\/assets\/ar-[^/?]*\.js(\?.*)?$/ } as const;

const words = {
  en: { title: 'Article Graph Explorer', switchTo: 'العربية: switch interface to Arabic', failed: /^العربية \(Arabic\) could not be downloaded, so the page stays in English\./, dismiss: 'Dismiss' },
  ar: { title: 'مستكشف شبكة المقال', switchTo: 'English: التبديل إلى الواجهة الإنجليزية', failed: /^تعذّر تنزيل English \(الإنجليزية\)، فبقيت الصفحة بالعربية\./, dismiss: 'إغلاق' },
} as const;

for (const lang of ['en', 'ar'] as const) {
  const other = lang === 'en' ? 'ar' : 'en';

  test(`the first frame is in the reader's language, and only its dictionary is downloaded (${lang})`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      for (const l of ['en', 'ar'] as const) if (DICTIONARY[l].test(r.url())) fetched.push(l);
    });
    // The page's heading as first drawn, whatever changes after.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (!h1?.textContent) return;
        (window as unknown as { firstTitle: string }).firstTitle = `${document.documentElement.lang}|${document.documentElement.dir}|${h1.textContent}`;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await openExplorer(page, { lang });
    expect(await page.evaluate(() => (window as unknown as { firstTitle: string }).firstTitle)).toBe(`${lang}|${lang === 'ar' ? 'rtl' : 'ltr'}|${words[lang].title}`);
    expect(fetched).toEqual([lang]);
    await expect(page).toHaveTitle(words[lang].title);
  });

  test(`switching to a language whose dictionary cannot be downloaded keeps the page and says why; trying again switches (${lang})`, async ({ page }) => {
    let abort = true;
    await page.route(DICTIONARY[other], (route) => (abort ? route.abort('internetdisconnected') : route.continue()));
    await openExplorer(page, { lang });
    const w = words[lang];
    await page.getByRole('button', { name: w.switchTo }).click();
    const alert = page.getByRole('alert').filter({ hasText: w.failed });
    await expect(alert).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await alert.getByRole('button', { name: w.dismiss }).click();
    await expect(alert).toHaveCount(0);

    // The keyboard shortcut goes the same way.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('l');
    await expect(page.getByRole('alert').filter({ hasText: w.failed })).toBeVisible();

    abort = false;
    await page.getByRole('button', { name: w.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('html')).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1, name: words[other].title })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: w.failed })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`[#&]lang=${other}`));
  });
}
