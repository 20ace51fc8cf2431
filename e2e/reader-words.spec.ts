import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { openExplorer, seedGraph } from './helpers';

/**
 * Words for readers, in Arabic and English: grammatical relation sentences, every quote
 * readable in English, who said what on the speaker, pictures ready to publish, titles
 * instead of file names and load errors as sentences.
 */

const T = {
  en: { picker: 'Graph', about: 'About this article', claims: 'Claims', path: 'Path', show: 'Show English translation', hide: 'Hide English translation', menu: 'Export', dialog: 'Export what you see', publication: 'For publication', exact: 'Exact view', svg: 'SVG vector image', png: 'PNG image', attributed: 'Attributed to', details: 'Details' },
  ar: { picker: 'الشبكة', about: 'عن هذا المقال', claims: 'المواقف', path: 'المسار', show: 'أظهر الترجمة الإنجليزية', hide: 'أخفِ الترجمة الإنجليزية', menu: 'تصدير', dialog: 'تصدير ما تراه', publication: 'للنشر', exact: 'العرض كما هو', svg: 'صورة متجهية SVG', png: 'صورة PNG', attributed: 'منسوبة إلى', details: 'التفاصيل' },
} as const;

const sentence = (id: string) => seedGraph.article.sentences.find((s) => s.id === id)!;
const label = (id: string) => seedGraph.nodes.find((n) => n.id === id)!.label;

async function download(page: Page, lang: 'en' | 'ar', item: string, publication: boolean): Promise<Buffer> {
  await page.getByRole('button', { name: T[lang].menu, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: T[lang].dialog });
  await dialog.getByRole('radio', { name: publication ? T[lang].publication : T[lang].exact }).check();
  const got: Download[] = [];
  const onDownload = (d: Download) => got.push(d);
  page.on('download', onDownload);
  await dialog.getByRole('button', { name: item, exact: true }).click();
  await expect.poll(() => got.length, { timeout: 30_000 }).toBe(1);
  page.off('download', onDownload);
  return readFileSync((await got[0]!.path())!);
}

