import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Graph } from '../app/domain/schema';
import { openExplorer } from './helpers';
import { generateGraph } from '../scripts/generate-graph';
import { SCENE_BUDGET } from '../app/domain/scene';
import { nestedArrays, seed, seedText, smallGraph } from './fixtures/graphs';

/**
 * Opening graphs: the picker, a file from disk (button or drop), and `?graph=<url>`.
 * A bad file must say why, by name and JSON path, and leave the open graph working.
 */

const SEED_ID = 'putin-china-visit';
const MB = 1024 * 1024;

function picker(page: Page) {
  return page.getByRole('combobox', { name: 'Graph', exact: true });
}

function fileInput(page: Page) {
  return page.getByTestId('graph-file-input');
}

async function openFileBuffer(page: Page, name: string, content: string | Buffer) {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await fileInput(page).setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function cyCounts(page: Page) {
  return page.evaluate(() => ({ nodes: window.cy?.nodes().length ?? -1, edges: window.cy?.edges().length ?? -1 }));
}

async function expectGraphOpen(page: Page, graph: Graph) {
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
  const ids = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort());
  expect(ids).toEqual(graph.nodes.map((n) => n.id).sort());
}

/** The seed graph is still drawn, named in the picker, and the details panel still answers. */
async function expectSeedStillOpen(page: Page) {
  expect(await cyCounts(page)).toEqual({ nodes: seed.nodes.length, edges: seed.edges.length });
  await expect(page.getByRole('application', { name: /Knowledge graph/ })).toBeVisible();
  await expect(picker(page)).toHaveValue(SEED_ID);
  await page.evaluate(() => void window.cy!.getElementById('putin').emit('tap'));
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Vladimir Putin');
}

function failureAlert(page: Page, name: string) {
  return page.getByRole('alert').filter({ hasText: `Could not open ${name}` });
}

function modified(change: (g: Graph) => void): string {
  const g = structuredClone(seed);
  change(g);
  return JSON.stringify(g);
}

interface BadFile {
  kind: string;
  name: string;
  content: () => string;
  /** Texts the alert must contain: the reason and, where there is one, the JSON path. */
  expected: (string | RegExp)[];
}

