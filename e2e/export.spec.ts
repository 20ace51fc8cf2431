import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import type { Graph } from '../app/domain/schema';
import { validateGraphText } from '../app/domain/validate';
import { openExplorer, seedGraph } from './helpers';

/**
 * "Export what you see": every format downloaded through the menu, by role and name,
 * and read back with real parsers (and, for SVG and HTML, a real browser).
 */

const MENU = { en: 'Export', ar: 'تصدير' } as const;
const DIALOG = { en: 'Export what you see', ar: 'تصدير ما تراه' } as const;

interface Exported {
  name: string;
  bytes: Buffer;
  text: string;
}

async function exportFiles(page: Page, item: string | RegExp, options: { lang?: 'en' | 'ar'; whole?: boolean; files?: number } = {}): Promise<Exported[]> {
  const lang = options.lang ?? 'en';
  await page.getByRole('button', { name: MENU[lang], exact: true }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG[lang] });
  await expect(dialog).toBeVisible();
  if (options.whole) await dialog.getByRole('radio', { name: lang === 'en' ? 'Whole graph' : 'الشبكة كاملة' }).check();
  const downloads: Download[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  page.on('download', onDownload);
  await dialog.getByRole('button', { name: item }).click();
  await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(options.files ?? 1);
  page.off('download', onDownload);
  // The menu closes and says what it saved.
  await expect(dialog).toBeHidden();
  return Promise.all(
    downloads.map(async (d) => {
      const bytes = readFileSync((await d.path())!);
      return { name: d.suggestedFilename(), bytes, text: bytes.toString('utf8') };
    }),
  );
}

async function onCanvas(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy!;
    const nodes = cy.nodes().filter((n) => n.visible());
    return {
      nodes: nodes.map((n) => n.id()).sort(),
      faded: nodes.filter((n) => n.hasClass('faded')).map((n) => n.id()).sort(),
      edges: cy.edges().filter((e) => e.visible()).map((e) => e.id()).sort(),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
    };
  });
}

/** The relation type with the most edges, unchecked in the Filters panel. */
async function uncheckBusiestRelation(page: Page): Promise<string> {
  const countOf = (t: string) => seedGraph.edges.filter((e) => e.type === t).length;
  const type = [...new Set(seedGraph.edges.map((e) => e.type))].sort((a, b) => countOf(b) - countOf(a))[0]!;
  const relation = seedGraph.relationTypes.find((r) => r.id === type)!;
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: relation.label.en, exact: true }).uncheck();
  await expect.poll(async () => (await onCanvas(page)).edges.length).toBe(seedGraph.edges.length - countOf(type));
  return type;
}

function fileNamePattern(view: 'view' | 'full', ext: string): RegExp {
  return new RegExp(`^putin-china-visit-${view}-\\d{4}-\\d{2}-\\d{2}\\.${ext.replace('.', '\\.')}$`);
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, htmlEntities: true, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });

