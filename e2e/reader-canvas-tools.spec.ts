import { expect, test, type Page } from '@playwright/test';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { openExplorer, seedGraph, settled } from './helpers';

const T = {
  en: {
    onlyIn: (c: string) => `Only ${c}`,
    onlyType: (t: string) => `Only “${t}”`,
    refit: 'Frame what is lit after each filter change',
    fit: 'Fit graph to screen',
    filters: 'Filters',
    showLegend: 'Show legend',
    legend: 'Legend',
    more: 'More tools',
    export: /^Export/,
    copyLink: 'Copy link',
    focus: 'Focus on neighbourhood',
    exitFocus: 'Show the whole graph',
    expand: 'Panel size (drag or press to expand)',
    details: 'Details',
  },
  ar: {
    onlyIn: (c: string) => `${c} فقط`,
    onlyType: (t: string) => `«${t}» فقط`,
    refit: 'أعد تأطير الظاهر بعد كل تغيير في المرشِّحات',
    fit: 'ملاءمة الشبكة للشاشة',
    filters: 'المرشِّحات',
    showLegend: 'إظهار دليل الألوان',
    legend: 'دليل الألوان',
    more: 'أدوات أخرى',
    export: /^تصدير/,
    copyLink: 'انسخ الرابط',
    focus: 'التركيز على الجوار',
    exitFocus: 'أظهر الشبكة كاملة',
    expand: 'حجم اللوحة (اسحب أو اضغط للتوسيع)',
    details: 'التفاصيل',
  },
} as const;

const military = seedGraph.categories!.find((c) => c.id === 'military')!;
const militaryTypes = new Set(seedGraph.relationTypes.filter((r) => r.category === 'military').map((r) => r.id));

const visibleEdgeTypes = (page: Page) =>
  page.evaluate(() => [...new Set((window as unknown as { cy: Core }).cy.edges().filter((e) => e.visible()).map((e) => String(e.data('type'))))].sort());

const viewport = (page: Page) => page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }));

