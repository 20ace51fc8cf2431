import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { openExplorer, seedGraph, settled } from './helpers';

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const degree = new Map<string, number>();
for (const e of seedGraph.edges) {
  degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
  degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
}
/** The three most connected entities of the article graph. */
const HUBS = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([id]) => id);

/** Screen geometry read from the canvas: entity boxes and drawn label sizes. */
async function geometry(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    return {
      width: cy.width(),
      height: cy.height(),
      nodes: cy.nodes().filter((n) => n.visible()).map((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        const labelShown = String(n.style('label')) !== '' && Number(n.style('text-opacity')) > 0;
        return { id: n.id(), x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2, labelShown, labelPx: parseFloat(String(n.style('font-size'))) * cy.zoom() };
      }),
    };
  });
}

for (const vp of VIEWPORTS) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`${lang} at ${vp.width}x${vp.height}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height } });

      test('opens with every entity inside the canvas and the hubs labelled at 11 px or more', async ({ page }) => {
        await openExplorer(page, { lang });
        await settled(page);
        const g = await geometry(page);
        expect(g.nodes.length).toBe(seedGraph.nodes.length);
        for (const n of g.nodes) {
          expect(n.x1, `${n.id} left`).toBeGreaterThanOrEqual(0);
          expect(n.y1, `${n.id} top`).toBeGreaterThanOrEqual(0);
          expect(n.x2, `${n.id} right`).toBeLessThanOrEqual(g.width);
          expect(n.y2, `${n.id} bottom`).toBeLessThanOrEqual(g.height);
        }
        for (const id of HUBS) {
          const n = g.nodes.find((x) => x.id === id)!;
          expect(n.labelShown, `${id} label shown`).toBe(true);
          expect(n.labelPx, `${id} label size`).toBeGreaterThanOrEqual(11);
        }
        // Every label drawn is readable; the ones left out wait for zoom.
        for (const n of g.nodes.filter((x) => x.labelShown)) expect(n.labelPx, n.id).toBeGreaterThanOrEqual(10.99);
        // No two entities overlap.
        for (const a of g.nodes)
          for (const b of g.nodes) {
            if (a.id >= b.id) continue;
            const overlap = a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
            expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
          }
        // Zooming in shows labels that waited.
        const before = g.nodes.filter((x) => x.labelShown).length;
        await page.evaluate(() => {
          const cy = (window as unknown as { cy: Core }).cy;
          cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        });
        await settled(page);
        const zoomed = await geometry(page);
        const inView = zoomed.nodes.filter((n) => n.x1 >= 0 && n.y1 >= 0 && n.x2 <= zoomed.width && n.y2 <= zoomed.height);
        expect(inView.filter((n) => n.labelShown).length / inView.length).toBeGreaterThan(before / g.nodes.length);
      });

      test('a selection from search comes into view with its details, and a relation shows both ends', async ({ page }) => {
        await openExplorer(page, { lang });
        await settled(page);
        // Move the view away so the entity is off screen.
        await page.evaluate(() => {
          const cy = (window as unknown as { cy: Core }).cy;
          cy.zoom(2);
          cy.pan({ x: -5000, y: -5000 });
        });
        const zelensky = seedGraph.nodes.find((n) => n.id === 'zelensky')!;
        const search = page.getByRole('combobox', { name: lang === 'en' ? 'Search entities and sentences' : 'ابحث في الكيانات والجمل' });
        await search.fill(zelensky.label[lang]);
        await search.press('Enter');
        const details = page.getByRole('complementary', { name: lang === 'en' ? 'Details' : /التفاصيل/ });
        await expect(details.getByRole('heading', { level: 2, name: zelensky.label[lang] })).toBeVisible();
        // The view moves to it (animated); the reader sees it once the move ends.
        const where = () =>
          page.evaluate(() => {
            const cy = (window as unknown as { cy: Core }).cy;
            const bb = cy.getElementById('zelensky').renderedBoundingBox({ includeLabels: false });
            const c = cy.container()!.getBoundingClientRect();
            const sheetTop = document.getElementById('side-panel')!.getBoundingClientRect().top;
            return { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2, top: c.top, w: cy.width(), h: cy.height(), sheetTop };
          });
        const inView = (box: Awaited<ReturnType<typeof where>>) =>
          box.x1 >= 0 &&
          box.x2 <= box.w &&
          box.y1 >= 0 &&
          // Not under the details sheet where it covers the canvas (phones).
          box.top + box.y2 <= Math.min(box.top + box.h, vp.width < 700 ? box.sheetTop : Infinity);
        await expect.poll(async () => inView(await where()), { timeout: 10_000 }).toBe(true);
        await settled(page);
        const box = await where();
        expect(box.x1).toBeGreaterThanOrEqual(0);
        expect(box.x2).toBeLessThanOrEqual(box.w);
        expect(box.y1).toBeGreaterThanOrEqual(0);
        expect(box.top + box.y2).toBeLessThanOrEqual(Math.min(box.top + box.h, vp.width < 700 ? box.sheetTop : Infinity));

        // A shared link to a relation: its details show without a click, both ends in view.
        const edge = seedGraph.edges.find((e) => e.source === 'putin' && e.target === 'zelensky') ?? seedGraph.edges.find((e) => e.source === 'putin')!;
        await page.goto('about:blank');
        await page.goto(`/#sel=e:${edge.id}`);
        await page.waitForFunction(() => (window as unknown as { cy?: Core }).cy !== undefined);
        const source = seedGraph.nodes.find((n) => n.id === edge.source)!;
        await expect(details.getByRole('heading', { level: 2 })).toContainText(source.label[lang]);
        const ends = () => page.evaluate(([s, t]) => {
          const cy = (window as unknown as { cy: Core }).cy;
          return [s!, t!].map((id) => {
            const bb = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
            return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
          });
        }, [edge.source, edge.target]);
        await expect.poll(ends, { timeout: 10_000 }).toEqual([true, true]);
        await settled(page);
        expect(await ends()).toEqual([true, true]);
      });
    });
  }
}