const BAD_FILES: BadFile[] = [
  {
    kind: 'not JSON',
    name: 'notes.graph.json',
    content: () => 'Putin visited China {this is not JSON}',
    expected: ['$', /not valid JSON/],
  },
  {
    kind: 'wrong shape',
    name: 'shape.graph.json',
    content: () => '{"nodes": 3}',
    expected: ['$.schemaVersion', '$.nodes', /problem/],
  },
  {
    kind: 'a JSON array instead of an object',
    name: 'array.graph.json',
    content: () => '[1, 2, 3]',
    expected: [/must be a JSON object/],
  },
  {
    kind: 'dangling edge ids',
    name: 'dangling.graph.json',
    content: () =>
      modified((g) => {
        g.edges[0]!.target = 'nobody';
        g.edges[1]!.source = 'no-such-node';
      }),
    expected: ['$.edges[0].target', 'unknown node "nobody"', '$.edges[1].source', 'unknown node "no-such-node"'],
  },
  {
    kind: 'bad offsets',
    name: 'offsets.graph.json',
    content: () =>
      modified((g) => {
        const evidence = g.edges[0]!.evidence[0]!;
        const sentence = g.article.sentences.find((s) => s.id === evidence.sentence)!;
        if (evidence.end + 1 > sentence.text.length) throw new Error('fixture: evidence ends at the end of its sentence');
        evidence.start += 1;
        evidence.end += 1;
      }),
    expected: ['$.edges[0].evidence[0].quote', /not the quote/],
  },
  {
    kind: 'offsets past the end of the sentence',
    name: 'past-end.graph.json',
    content: () =>
      modified((g) => {
        const mention = g.nodes[0]!.mentions[0]!;
        mention.end = 100_000;
      }),
    expected: ['$.nodes[0].mentions[0].end', /past the end of sentence/],
  },
  {
    kind: 'wrong value types',
    name: 'types.graph.json',
    content: () => {
      const g = JSON.parse(seedText) as Record<string, unknown> & { nodes: Record<string, unknown>[] };
      g.schemaVersion = '1';
      g.nodes[0]!.label = 42;
      g.nodes[1]!.mentions = 's1';
      return JSON.stringify(g);
    },
    expected: ['$.schemaVersion', 'must be 1', '$.nodes[0].label', '$.nodes[1].mentions'],
  },
  {
    kind: 'unknown entity and relation types',
    name: 'unknown-types.graph.json',
    content: () =>
      modified((g) => {
        g.nodes[0]!.type = 'martian';
        g.edges[2]!.type = 'teleports-to';
      }),
    expected: ['$.nodes[0].type', 'unknown node type "martian"', '$.edges[2].type', 'unknown relation type "teleports-to"'],
  },
  {
    kind: 'empty file',
    name: 'empty.graph.json',
    content: () => '',
    expected: [/file is empty/],
  },
  {
    kind: 'whitespace-only file',
    name: 'blank.graph.json',
    content: () => ' \n\t \n',
    expected: [/file is empty/],
  },
  {
    kind: 'truncated file (the seed cut in half)',
    name: 'half.graph.json',
    content: () => seedText.slice(0, Math.floor(seedText.length / 2)),
    expected: [/not valid JSON/],
  },
  {
    kind: 'a 1 MB label',
    name: 'long-label.graph.json',
    content: () =>
      modified((g) => {
        g.nodes[3]!.label.en = 'x'.repeat(MB);
      }),
    expected: ['$.nodes[3].label.en', 'must be at most 500 characters'],
  },
  {
    kind: 'deeply nested junk (100,000 nested arrays)',
    name: 'nested.graph.json',
    content: () => nestedArrays(100_000),
    expected: [/must be a JSON object/],
  },
  {
    kind: 'deeply nested junk inside a valid graph (100,000 nested objects)',
    name: 'nested-inside.graph.json',
    content: () => {
      const marker = '"__NESTED__"';
      const text = JSON.stringify({ ...seed, notes: '__NESTED__' });
      return text.replace(marker, '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
    },
    expected: ['$.notes'],
  },
];

test.describe('the graph picker', () => {
  test('lists every *.graph.json in graph-data/, each by its title', async ({ page }) => {
    const ids = readdirSync('graph-data')
      .filter((f) => f.endsWith('.graph.json'))
      .map((f) => f.replace(/\.graph\.json$/, ''))
      .sort((a, b) => a.localeCompare(b));
    expect(ids.length).toBeGreaterThan(0);
    const titles = ids.map((id) => (JSON.parse(readFileSync(`graph-data/${id}.graph.json`, 'utf8')) as Graph).article.title.en);
    await openExplorer(page, { lang: 'en' });
    // The first group holds the graphs; bundled corpora have a group of their own.
    const options = picker(page).locator('optgroup').first().locator('option');
    await expect(options).toHaveText(titles);
    expect(await options.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual(ids);
    await expect(picker(page)).toHaveValue(SEED_ID);
  });
});

test.describe('opening a graph file from disk', () => {
  test('a graph of two entities opens at a sensible zoom, not filling the pane', async ({ page }) => {
    await openExplorer(page);
    const two = smallGraph();
    two.nodes = two.nodes.filter((n) => n.id === 'putin' || n.id === 'china');
    two.edges = two.edges.filter((e) => e.id === 'putin-visits-china');
    await openFileBuffer(page, 'two-entities.graph.json', JSON.stringify(two));
    await expectGraphOpen(page, two);
    const view = await page.evaluate(() => {
      const cy = window.cy!;
      const box = cy.nodes()[0]!.renderedBoundingBox();
      return { zoom: cy.zoom(), nodeWidth: box.w, paneWidth: cy.width() };
    });
    expect(view.zoom).toBeLessThanOrEqual(1.5);
    expect(view.nodeWidth).toBeLessThan(view.paneWidth / 4);
  });

  test('a valid file replaces the open graph, and the picker names it', async ({ page }) => {
    await openExplorer(page);
    await expectGraphOpen(page, seed);
    const small = smallGraph();
    expect(small.nodes.length).toBeLessThan(seed.nodes.length);
    await openFileBuffer(page, 'four-entities.graph.json', JSON.stringify(small));
    await expectGraphOpen(page, small);
    await expect(picker(page)).toHaveValue('__other__');
    await expect(picker(page).locator('option:checked')).toHaveText('four-entities.graph.json');
    await expect(page.getByRole('application', { name: new RegExp(`${small.nodes.length} entities and ${small.edges.length} relations`) })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The new graph is live: its entities open in the details panel.
    await page.evaluate(() => void window.cy!.getElementById('xi-jinping').emit('tap'));
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Xi Jinping');
    // And the bundled graph comes back from the picker.
    await picker(page).selectOption(SEED_ID);
    await expectGraphOpen(page, seed);
  });

  test('the open button is a real button that opens the file chooser', async ({ page }) => {
    await openExplorer(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…' }).click();
    const fileChooser = await chooser;
    await fileChooser.setFiles({ name: 'chosen.graph.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(smallGraph())) });
    await expectGraphOpen(page, smallGraph());
    await expect(picker(page).locator('option:checked')).toHaveText('chosen.graph.json');
  });

  for (const bad of BAD_FILES) {
    test(`${bad.kind}: says why, and the open graph stays open`, async ({ page }) => {
      await openExplorer(page);
      await openFileBuffer(page, bad.name, bad.content());
      const alert = failureAlert(page, bad.name);
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('heading')).toHaveText(`Could not open ${bad.name}`);
      for (const text of bad.expected) await expect(alert).toContainText(text);
      await expect(alert).toContainText('The graph that was open stays open.');
      await expectSeedStillOpen(page);
    });
  }

  test('a 200 MB file is refused by its size, before it is read', async ({ page }) => {
    // Record every read of a file's contents, to prove the big one is never read.
    await page.addInitScript(() => {
      const reads: number[] = [];
      (window as unknown as { __reads: number[] }).__reads = reads;
      for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
        const original = (Blob.prototype as unknown as Record<string, unknown>)[method];
        if (typeof original !== 'function') continue;
        (Blob.prototype as unknown as Record<string, unknown>)[method] = function (this: Blob, ...args: unknown[]) {
          reads.push(this.size);
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        };
      }
      for (const method of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString'] as const) {
        const original = FileReader.prototype[method] as (...a: unknown[]) => void;
        (FileReader.prototype as unknown as Record<string, unknown>)[method] = function (this: FileReader, blob: Blob, ...rest: unknown[]) {
          reads.push(blob.size);
          return original.call(this, blob, ...rest);
        };
      }
    });
    const dir = mkdtempSync(join(tmpdir(), 'graph-big-'));
    const path = join(dir, 'huge.graph.json');
    try {
      writeFileSync(path, '');
      truncateSync(path, 200 * MB); // sparse: takes no disk space
      await openExplorer(page);
      await fileInput(page).setInputFiles(path);
      const alert = failureAlert(page, 'huge.graph.json');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('The file is 200.0 MB; files over 50.0 MB are not opened.');
      await expect(alert).toContainText('The graph that was open stays open.');
      const reads = await page.evaluate(() => (window as unknown as { __reads: number[] }).__reads);
      expect(reads.filter((size) => size > 50 * MB)).toEqual([]);
      await expectSeedStillOpen(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Dismiss removes the message; a later valid file clears it too', async ({ page }) => {
    await openExplorer(page);
    await openFileBuffer(page, 'broken.graph.json', '{');
    const alert = failureAlert(page, 'broken.graph.json');
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectSeedStillOpen(page);

    await openFileBuffer(page, 'broken.graph.json', '{');
    await expect(alert).toBeVisible();
    await openFileBuffer(page, 'good.graph.json', JSON.stringify(smallGraph()));
    await expectGraphOpen(page, smallGraph());
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the same file can be opened again after it failed (the input is reset)', async ({ page }) => {
    await openExplorer(page);
    await openFileBuffer(page, 'again.graph.json', '{');
    await expect(failureAlert(page, 'again.graph.json')).toBeVisible();
    await failureAlert(page, 'again.graph.json').getByRole('button', { name: 'Dismiss' }).click();
    await openFileBuffer(page, 'again.graph.json', '{');
    await expect(failureAlert(page, 'again.graph.json')).toBeVisible();
  });

  test('a bad file after a good one keeps the good one open', async ({ page }) => {
    await openExplorer(page);
    const small = smallGraph();
    await openFileBuffer(page, 'good.graph.json', JSON.stringify(small));
    await expectGraphOpen(page, small);
    await openFileBuffer(page, 'bad.graph.json', modified((g) => void (g.edges[0]!.target = 'nobody')));
    await expect(failureAlert(page, 'bad.graph.json')).toContainText('$.edges[0].target');
    expect(await cyCounts(page)).toEqual({ nodes: small.nodes.length, edges: small.edges.length });
    await expect(picker(page).locator('option:checked')).toHaveText('good.graph.json');
  });

  test('the page never freezes: after a 1 MB label and deep nesting the UI still responds', async ({ page }) => {
    await openExplorer(page);
    await openFileBuffer(page, 'long-label.graph.json', modified((g) => void (g.nodes[0]!.label.en = 'y'.repeat(MB))));
    await expect(failureAlert(page, 'long-label.graph.json')).toContainText('$.nodes[0].label.en');
    await openFileBuffer(page, 'nested.graph.json', nestedArrays(100_000));
    await expect(failureAlert(page, 'nested.graph.json')).toBeVisible();

    const search = page.getByRole('combobox', { name: 'Search entities and sentences' });
    await search.click();
    await search.pressSequentially('Xi J', { timeout: 5_000 });
    await expect(search).toHaveValue('Xi J', { timeout: 2_000 });
    await expect(page.getByRole('option', { name: /Xi Jinping/ }).first()).toBeVisible({ timeout: 2_000 });
    // The main thread answers promptly.
    const started = Date.now();
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(Date.now() - started).toBeLessThan(2_000);
    await search.fill('');
    await expectSeedStillOpen(page);
  });
});

test.describe('dropping a graph file on the window', () => {
  async function dropFile(page: Page, name: string, text: string) {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, content]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], fileName, { type: 'application/json' }));
        return dt;
      },
      [name, text] as const,
    );
    const fire = (type: string) =>
      page.evaluate(
        ([dt, eventType]) => {
          const event = new DragEvent(eventType, { dataTransfer: dt, bubbles: true, cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        },
        [dataTransfer, type] as const,
      );
    await fire('dragenter');
    await expect(page.getByText('Drop a graph file to open it')).toBeVisible();
    // The page must take the drop (preventDefault), or the browser would navigate to the file.
    expect(await fire('dragover')).toBe(true);
    expect(await fire('drop')).toBe(true);
    await expect(page.getByText('Drop a graph file to open it')).toHaveCount(0);
    await dataTransfer.dispose();
  }

  test('a dropped valid file opens', async ({ page }) => {
    await openExplorer(page);
    const small = smallGraph();
    await dropFile(page, 'dropped.graph.json', JSON.stringify(small));
    await expectGraphOpen(page, small);
    await expect(picker(page).locator('option:checked')).toHaveText('dropped.graph.json');
  });

  test('a dropped bad file says why and keeps the open graph', async ({ page }) => {
    await openExplorer(page);
    await dropFile(page, 'dropped-bad.graph.json', seedText.slice(0, 1000));
    await expect(failureAlert(page, 'dropped-bad.graph.json')).toContainText('not valid JSON');
    await expectSeedStillOpen(page);
  });

  test('dragging text (no file) is ignored', async ({ page }) => {
    await openExplorer(page);
    const prevented = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'hello');
      const out: boolean[] = [];
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const event = new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true });
        window.dispatchEvent(event);
        out.push(event.defaultPrevented);
      }
      return out;
    });
    expect(prevented).toEqual([false, false, false]);
    await expect(page.getByText('Drop a graph file to open it')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await cyCounts(page)).toEqual({ nodes: seed.nodes.length, edges: seed.edges.length });
  });
});