for (const vp of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  const phone = vp.width < 700;
  for (const lang of ['en', 'ar'] as const) {
    const t = T[lang];
    test.describe(`${lang} at ${vp.width}x${vp.height}`, () => {
      test.use({ viewport: vp });

      test('Only this for a category and a relation type, folding, Fit frames what is lit, refit setting', async ({ page }) => {
        await openExplorer(page, { lang });
        await settled(page);
        if (phone) await page.getByRole('button', { name: t.filters, exact: true }).click();
        const before = await viewport(page);
        await page.getByRole('button', { name: t.onlyIn(military.label[lang]) }).click();
        await expect.poll(() => visibleEdgeTypes(page)).toEqual([...new Set(seedGraph.edges.filter((e) => militaryTypes.has(e.type)).map((e) => e.type))].sort());
        // The setting is off by default: the view stays where it was.
        await expect(page.getByRole('checkbox', { name: t.refit })).not.toBeChecked();
        await settled(page);
        expect(await viewport(page)).toEqual(before);

        const supplies = seedGraph.relationTypes.find((r) => r.id === 'supplies')!;
        await page.getByRole('button', { name: t.onlyType(supplies.label[lang]) }).click();
        await expect.poll(() => visibleEdgeTypes(page)).toEqual(['supplies']);
        await expect(page.getByRole('checkbox', { name: supplies.label[lang], exact: true })).toBeChecked();

        // A category folds away and back.
        const toggle = page.getByRole('button', { name: military.label[lang], exact: true });
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(page.getByRole('checkbox', { name: supplies.label[lang], exact: true })).toBeHidden();
        await toggle.click();
        await expect(page.getByRole('checkbox', { name: supplies.label[lang], exact: true })).toBeVisible();

        // With the setting on, the next filter change frames what is lit.
        await page.getByRole('checkbox', { name: t.refit }).check();
        const conducts = seedGraph.relationTypes.find((r) => r.id === 'conducts')!;
        await page.getByRole('button', { name: t.onlyType(conducts.label[lang]) }).click();
        // The canvas follows the store a frame later.
        await expect.poll(() => viewport(page)).not.toEqual(before);
        await settled(page);
        const framed = await page.evaluate(() => {
          const cy = window.cy!;
          const lit = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded'));
          const bb = lit.renderedBoundingBox({ includeLabels: false });
          return { w: bb.w, h: bb.h, x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2, cw: cy.width(), ch: cy.height() };
        });
        expect(framed.x1).toBeGreaterThanOrEqual(0);
        expect(framed.x2).toBeLessThanOrEqual(framed.cw);
        expect(framed.y1).toBeGreaterThanOrEqual(0);
        expect(framed.y2).toBeLessThanOrEqual(framed.ch);

        // Fit frames what is lit, not the faded rest.
        await page.evaluate(() => {
          window.cy!.zoom(0.05);
        });
        if (phone) await page.getByRole('button', { name: t.filters, exact: true }).click();
        await page.getByRole('button', { name: t.fit }).click();
        await settled(page);
        const fitted = await page.evaluate(() => {
          const cy = window.cy!;
          const lit = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded'));
          const bb = lit.renderedBoundingBox({ includeLabels: false });
          return { share: Math.max(bb.w / cy.width(), bb.h / cy.height()), inside: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height() };
        });
        expect(fitted.inside).toBe(true);
        expect(fitted.share).toBeGreaterThan(0.4);
      });

      test('relation labels on hover, selection and focus; focus lays out afresh and returns; legend shapes', async ({ page }) => {
        await openExplorer(page, { lang });
        await settled(page);
        const labelled = () =>
          page.evaluate(() => window.cy!.edges().filter((e) => e.visible() && String(e.style('label')) !== '' && Number(e.style('text-opacity')) > 0).map((e) => e.id()));
        expect(await labelled()).toEqual([]);

        if (!phone) {
          // Hover over a relation's midpoint: its label shows, and goes when the pointer leaves.
          const edgeId = await page.evaluate(() => {
            const cy = window.cy!;
            const edge = cy.edges().filter((e) => {
              const m = (e as EdgeSingular).midpoint();
              return cy.nodes().filter((n) => Math.hypot(n.position('x') - m.x, n.position('y') - m.y) < 60).empty() &&
                cy.edges().filter((o) => o.id() !== e.id() && Math.hypot((o as EdgeSingular).midpoint().x - m.x, (o as EdgeSingular).midpoint().y - m.y) < 25).empty();
            })[0]!;
            cy.center(edge);
            return edge.id();
          });
          const point = await page.evaluate((id) => {
            const cy = window.cy!;
            const m = (cy.getElementById(id) as EdgeSingular).renderedMidpoint();
            const box = cy.container()!.getBoundingClientRect();
            return { x: box.left + m.x, y: box.top + m.y };
          }, edgeId);
          await page.mouse.move(point.x, point.y);
          await expect.poll(labelled).toEqual([edgeId]);
          // To an empty corner of the canvas.
          const corner = await page.evaluate(() => {
            const box = window.cy!.container()!.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.bottom - 8 };
          });
          await page.mouse.move(corner.x, corner.y, { steps: 4 });
          await expect.poll(labelled).toEqual([]);
        }

        // Selection: the entity's relations are labelled; focus lays its neighbourhood out on rings.
        const start = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
        await page.goto('about:blank');
        await page.goto('/#sel=n:putin');
        await page.waitForFunction(() => window.cy !== undefined);
        const putinEdges = seedGraph.edges.filter((e) => e.source === 'putin' || e.target === 'putin').map((e) => e.id).sort();
        await expect.poll(async () => (await labelled()).sort()).toEqual(putinEdges);
        await page.getByRole('button', { name: t.focus }).click();
        await settled(page);
        const ring = await page.evaluate(() => {
          const cy = window.cy!;
          const c = cy.getElementById('putin').position();
          return cy.nodes().filter((n) => n.visible() && n.id() !== 'putin').map((n) => Math.hypot((n as NodeSingular).position().x - c.x, (n as NodeSingular).position().y - c.y));
        });
        expect(ring.length).toBeGreaterThan(3);
        for (const d of ring) expect(d).toBeCloseTo(ring[0]!, 0);
        const focusEdges = await page.evaluate(() => window.cy!.edges().filter((e) => e.visible()).map((e) => e.id()).sort());
        await expect.poll(async () => (await labelled()).sort()).toEqual(focusEdges);
        // Leaving focus: every entity back where it was.
        if (phone) await page.keyboard.press('Escape');
        await page.getByRole('button', { name: t.exitFocus }).click();
        await settled(page);
        const back = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
        for (const [id, p] of Object.entries(start)) {
          expect(back[id]!.x, id).toBeCloseTo(p.x, 0);
          expect(back[id]!.y, id).toBeCloseTo(p.y, 0);
        }

        // The legend: drawn shapes (no font characters), and under a third of the canvas.
        await page.getByRole('button', { name: t.showLegend }).click();
        const legend = page.getByRole('region', { name: t.legend });
        const used = new Set(seedGraph.nodes.map((n) => n.type));
        await expect(legend.locator('svg.legend__shape')).toHaveCount(used.size);
        await expect(legend.locator('li').first()).not.toContainText(/[●■◆▲⬢⯁★▮▼⯃▰]/);
        const areas = await page.evaluate(() => {
          const l = document.querySelector('.legend')!.getBoundingClientRect();
          const c = window.cy!.container()!.getBoundingClientRect();
          return (l.width * l.height) / (c.width * c.height);
        });
        expect(areas).toBeLessThan(1 / 3);
      });
    });
  }
}