test.describe('export what you see', () => {
  test('the menu is a keyboard-operable popover with named items', async ({ page }) => {
    await openExplorer(page);
    const trigger = page.getByRole('button', { name: 'Export', exact: true });
    await expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export what you see' });
    await expect(dialog).toBeVisible();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(dialog.getByRole('radio', { name: 'What you see (filters applied)' })).toBeChecked();
    const names = ['PNG image', 'SVG vector image', 'Graph JSON (this app’s format)', 'Cytoscape JSON (.cyjs)', 'GraphML (Gephi, yEd, NetworkX)', 'CSV tables (entities, relations)', 'Report as a web page (printable)', 'Report as Markdown'];
    for (const name of names) await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'PNG image' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('button', { name: 'SVG vector image' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(dialog.getByRole('button', { name: 'Report as Markdown' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('button', { name: 'PNG image' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('button', { name: 'Report as Markdown' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    // Space opens it too, and ArrowUp on the button lands on the last item.
    await page.keyboard.press('Space');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('button', { name: 'Report as Markdown' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /Saved putin-china-visit-view-.*\.md/ })).toBeAttached();
  });

  test('PNG at the chosen scale with a transparent background', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what you see' });
    await dialog.getByRole('combobox', { name: 'PNG scale' }).selectOption('3');
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    await page.keyboard.press('Escape');
    const [png] = await exportFiles(page, 'PNG image');
    // The whole graph, labels included, as the export drew it (labels are measured and
    // placed a few frames after the canvas appears).
    const expected = await page.evaluate(() => window.cy!.elements().boundingBox({}));
    expect(png!.name).toMatch(fileNamePattern('view', 'png'));
    expect([...png!.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Math.abs(png!.bytes.readUInt32BE(16) - expected.w * 3)).toBeLessThanOrEqual(6);
    expect(Math.abs(png!.bytes.readUInt32BE(20) - expected.h * 3)).toBeLessThanOrEqual(6);
    // A corner pixel is fully transparent; the image is not empty.
    const pixels = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) opaque++;
      return { cornerAlpha: data[3], opaque };
    }, png!.bytes.toString('base64'));
    expect(pixels.cornerAlpha).toBe(0);
    expect(pixels.opaque).toBeGreaterThan(100);
  });

  test('the PNG scale is capped on a very large canvas, and the menu says so', async ({ page }) => {
    const huge: Graph = structuredClone(seedGraph);
    for (const node of huge.nodes) if (node.position) node.position = { x: node.position.x * 6, y: node.position.y * 6 };
    await page.route('**/*putin-china-visit*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(huge) }));
    await openExplorer(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what you see' });
    const scale = dialog.getByRole('combobox', { name: 'PNG scale' });
    await scale.selectOption('1');
    await expect(dialog.getByText(/Capped at/)).toHaveCount(0);
    await scale.selectOption('4');
    await expect(dialog.getByText(/Capped at \d(\.\d)?×/)).toBeVisible();
    await expect(scale).toHaveAccessibleDescription(/Capped at/);
  });

  test('SVG in Arabic: one group per visible element, Arabic labels as text in the embedded font', async ({ page, context }) => {
    await openExplorer(page, { lang: 'ar' });
    const canvas = await onCanvas(page);
    const [svg] = await exportFiles(page, 'صورة متجهية SVG', { lang: 'ar' });
    expect(svg!.name).toMatch(fileNamePattern('view', 'svg'));
    expect(XMLValidator.validate(svg!.text)).toBe(true);

    // Open the file on its own, as a browser would, and read it back.
    const checker = await context.newPage();
    await checker.route('**/__export-check.svg', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg!.bytes }));
    const cdp = await context.newCDPSession(checker);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await checker.goto('/__export-check.svg');
    const read = await checker.evaluate(async () => {
      await document.fonts.ready;
      const label = (g: Element) => [...g.querySelectorAll('text.label tspan')].map((t) => t.textContent).join(' ') || g.querySelector('text.label')?.textContent;
      return {
        nodes: [...document.querySelectorAll('g.node[data-id]')].map((g) => ({ id: g.getAttribute('data-id')!, title: g.querySelector('title')?.textContent, label: label(g), dir: g.querySelector('text')?.getAttribute('direction') })),
        edges: [...document.querySelectorAll('g.edge[data-id]')].map((g) => ({ id: g.getAttribute('data-id')!, title: g.querySelector('title')?.textContent })),
        groups: document.querySelectorAll('g[data-id]').length,
        style: document.querySelector('style')?.textContent ?? '',
        fonts: [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })),
      };
    });
    expect(read.nodes.map((n) => n.id).sort()).toEqual(canvas.nodes);
    expect(read.edges.map((e) => e.id).sort()).toEqual(canvas.edges);
    expect(read.groups).toBe(canvas.nodes.length + canvas.edges.length);
    for (const node of seedGraph.nodes) {
      const drawn = read.nodes.find((n) => n.id === node.id)!;
      expect(drawn.title).toBe(node.label.ar);
      expect(drawn.label).toBe(node.label.ar);
      expect(drawn.dir).toBe('rtl');
    }
    const putinVisits = read.edges.find((e) => e.id === 'putin-visits-china')!;
    expect(putinVisits.title).toBe('فلاديمير بوتين يزور الصين');
    expect(read.style).toMatch(/@font-face\{font-family:"Noto Sans Arabic";[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
    expect(read.fonts).toContainEqual({ family: 'Noto Sans Arabic', status: 'loaded' });

    // Every glyph of every text comes from the embedded font: none falls back to a
    // system font, so none is missing from it.
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'text' });
    expect(nodeIds.length).toBeGreaterThan(canvas.nodes.length);
    let glyphs = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        expect(font).toMatchObject({ familyName: 'Noto Sans Arabic', isCustomFont: true });
        glyphs += font.glyphCount;
      }
    }
    expect(glyphs).toBeGreaterThan(500);

    // Drawn as an image, the labels leave ink where they are.
    const ink = await checker.evaluate(async () => {
      const img = new Image();
      img.src = location.href;
      await img.decode();
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const labels = [...document.querySelectorAll<SVGTextElement>('g.node text.label')].slice(0, 20);
      return labels.map((text) => {
        // In image pixels: the viewBox is the image size. (Screen coordinates would not
        // do: an RTL document opens scrolled to its right edge.)
        const b = text.getBBox();
        const m = text.getCTM()!;
        const box = { x: b.x * m.a + m.e, y: b.y * m.d + m.f, width: b.width * m.a, height: b.height * m.d };
        const data = ctx.getImageData(Math.floor(box.x), Math.floor(box.y), Math.max(1, Math.ceil(box.width)), Math.max(1, Math.ceil(box.height))).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) dark++;
        return dark;
      });
    });
    expect(ink.length).toBe(20);
    for (const count of ink) expect(count).toBeGreaterThan(10);
    await checker.close();
  });

  test('graph JSON and Cytoscape JSON reload with the counts on the canvas', async ({ page }) => {
    await openExplorer(page);
    const canvas = await onCanvas(page);
    const [json] = await exportFiles(page, 'Graph JSON (this app’s format)');
    expect(json!.name).toMatch(fileNamePattern('view', 'json'));
    const result = validateGraphText(json!.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(canvas.nodes);
    expect(result.graph.edges.map((e) => e.id).sort()).toEqual(canvas.edges);
    expect(result.graph.article).toEqual(seedGraph.article);

    const [cyjs] = await exportFiles(page, 'Cytoscape JSON (.cyjs)');
    expect(cyjs!.name).toMatch(fileNamePattern('view', 'cyjs'));
    const doc = JSON.parse(cyjs!.text) as { data: Record<string, unknown>; elements: { nodes: { data: { id: string; name: string }; position: { x: number; y: number } }[]; edges: { data: { id: string; source: string; target: string; interaction: string } }[] } };
    expect(doc.data.graph_id).toBe('putin-china-visit');
    expect(doc.elements.nodes.map((n) => n.data.id).sort()).toEqual(canvas.nodes);
    expect(doc.elements.edges.map((e) => e.data.id).sort()).toEqual(canvas.edges);
    for (const node of doc.elements.nodes) {
      expect(node.position.x).toBeCloseTo(canvas.positions[node.data.id]!.x, 1);
      expect(node.position.y).toBeCloseTo(canvas.positions[node.data.id]!.y, 1);
    }
    const edge = seedGraph.edges[0]!;
    expect(doc.elements.edges.find((e) => e.data.id === edge.id)!.data).toMatchObject({ source: edge.source, target: edge.target, interaction: edge.type });
  });

  test('with a relation type unchecked, JSON, GraphML and CSV leave its edges out', async ({ page }) => {
    await openExplorer(page);
    const type = await uncheckBusiestRelation(page);
    const canvas = await onCanvas(page);
    const expectedEdges = seedGraph.edges.filter((e) => e.type !== type).map((e) => e.id).sort();
    expect(canvas.edges).toEqual(expectedEdges);

    // JSON: a valid graph file; the entities the filter left with no relation (faded
    // on the canvas) are dropped, as the graph contract refuses them.
    const [json] = await exportFiles(page, 'Graph JSON (this app’s format)');
    const result = validateGraphText(json!.text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.graph.edges.map((e) => e.id).sort()).toEqual(expectedEdges);
      expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(canvas.nodes.filter((id) => !canvas.faded.includes(id)));
    }

    // GraphML: every visible element, with its attributes.
    const [graphml] = await exportFiles(page, /GraphML/);
    expect(graphml!.name).toMatch(fileNamePattern('view', 'graphml'));
    expect(XMLValidator.validate(graphml!.text)).toBe(true);
    type XmlEl = { '@_id': string; '@_source': string; '@_target': string; data: { '@_key': string; '#text'?: string }[] };
    const parsed = xml.parse(graphml!.text) as { graphml: { key: { '@_id': string; '@_attr.name': string; '@_attr.type': string }[]; graph: { node: XmlEl[]; edge: XmlEl[] } } };
    const keyName = new Map(parsed.graphml.key.map((k) => [k['@_id'], k['@_attr.name']]));
    const attrs = (el: XmlEl) => Object.fromEntries(el.data.map((d) => [keyName.get(d['@_key']), d['#text'] ?? '']));
    expect(parsed.graphml.graph.node.map((n) => n['@_id']).sort()).toEqual(canvas.nodes);
    expect(parsed.graphml.graph.edge.map((e) => e['@_id']).sort()).toEqual(expectedEdges);
    for (const el of parsed.graphml.graph.edge) {
      const edge = seedGraph.edges.find((e) => e.id === el['@_id'])!;
      const relation = seedGraph.relationTypes.find((r) => r.id === edge.type)!;
      expect(el['@_source']).toBe(edge.source);
      expect(el['@_target']).toBe(edge.target);
      expect(attrs(el)).toMatchObject({
        relation: edge.type,
        relation_ar: relation.label.ar,
        relation_en: relation.label.en,
        category: relation.category,
        directed: String(relation.directed),
        evidence_quote: edge.evidence.map((e) => e.quote).join('\n'),
        evidence_sentence: edge.evidence.map((e) => e.sentence).join('\n'),
        ...(edge.attributedTo ? { attributed_to: edge.attributedTo } : {}),
      });
    }
    for (const el of parsed.graphml.graph.node) {
      const node = seedGraph.nodes.find((n) => n.id === el['@_id'])!;
      expect(attrs(el)).toMatchObject({ label_ar: node.label.ar, label_en: node.label.en, type: node.type });
    }

    // CSV: two files, UTF-8 with a BOM, read by a real CSV parser.
    const csv = await exportFiles(page, 'CSV tables (entities, relations)', { files: 2 });
    const byName = (suffix: string) => csv.find((f) => f.name.endsWith(suffix))!;
    expect(byName('.nodes.csv').name).toMatch(fileNamePattern('view', 'nodes.csv'));
    expect(byName('.edges.csv').name).toMatch(fileNamePattern('view', 'edges.csv'));
    const table = (file: Exported) => {
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const out = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true });
      expect(out.errors).toEqual([]);
      return out.data;
    };
    const nodeRows = table(byName('.nodes.csv'));
    const edgeRows = table(byName('.edges.csv'));
    expect(nodeRows.map((r) => r.id).sort()).toEqual(canvas.nodes);
    expect(edgeRows.map((r) => r.id).sort()).toEqual(expectedEdges);
    for (const row of edgeRows) {
      const edge = seedGraph.edges.find((e) => e.id === row.id)!;
      expect(row).toMatchObject({
        source: edge.source,
        target: edge.target,
        relation: edge.type,
        evidence_quote: edge.evidence.map((e) => e.quote).join('\n'),
        evidence_sentence_id: edge.evidence.map((e) => e.sentence).join('\n'),
        evidence_sentence_en: edge.evidence.map((e) => seedGraph.article.sentences.find((s) => s.id === e.sentence)!.en).join('\n'),
        attributed_to: edge.attributedTo ?? '',
      });
    }
  });

  test('the whole-graph scope exports hidden elements too and leaves the canvas filtered', async ({ page }) => {
    await openExplorer(page);
    await uncheckBusiestRelation(page);
    const before = await onCanvas(page);
    const [json] = await exportFiles(page, 'Graph JSON (this app’s format)', { whole: true });
    expect(json!.name).toMatch(fileNamePattern('full', 'json'));
    const result = validateGraphText(json!.text);
    expect(result.ok && result.graph.edges.length).toBe(seedGraph.edges.length);
    expect(result.ok && result.graph.nodes.length).toBe(seedGraph.nodes.length);

    // The scope choice stays for the next export.
    const [svg] = await exportFiles(page, 'SVG vector image');
    expect(svg!.name).toMatch(fileNamePattern('full', 'svg'));
    expect(svg!.text.match(/<g class="(node|edge)" data-id=/g)).toHaveLength(seedGraph.nodes.length + seedGraph.edges.length);
    const [png] = await exportFiles(page, 'PNG image');
    expect(png!.name).toMatch(fileNamePattern('full', 'png'));

    expect(await onCanvas(page)).toEqual(before);
    expect(await page.evaluate(() => window.cy!.$('.hidden').length)).toBe(seedGraph.edges.length - before.edges.length);
  });

  test('the evidence report: a script-free HTML page with the graph image, and Markdown', async ({ page, context }) => {
    await openExplorer(page);
    await uncheckBusiestRelation(page);
    const canvas = await onCanvas(page);
    const [html] = await exportFiles(page, 'Report as a web page (printable)');
    expect(html!.name).toMatch(fileNamePattern('view', 'html'));
    expect(html!.text).not.toMatch(/<script/i);
    expect(html!.text).toContain('@media print');

    const reader = await context.newPage();
    await reader.route('**/__report.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html!.bytes }));
    await reader.goto('/__report.html');
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
    await expect(reader.getByRole('heading', { level: 1 })).toContainText('Evidence report');
    const image = reader.locator('figure img');
    await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
    expect(await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(500);
    const relations = reader.locator('article.relation');
    await expect(relations).toHaveCount(canvas.edges.length);
    expect((await relations.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!))).sort()).toEqual(canvas.edges);
    const edge = seedGraph.edges.find((e) => canvas.edges.includes(e.id))!;
    const evidence = edge.evidence[0]!;
    const quote = reader.locator(`article[data-id="${edge.id}"] li[data-sentence="${evidence.sentence}"] blockquote`).first();
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(quote).toHaveText(seedGraph.article.sentences.find((s) => s.id === evidence.sentence)!.text);
    await expect(quote.locator('mark')).toHaveText(evidence.quote);
    await reader.close();

    const [md] = await exportFiles(page, 'Report as Markdown');
    expect(md!.name).toMatch(fileNamePattern('view', 'md'));
    expect(md!.text.match(/^### /gm)).toHaveLength(canvas.edges.length);
    expect(md!.text).toContain(`**${evidence.quote}**`);
  });

  test('the report follows the Arabic interface', async ({ page }) => {
    await openExplorer(page, { lang: 'ar' });
    const [md] = await exportFiles(page, 'التقرير بصيغة Markdown', { lang: 'ar' });
    expect(md!.text.startsWith('# تقرير الأدلة: ')).toBe(true);
    const edge = seedGraph.edges[0]!;
    const label = (id: string) => seedGraph.nodes.find((n) => n.id === id)!.label.ar;
    const relation = seedGraph.relationTypes.find((r) => r.id === edge.type)!.label.ar;
    expect(md!.text).toContain(`### ${label(edge.source)} ${relation} ${label(edge.target)}`);
  });
});