test.describe('?graph=<url>', () => {
  test('opens a valid graph from a same-origin URL', async ({ page }) => {
    const small = smallGraph();
    await page.route((url) => url.pathname === '/test-graphs/small.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(small) }));
    await openExplorer(page, { query: '?graph=/test-graphs/small.json' });
    await expectGraphOpen(page, small);
    await expect(picker(page).locator('option:checked')).toHaveText('/test-graphs/small.json');
  });

  test('a graph without stored positions is laid out (in a worker, under the CSP)', async ({ page }) => {
    const small = smallGraph();
    for (const node of small.nodes) delete node.position;
    await page.route((url) => url.pathname === '/test-graphs/unplaced.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(small) }));
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await openExplorer(page, { query: '?graph=/test-graphs/unplaced.json' });
    await expectGraphOpen(page, small);
    // The layout is done when its progress bar is gone; by then no two nodes share a spot
    // on the starting spiral's scale (the spiral spaces them ~20 px apart).
    await expect(page.locator('.layout-progress')).toHaveCount(0);
    const spread = await page.evaluate(() => {
      const ps = window.cy!.nodes().map((n) => n.position());
      const xs = ps.map((p) => p.x);
      const ys = ps.map((p) => p.y);
      return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    });
    expect(spread).toBeGreaterThan(60);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  test('a graph at the scene budget is laid out in a worker with progress and a cancel button, then drawn', async ({ page }) => {
    const large = generateGraph({ nodes: SCENE_BUDGET, seed: 7 });
    const body = JSON.stringify(large);
    await page.route((url) => url.pathname === '/test-graphs/large.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/?graph=/test-graphs/large.json');
    const status = page.getByRole('status').filter({ has: page.getByRole('progressbar') });
    await expect(status.getByRole('progressbar', { name: `Laying out ${SCENE_BUDGET} entities…` })).toBeVisible({ timeout: 30_000 });
    // What a screen reader hears from the live region: the phase, not every percent.
    await expect(status).toMatchAriaSnapshot(`
      - status:
        - text: Laying out ${SCENE_BUDGET} entities…
        - progressbar "Laying out ${SCENE_BUDGET} entities…"
        - button "Cancel layout"
    `);
    // The page stays responsive while the worker runs: the UI answers a click.
    await page.getByRole('button', { name: 'Cancel layout' }).click();
    // Cancelled: the graph is still drawn (unlaid), in slices with its own progress.
    await expect(status).toHaveCount(0, { timeout: 60_000 });
    await expectGraphOpen(page, large);
    await expect(page.getByRole('application', { name: new RegExp(`${SCENE_BUDGET} entities`) })).toBeVisible();
  });

  test('a graph at the scene budget left to its layout ends spread out; selection highlights, search marks', async ({ page }) => {
    const large = generateGraph({ nodes: SCENE_BUDGET, seed: 3 });
    const body = JSON.stringify(large);
    await page.route((url) => url.pathname === '/test-graphs/large.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/?graph=/test-graphs/large.json');
    await expect(page.getByRole('progressbar', { name: `Laying out ${SCENE_BUDGET} entities…` })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 90_000 });
    await expectGraphOpen(page, large);
    const layout = await page.evaluate(() => {
      const ps = window.cy!.nodes().map((n) => n.position());
      const keys = new Set(ps.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
      return { distinct: keys.size, all: ps.length };
    });
    expect(layout.distinct).toBe(layout.all);
    // Selecting a hub marks it and its neighbours.
    const hub = await page.evaluate(() => {
      const node = window.cy!.nodes().max((n) => n.degree(false)).ele;
      node.emit('tap');
      return { id: node.id(), degree: node.degree(false) };
    });
    const label = large.nodes.find((n) => n.id === hub.id)!.label.en;
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: label })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.cy!.$('.selected').map((e) => e.id()))).toEqual([hub.id]);
    expect(await page.evaluate(() => window.cy!.$('edge.highlighted').length)).toBeGreaterThan(0);
    // Search lists an entity of the large graph, and the canvas marks it once typing stops.
    const target = large.nodes[834]!;
    await page.getByRole('combobox', { name: 'Search entities and sentences' }).fill(target.label.en);
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(target.label.en);
    await expect.poll(() => page.evaluate(() => window.cy!.$('.search-hit').map((e) => e.id()))).toContain(target.id);
  });

  test('?renderer=webgl draws the graph, with WebGL where the browser has it and without where not', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openExplorer(page, { query: '?renderer=webgl' });
    await expectGraphOpen(page, seed);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(errors).toEqual([]);
  });

  test('a broken file at the URL shows the reason and a way back to the bundled graph', async ({ page }) => {
    await page.route((url) => url.pathname === '/test-graphs/broken.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "nodes": [' }));
    await page.goto('/?graph=/test-graphs/broken.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be loaded');
    await expect(alert).toContainText('not valid JSON');
    // Never a blank page.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const retry = alert.getByRole('button', { name: 'Load the bundled graph' });
    await expect(retry).toBeVisible();
    await retry.click();
    await expectGraphOpen(page, seed);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(picker(page)).toHaveValue(SEED_ID);
  });

  test('an invalid graph at the URL lists its problems with JSON paths', async ({ page }) => {
    const broken = smallGraph();
    broken.edges[0]!.target = 'nobody';
    await page.route((url) => url.pathname === '/test-graphs/invalid.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
    await page.goto('/?graph=/test-graphs/invalid.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be loaded');
    await expect(alert).toContainText('$.edges[0].target');
    await expect(alert.getByRole('button', { name: 'Load the bundled graph' })).toBeVisible();
  });

  test('a 20,000-entity file with one wrong reference or one label too long says which, in English and Arabic', async ({ page }) => {
    test.setTimeout(180_000);
    // The validation worker sends a large graph to the page while it still checks references: a
    // file refused then must be refused as before, with the same message, and none of it drawn.
    const large = JSON.parse(JSON.stringify(generateGraph({ nodes: 20_000, seed: 1 }))) as Graph;
    const dangling = structuredClone(large);
    dangling.edges[39_000]!.target = 'nobody';
    const tooLong = structuredClone(large);
    tooLong.nodes[19_000]!.label.en = 'x'.repeat(600);
    for (const [name, graph] of [['dangling', dangling], ['too-long', tooLong]] as const) {
      const body = JSON.stringify(graph);
      await page.route((url) => url.pathname === `/test-graphs/${name}.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    }
    const cases = [
      { lang: 'en', file: 'dangling', says: ['The graph could not be loaded', 'Relation 39001: the entity “nobody” is not in the graph.'] },
      { lang: 'en', file: 'too-long', says: ['The graph could not be loaded', 'Entity 19001: a text is longer than allowed (label.en).'] },
      { lang: 'ar', file: 'dangling', says: ['تعذّر تحميل الشبكة', 'العلاقة 39001: الكيان «nobody» غير موجود في الشبكة.'] },
      { lang: 'ar', file: 'too-long', says: ['تعذّر تحميل الشبكة', 'الكيان 19001: نص أطول من المسموح (label.en).'] },
    ] as const;
    for (const { lang, file, says } of cases) {
      // Init scripts run in the order added: the last one sets the language of this visit.
      await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
      await page.goto(`/?graph=/test-graphs/${file}.json`);
      const alert = page.getByRole('alert');
      for (const text of says) await expect(alert, `${lang} ${file}`).toContainText(text, { timeout: 90_000 });
      expect(await page.evaluate(() => (window as unknown as { cy?: { nodes: () => { length: number } } }).cy?.nodes().length ?? 0)).toBe(0);
    }
  });

  test('a missing file at the URL says it was not found (HTTP 404 behind Details)', async ({ page }) => {
    await page.route((url) => url.pathname === '/test-graphs/missing.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/?graph=/test-graphs/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be loaded');
    await expect(alert).toContainText('the address was not found');
    await expect(alert.getByText(/HTTP 404/)).toBeHidden();
    await alert.getByText('Details', { exact: true }).click();
    await expect(alert.getByText(/HTTP 404/)).toBeVisible();
    await alert.getByRole('button', { name: 'Load the bundled graph' }).click();
    await expectGraphOpen(page, seed);
  });
});