for (const lang of ['en', 'ar'] as const) {
  const t = T[lang];
  for (const vp of [
    { name: 'phone', width: 390, height: 844 },
    // 200 % page zoom on a 1440x900 window lays the page out at 720x450 CSS pixels.
    { name: '200% zoom', width: 720, height: 450 },
  ]) {
    test.describe(`${lang} on ${vp.name}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height } });

      test('the header stays under 15 % of the height, secondary tools in More tools, Export inside the screen', async ({ page }) => {
        await openExplorer(page, { lang });
        const header = await page.getByRole('banner').boundingBox();
        expect(header!.height / vp.height).toBeLessThanOrEqual(0.15);
        await expect(page.getByRole('button', { name: t.copyLink })).toBeHidden();
        await page.getByRole('button', { name: t.more }).click();
        await expect(page.getByRole('button', { name: t.copyLink })).toBeVisible();
        await page.getByRole('button', { name: t.export }).click();
        const panel = page.getByRole('dialog').or(page.locator('.export-menu__panel')).first();
        await expect(panel).toBeVisible();
        const box = (await panel.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5);
        // A bottom sheet: along the bottom edge of the screen.
        expect(Math.abs(box.y + box.height - vp.height)).toBeLessThan(2);
      });

      test('the details sheet drags between peek and full and never hides the selection', async ({ page }) => {
        await openExplorer(page, { lang, query: '#sel=n:zelensky' });
        const sheet = page.getByRole('complementary', { name: t.details });
        await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
        const selectionAbove = async () => {
          await settled(page);
          return page.evaluate(() => {
            const cy = window.cy!;
            const bb = cy.getElementById('zelensky').renderedBoundingBox({ includeLabels: false });
            const c = cy.container()!.getBoundingClientRect();
            const s = document.getElementById('side-panel')!.getBoundingClientRect();
            return c.top + bb.y1 >= c.top && c.top + bb.y2 <= s.top && bb.x1 >= 0 && bb.x2 <= cy.width();
          });
        };
        const peek = (await sheet.boundingBox())!.height;
        // The canvas follows the sheet a frame later.
        await expect.poll(selectionAbove).toBe(true);
        const handle = page.getByRole('button', { name: t.expand });
        const h = (await handle.boundingBox())!;
        await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
        await page.mouse.down();
        await page.mouse.move(h.x + h.width / 2, h.y - 120, { steps: 5 });
        await page.mouse.up();
        await expect(handle).toHaveAttribute('aria-expanded', 'true');
        await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(peek + 40);
        // The canvas follows the sheet a frame later.
        await expect.poll(selectionAbove).toBe(true);
        // Dragged down: back to the peek.
        const h2 = (await handle.boundingBox())!;
        await page.mouse.move(h2.x + h2.width / 2, h2.y + h2.height / 2);
        await page.mouse.down();
        await page.mouse.move(h2.x + h2.width / 2, h2.y + 120, { steps: 5 });
        await page.mouse.up();
        await expect(handle).toHaveAttribute('aria-expanded', 'false');
        await expect.poll(async () => Math.round((await sheet.boundingBox())!.height)).toBe(Math.round(peek));
      });
    });
  }
}