for (const lang of ['en', 'ar'] as const) {
  const other = lang === 'en' ? 'ar' : 'en';

  test.describe(`reader words (${lang})`, () => {
    test('the picker and the header name the article by its title, and "About this article" says where it comes from', async ({ page }) => {
      await openExplorer(page, { lang });
      const picker = page.getByRole('combobox', { name: T[lang].picker });
      await expect(picker.locator('option:checked')).toHaveText(seedGraph.article.title[lang]);
      await expect(page.getByRole('banner')).toContainText(seedGraph.article.title[lang]);
      await expect(page.getByRole('banner')).not.toContainText(seedGraph.article.title[other]);
      const about = page.getByRole('group').filter({ has: page.getByText(T[lang].about, { exact: true }) });
      await page.getByText(T[lang].about, { exact: true }).click();
      await expect(about).toContainText(
        lang === 'en' ? 'The Arabic text is itself a machine translation from English.' : 'نص المقال باللغة العربية هو نفسه ترجمة آلية عن الإنجليزية.',
      );
      await expect(about).toContainText(lang === 'en' ? 'The source names neither the outlet nor the date.' : 'لا يذكر المصدر الناشر ولا تاريخ النشر.');
    });

    test('on a 390x844 phone, "About this article" opens inside the screen', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openExplorer(page, { lang });
      await page.getByText(T[lang].about, { exact: true }).click();
      const body = page.getByText(lang === 'en' ? 'The Arabic text is itself a machine translation from English.' : 'نص المقال باللغة العربية هو نفسه ترجمة آلية عن الإنجليزية.');
      await expect(body).toBeVisible();
      const box = (await body.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    });

    test('a missing graph says "not found" in the reader\'s language, the technical reason behind Details', async ({ page }) => {
      await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
      // The preview server answers an unknown path with the app's own page, status 200.
      await page.goto('/?graph=/no-such-graph.json');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(lang === 'en' ? 'There is no graph file at /no-such-graph.json: the address was not found.' : 'لا يوجد ملف شبكة في /no-such-graph.json: لم يُعثر على العنوان.');
      await expect(alert).not.toContainText('Unexpected token');
      const technical = alert.getByText(/web page/);
      await expect(technical).toBeHidden();
      await alert.getByText(T[lang].details, { exact: true }).click();
      await expect(technical).toBeVisible();
    });

    test('the validator\'s problems read as sentences, their paths behind Details', async ({ page }) => {
      const broken = structuredClone(seedGraph);
      broken.edges[3]!.target = 'nobody';
      await page.route((url) => url.pathname === '/test-graphs/invalid.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
      await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
      await page.goto('/?graph=/test-graphs/invalid.json');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('listitem').first()).toHaveText(lang === 'en' ? 'Relation 4: the entity “nobody” is not in the graph.' : 'العلاقة 4: الكيان «nobody» غير موجود في الشبكة.');
      await expect(alert.getByText('$.edges[3].target')).toBeHidden();
      await alert.getByText(T[lang].details, { exact: true }).click();
      await expect(alert.getByText('$.edges[3].target')).toBeVisible();
    });

    test('relation sentences agree with their subject, in the details, the Claims tab and accessible names', async ({ page }) => {
      await openExplorer(page, { lang, query: '#sel=n:russia' });
      const allied = lang === 'en' ? 'Russia is allied with China' : 'روسيا حليفة للصين';
      await expect(page.getByRole('button', { name: allied, exact: true })).toBeVisible();
      await page.getByRole('button', { name: allied, exact: true }).click();
      await expect(page.getByRole('heading', { name: allied, exact: true })).toBeVisible();
      await page.getByRole('tab', { name: T[lang].claims }).click();
      const plan = lang === 'en' ? 'Chinese peace plan aims to prevent Escalation of tension' : 'خطة السلام الصينية تهدف إلى منع تصعيد التوتر';
      await expect(page.getByRole('button', { name: plan, exact: true })).toBeVisible();
      if (lang === 'ar') await expect(page.getByRole('tabpanel')).not.toContainText('الصين يتخذ');
    });

    test('the Claims and Path tabs show each quote\'s English translation, open by default in English', async ({ page }) => {
      await openExplorer(page, { lang });
      await page.getByRole('tab', { name: T[lang].claims }).click();
      const panel = page.getByRole('tabpanel');
      const zelensky = panel.getByRole('region', { name: new RegExp(label('zelensky')[lang]) }).first();
      const conditions = sentence(seedGraph.edges.find((e) => e.attributedTo === 'zelensky')!.evidence[0]!.sentence).en;
      const translation = zelensky.getByText(conditions, { exact: true });
      if (lang === 'en') {
        await expect(translation).toBeVisible();
      } else {
        await expect(translation).toBeHidden();
        await zelensky.getByRole('button', { name: T[lang].show }).click();
        await expect(translation).toBeVisible();
        await expect(zelensky.getByRole('button', { name: T[lang].hide })).toBeVisible();
      }

      await page.getByRole('tab', { name: T[lang].path }).click();
      const pathPanel = page.getByRole('tabpanel');
      await pathPanel.getByRole('combobox', { name: lang === 'en' ? 'From' : 'من' }).selectOption('putin');
      await pathPanel.getByRole('combobox', { name: lang === 'en' ? 'To' : 'إلى' }).selectOption('china');
      const visit = sentence(seedGraph.edges.find((e) => e.id === 'putin-visits-china')!.evidence[0]!.sentence).en;
      const pathTranslation = pathPanel.getByText(visit, { exact: true }).first();
      if (lang === 'en') await expect(pathTranslation).toBeVisible();
      else {
        await expect(pathTranslation).toBeHidden();
        await pathPanel.getByRole('button', { name: T[lang].show }).first().click();
        await expect(pathTranslation).toBeVisible();
      }
    });

    test('an actor\'s details list the claims attributed to them, and filtering by the speaker keeps the speaker lit', async ({ page }) => {
      await openExplorer(page, { lang, query: '#sel=n:putin' });
      const own = seedGraph.edges.filter((e) => e.attributedTo === 'putin');
      const heading = lang === 'en' ? `Claims attributed to ${label('putin').en} (${own.length})` : `ادعاءات منسوبة إلى ${label('putin').ar} (${own.length})`;
      const section = page.getByRole('region', { name: heading });
      await expect(section).toBeVisible();
      await expect(section.getByRole('listitem')).toHaveCount(own.length);
      await expect(section).toContainText(lang === 'en' ? 'Chinese peace plan could provide Peaceful settlement of the conflict' : 'خطة السلام الصينية يمكن أن توفر تسوية سلمية للصراع');

      await page.getByRole('combobox', { name: T[lang].attributed }).selectOption('putin');
      await expect
        .poll(() => page.evaluate(() => {
          const putin = window.cy!.getElementById('putin');
          return { visible: putin.visible(), faded: putin.hasClass('faded') };
        }))
        .toEqual({ visible: true, faded: false });
    });

    test('the SVG for publication: title, legend, source line, relation labels, light background, only what is lit', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.addInitScript(() => window.localStorage.setItem('age.theme', 'dark'));
      await openExplorer(page, { lang });
      // Only what Putin is said to claim: the rest would be faded on the canvas.
      await page.getByRole('combobox', { name: T[lang].attributed }).selectOption('putin');
      const svg = (await download(page, lang, T[lang].svg, true)).toString('utf8');
      const doc = await page.evaluate((text) => {
        const d = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          title: d.querySelector('text.title')?.textContent,
          source: d.querySelector('text.source')?.textContent,
          edgeLabels: [...d.querySelectorAll('text.edge-label')].map((t) => t.textContent),
          nodes: [...d.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')),
          ghosts: d.querySelectorAll('g.node[opacity]').length,
          background: d.querySelector('svg > rect')?.getAttribute('fill'),
          legend: [...d.querySelectorAll('g.legend text')].length,
        };
      }, svg);
      expect(doc.title).toBe(seedGraph.article.title[lang]);
      expect(doc.source).toBe(lang === 'en' ? 'Source: outlet and date not given · machine-translated from English' : 'المصدر: الناشر والتاريخ غير مذكورين · ترجمة آلية عن الإنجليزية');
      const own = seedGraph.edges.filter((e) => e.attributedTo === 'putin');
      expect(doc.edgeLabels).toHaveLength(own.length);
      const lit = new Set(own.flatMap((e) => [e.source, e.target, 'putin']));
      expect(new Set(doc.nodes)).toEqual(lit);
      expect(doc.ghosts).toBe(0);
      expect(doc.background).toBe('#ffffff');
      expect(doc.legend).toBeGreaterThan(2);
      if (lang === 'ar') expect(doc.edgeLabels).toContain('يُؤمَل أن تعالج');

      // The exact view stays available: the same menu, its own background and every entity.
      await page.getByRole('combobox', { name: T[lang].attributed }).selectOption('');
      const exact = (await download(page, lang, T[lang].svg, false)).toString('utf8');
      expect(exact).not.toContain('class="source"');
      expect((exact.match(/class="node"/g) ?? []).length).toBe(seedGraph.nodes.length);
    });

    test('the PNG for publication: the SVG\'s layout at the chosen scale, light corners in a dark theme', async ({ page }) => {
      await page.addInitScript(() => window.localStorage.setItem('age.theme', 'dark'));
      await openExplorer(page, { lang });
      const png = await download(page, lang, T[lang].png, true);
      if (process.env.SAVE_PNG) writeFileSync(`/tmp/rw/pub-${lang}.png`, png);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      const svg = (await download(page, lang, T[lang].svg, true)).toString('utf8');
      const size = /width="(\d+)" height="(\d+)"/.exec(svg)!;
      // The default scale is 2x.
      expect(width).toBe(Number(size[1]) * 2);
      expect(height).toBe(Number(size[2]) * 2);
      const pixels = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const at = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
        // Ink in the title band: text was drawn, not boxes of nothing.
        const band = ctx.getImageData(0, 0, image.width, 160).data;
        let dark = 0;
        for (let i = 0; i < band.length; i += 4) if (band[i]! < 100 && band[i + 3]! > 200) dark += 1;
        return { corners: [at(2, 2), at(image.width - 3, image.height - 3)], dark };
      }, png.toString('base64'));
      for (const corner of pixels.corners) expect(corner).toEqual([255, 255, 255, 255]);
      expect(pixels.dark).toBeGreaterThan(500);
    });
  });
}
