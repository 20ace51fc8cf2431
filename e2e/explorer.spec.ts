import { expect, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { edgePhrase, indexGraph } from '../app/domain/graph-index';
import { clearEdge, clickElement, openExplorer, seedGraph, sentenceText, settled } from './helpers';

test.describe('the explorer on the article graph', () => {
  test('draws every entity and relation of the graph file', async ({ page }) => {
    await openExplorer(page);
    const counts = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));
    expect(counts).toEqual({ nodes: seedGraph.nodes.length, edges: seedGraph.edges.length });
    const canvas = page.getByRole('application', { name: /Knowledge graph/ });
    await expect(canvas).toHaveAccessibleName(new RegExp(`${seedGraph.nodes.length} entities and ${seedGraph.edges.length} relations`));
    // Element ids on the canvas are the file's ids.
    const ids = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort());
    expect(ids).toEqual(seedGraph.nodes.map((n) => n.id).sort());
  });

  test('clicking a node shows its labels, relations and verbatim source sentences', async ({ page }) => {
    await openExplorer(page);
    const node = seedGraph.nodes.find((n) => n.id === 'zelensky')!;
    await clickElement(page, node.id);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2, name: node.label.en })).toBeVisible();
    await expect(details.getByText(node.label.ar, { exact: true })).toBeVisible();
    const relationCount = seedGraph.edges.filter((e) => e.source === node.id || e.target === node.id).length;
    await expect(details.getByRole('heading', { name: `Relations (${relationCount})` })).toBeVisible();
    // Every sentence that names Zelensky is shown verbatim, with the name marked.
    const mention = node.mentions[0]!;
    const quote = details.locator(`[data-sentence="${mention.sentence}"] blockquote`);
    await expect(quote).toHaveText(sentenceText(seedGraph, mention.sentence));
    await expect(quote.locator('mark').first()).toContainText(mention.text);
    // The English translation is one click away and shown by default in English.
    const en = seedGraph.article.sentences.find((s) => s.id === mention.sentence)!.en;
    await expect(details.locator(`[data-sentence="${mention.sentence}"]`).getByText(en)).toBeVisible();
  });

  test('clicking an edge shows source, relation, target, attribution and its evidence', async ({ page }) => {
    await openExplorer(page);
    const attributed = seedGraph.edges.filter((e) => e.attributedTo);
    const edgeId = await clearEdge(page, [...attributed.map((e) => e.id), ...seedGraph.edges.map((e) => e.id)]);
    const edge = seedGraph.edges.find((e) => e.id === edgeId)!;
    await clickElement(page, edgeId);
    const details = page.getByRole('complementary', { name: 'Details' });
    const source = seedGraph.nodes.find((n) => n.id === edge.source)!;
    const target = seedGraph.nodes.find((n) => n.id === edge.target)!;
    // The relation's words agree with its subject ("Negotiations over Ukraine concern Ukraine").
    const relation = edgePhrase(indexGraph(seedGraph), edge, 'en');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(`${source.label.en} ${relation} ${target.label.en}`);
    await expect(details.getByRole('button', { name: source.label.en, exact: true }).first()).toBeVisible();
    if (edge.attributedTo) {
      const who = seedGraph.nodes.find((n) => n.id === edge.attributedTo)!;
      await expect(details.locator('dd').filter({ hasText: who.label.en }).first()).toBeVisible();
    } else {
      await expect(details.getByText('Stated by the article')).toBeVisible();
    }
    for (const evidence of edge.evidence) {
      const block = details.locator(`[data-sentence="${evidence.sentence}"] blockquote`);
      await expect(block).toHaveText(sentenceText(seedGraph, evidence.sentence));
      await expect(block.locator('mark').filter({ hasText: evidence.quote }).first()).toBeVisible();
    }
  });

  test('Escape and a click on empty canvas clear the selection', async ({ page }) => {
    await openExplorer(page);
    const details = page.getByRole('complementary', { name: 'Details' });
    await clickElement(page, 'putin');
    await expect(details.getByRole('heading', { level: 2, name: 'Vladimir Putin' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details.getByText(/Click an entity or a relation/)).toBeVisible();
    expect(await page.evaluate(() => window.cy!.$('.selected').length)).toBe(0);

    await clickElement(page, 'putin');
    await expect(details.getByRole('heading', { level: 2, name: 'Vladimir Putin' })).toBeVisible();
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    // Find a spot on the canvas with nothing under it.
    const empty = await page.evaluate(() => {
      const cy = window.cy!;
      for (let y = 20; y < cy.height(); y += 15) {
        for (let x = 20; x < cy.width() - 80; x += 15) {
          const hit = cy
            .elements()
            .filter((e) => {
              const bb = e.renderedBoundingBox({});
              return x > bb.x1 - 10 && x < bb.x2 + 10 && y > bb.y1 - 10 && y < bb.y2 + 10;
            })
            .nonempty();
          if (!hit) return { x, y };
        }
      }
      return null;
    });
    expect(empty).not.toBeNull();
    await page.mouse.click(box.x + empty!.x, box.y + empty!.y);
    await expect(details.getByText(/Click an entity or a relation/)).toBeVisible();
  });

  test('a relation-type filter hides exactly its edges and restores them in place', async ({ page }) => {
    await openExplorer(page);
    // The relation type with the most edges, so the check covers several.
    const countOf = (t: string) => seedGraph.edges.filter((e) => e.type === t).length;
    const type = [...new Set(seedGraph.edges.map((e) => e.type))].sort((a, b) => countOf(b) - countOf(a))[0]!;
    const relation = seedGraph.relationTypes.find((r) => r.id === type)!;
    const expectedHidden = seedGraph.edges.filter((e) => e.type === type).map((e) => e.id).sort();
    const before = await page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), ...n.position() })));

    const filters = page.getByRole('complementary', { name: 'Filters' });
    const checkbox = filters.getByRole('checkbox', { name: relation.label.en, exact: true });
    await checkbox.uncheck();
    // The canvas follows the store a frame later: poll rather than read once after a click.
    await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => !e.visible()).map((e) => e.id()).sort())).toEqual(expectedHidden);
    await expect(filters.getByRole('status')).toHaveText(new RegExp(`${seedGraph.edges.length - expectedHidden.length} of ${seedGraph.edges.length} relations`));

    await checkbox.check();
    await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => !e.visible()).length)).toBe(0);
    const after = await page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), ...n.position() })));
    expect(after).toEqual(before);
  });

  test('the canvas draws its first picture once, and resizes only when its size changes', async ({ page }) => {
    // From the first frame in which the instance is published: every frame Cytoscape draws
    // and every resize (each redraws every element).
    await page.addInitScript(() => {
      const w = window as unknown as { cy?: Core; __drawn?: number; __resized?: number };
      const watch = () => {
        if (!w.cy) return void requestAnimationFrame(watch);
        w.__drawn = 0;
        w.__resized = 0;
        w.cy.on('render', () => void (w.__drawn! += 1));
        w.cy.on('resize', () => void (w.__resized! += 1));
      };
      requestAnimationFrame(watch);
    });
    await openExplorer(page);
    const counts = () => page.evaluate(() => ({ drawn: (window as unknown as { __drawn: number }).__drawn, resized: (window as unknown as { __resized: number }).__resized }));
    await page.waitForTimeout(800);
    // The label plan and the projections are in the first picture: nothing is drawn again
    // on its own (at most the first frame itself, when the watch began before it).
    const first = await counts();
    expect(first.drawn).toBeLessThanOrEqual(1);
    expect(first.resized).toBe(0);

    // A filter changes the canvas's accessible name: that is no reason to resize it.
    const relation = seedGraph.relationTypes[0]!;
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: relation.label.en, exact: true }).uncheck();
    await expect(page.getByRole('application', { name: /Knowledge graph/ })).not.toHaveAccessibleName(new RegExp(`and ${seedGraph.edges.length} relations`));
    await page.waitForTimeout(400);
    expect((await counts()).resized).toBe(0);

    // A real change of size is passed on, and the opening view, which showed everything,
    // is framed again at the new size: a narrower window does not cut the graph off.
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect.poll(async () => (await counts()).resized).toBeGreaterThan(0);
    const inView = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const bb = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
        return { width: cy.width(), canvas: document.querySelector('[data-testid="graph-canvas"]')!.clientWidth, inside: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height(), zoom: cy.zoom() };
      });
    const narrower = await inView();
    expect(narrower.width).toBe(narrower.canvas);
    expect(narrower.inside).toBe(true);

    // A view the reader zoomed into stays as it is.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await inView()).zoom).toBeGreaterThan(narrower.zoom);
    await settled(page);
    const zoomed = (await inView()).zoom;
    await page.setViewportSize({ width: 1300, height: 850 });
    await expect.poll(async () => (await inView()).width).toBe(await page.evaluate(() => document.querySelector('[data-testid="graph-canvas"]')!.clientWidth));
    expect((await inView()).zoom).toBeCloseTo(zoomed, 5);
  });

  test('a whole category can be hidden and shown; isolated entities fade or hide', async ({ page }) => {
    await openExplorer(page);
    const filters = page.getByRole('complementary', { name: 'Filters' });
    const militaryIds = new Set(seedGraph.relationTypes.filter((r) => r.category === 'military').map((r) => r.id));
    await filters.getByRole('button', { name: 'Hide all Military cooperation' }).click();
    const militaryCount = seedGraph.edges.filter((e) => militaryIds.has(e.type)).length;
    await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => !e.visible()).length)).toBe(militaryCount);
    const hidden = await page.evaluate(() => window.cy!.edges().filter((e) => !e.visible()).map((e) => e.data('type') as string));
    expect(hidden.length).toBe(militaryCount);
    expect(hidden.every((t) => militaryIds.has(t))).toBe(true);
    const faded = await page.evaluate(() => window.cy!.$('node.faded').length);
    expect(faded).toBeGreaterThan(0);
    await filters.getByRole('radio', { name: 'Hide' }).check();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().filter((n) => !n.visible()).length)).toBe(faded);
    await filters.getByRole('button', { name: 'Show all Military cooperation' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.elements().filter((e) => !e.visible()).length)).toBe(0);
  });

  test('PNG export downloads a valid 2x image of the whole graph', async ({ page }) => {
    await openExplorer(page);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: /PNG/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^putin-china-visit-view-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The whole graph, labels included, at twice its size. Measured as the export drew it:
    // labels are measured and placed a few frames after the canvas appears.
    const expected = await page.evaluate(() => {
      const bb = window.cy!.elements().boundingBox({});
      return { w: bb.w * 2, h: bb.h * 2 };
    });
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(Math.abs(width - expected.w)).toBeLessThanOrEqual(4);
    expect(Math.abs(height - expected.h)).toBeLessThanOrEqual(4);
  });

  test('a broken graph file shows the reason, not a blank page', async ({ page }) => {
    await page.route('**/*putin-china-visit*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "nodes": [' }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be loaded');
    await expect(alert).toContainText('not valid JSON');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a graph with bad references lists the problems with their JSON paths', async ({ page }) => {
    const broken = structuredClone(seedGraph);
    broken.edges[0]!.target = 'nobody';
    await page.route('**/*putin-china-visit*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('$.edges[0].target');
    await expect(alert).toContainText('unknown node "nobody"');
  });
});
