import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { gexfGrammarErrors } from '../app/features/export/writers/gexf-grammar';
import { openExplorer, seedGraph } from './helpers';

/**
 * Interop: GEXF, Neo4j and Web Annotation out through the Export menu; GEXF, GraphML
 * (this app's, Gephi's and yEd's) and CSV in through "Open file…", in both languages,
 * with the hostile-input guarantees (entities refused, 200 MB refused by its size, the
 * open graph kept).
 */

type Lang = 'en' | 'ar';
const T = {
  en: {
    menu: 'Export',
    dialog: 'Export what you see',
    whole: 'Whole graph',
    gexf: 'GEXF 1.3 (Gephi, Gephi Lite, NetworkX)',
    neo4j: 'Neo4j import (zip of CSV files and a Cypher script)',
    anno: 'W3C Web Annotations (JSON-LD)',
    details: 'Details',
    article: 'Article',
    noSource: 'This graph has no source text',
    failed: (name: string) => `Could not open ${name}`,
    kept: 'The graph that was open stays open.',
    csvDialog: 'Open a spreadsheet as a graph',
    csvOpen: 'Open graph',
    relationColumn: 'Relation column',
    targetColumn: 'Target column (to)',
    none: '(none)',
    entities: 'XML file declares entities',
  },
  ar: {
    menu: 'تصدير',
    dialog: 'تصدير ما تراه',
    whole: 'الشبكة كاملة',
    gexf: 'ملف GEXF 1.3 ‏(Gephi، Gephi Lite، NetworkX)',
    neo4j: 'استيراد إلى Neo4j (ملف zip بجداول CSV وبرنامج Cypher)',
    anno: 'تعليقات W3C Web Annotation ‏(JSON-LD)',
    details: 'التفاصيل',
    article: 'المقال',
    noSource: 'لا نصّ مصدرًا لهذه الشبكة',
    failed: (name: string) => `تعذّر فتح ${name}`,
    kept: 'تبقى الشبكة المفتوحة كما هي.',
    csvDialog: 'فتح جدول بيانات شبكةً',
    csvOpen: 'افتح الشبكة',
    relationColumn: 'عمود العلاقة',
    targetColumn: 'عمود الهدف (إلى)',
    none: '(لا شيء)',
    entities: 'يُعرِّف ملف XML كيانات',
  },
} as const;

const fixture = (name: string) => readFileSync(`app/data/import/fixtures/${name}`);
const fileInput = (page: Page) => page.getByTestId('graph-file-input');

async function exportWhole(page: Page, lang: Lang, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: T[lang].menu, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: T[lang].dialog });
  await dialog.getByRole('radio', { name: T[lang].whole }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: item, exact: true }).click()]);
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync((await (download as Download).path())!) };
}

async function cyCounts(page: Page) {
  return page.evaluate(() => ({ nodes: window.cy?.nodes().length ?? -1, edges: window.cy?.edges().length ?? -1 }));
}

async function tap(page: Page, id: string) {
  await page.evaluate((el) => void window.cy!.getElementById(el).emit('tap'), id);
}

async function expectSeedStillOpen(page: Page) {
  expect(await cyCounts(page)).toEqual({ nodes: seedGraph.nodes.length, edges: seedGraph.edges.length });
  await expect(page.getByRole('combobox', { name: /^(Graph|الشبكة)$/ })).toHaveValue(seedGraph.id);
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`interop (${lang})`, () => {
    test('GEXF out conforms to the 1.3 grammar, is read by graphology-gexf, and opens again with its evidence', async ({ page }) => {
      await openExplorer(page, { lang });
      const gexf = await exportWhole(page, lang, T[lang].gexf);
      expect(gexf.name).toMatch(/^putin-china-visit-full-\d{4}-\d{2}-\d{2}\.gexf$/);
      const text = gexf.bytes.toString('utf8');
      expect(gexfGrammarErrors(text)).toEqual([]);
      const read = parseGexf(Graph, text);
      expect([read.order, read.size]).toEqual([seedGraph.nodes.length, seedGraph.edges.length]);
      expect(read.getNodeAttribute('putin', 'label')).toBe(lang === 'ar' ? 'فلاديمير بوتين' : 'Vladimir Putin');

      // Back in: the same counts, and a relation still shows the words that state it.
      await fileInput(page).setInputFiles({ name: 'round-trip.gexf', mimeType: 'application/xml', buffer: gexf.bytes });
      await expect(page.getByRole('combobox', { name: /^(Graph|الشبكة)$/ })).toHaveValue('__other__');
      await expect.poll(() => cyCounts(page)).toEqual({ nodes: seedGraph.nodes.length, edges: seedGraph.edges.length });
      const edge = seedGraph.edges.find((e) => e.id === 'putin-visits-china')!;
      await tap(page, edge.id);
      const details = page.getByRole('complementary', { name: T[lang].details });
      await expect(details.locator('mark').first()).toBeVisible();
      // Marks come in reading order, evidence in the file's order: compare them as sets.
      expect((await details.locator('mark').allInnerTexts()).sort()).toEqual(edge.evidence.map((e) => e.quote).sort());
    });

    test('Neo4j zip and Web Annotations download with their documented shapes', async ({ page }) => {
      await openExplorer(page, { lang });
      const zip = await exportWhole(page, lang, T[lang].neo4j);
      expect(zip.name).toMatch(/\.neo4j\.zip$/);
      const files = unzipSync(new Uint8Array(zip.bytes));
      expect(Object.keys(files).sort()).toEqual(['README.txt', 'load.cypher', 'nodes.csv', 'relationships.csv']);
      const nodes = strFromU8(files['nodes.csv']!);
      expect(nodes.startsWith('id:ID(Entity),:LABEL,name:string')).toBe(true);
      expect(nodes.trim().split('\n')).toHaveLength(seedGraph.nodes.length + 1);
      expect(strFromU8(files['relationships.csv']!).startsWith(':START_ID(Entity),:END_ID(Entity),:TYPE')).toBe(true);
      expect(strFromU8(files['README.txt']!)).toContain('neo4j-admin database import full');

      const anno = await exportWhole(page, lang, T[lang].anno);
      expect(anno.name).toMatch(/\.annotations\.jsonld$/);
      const doc = JSON.parse(anno.bytes.toString('utf8')) as { '@context': string; type: string; total: number; first: { items: { target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[] } };
      expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(doc.type).toBe('AnnotationCollection');
      expect(doc.total).toBe(seedGraph.edges.reduce((n, e) => n + e.evidence.length, 0));
      const article = Array.from(seedGraph.article.sentences.map((s) => s.text).join('\n'));
      for (const item of doc.first.items) {
        const [quote, position] = item.target.selector;
        expect(article.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
      }
    });

    test('a Gephi GEXF without article text opens, and the details and article panels say it has no source text', async ({ page }) => {
      await openExplorer(page, { lang });
      await fileInput(page).setInputFiles({ name: 'gephi.gexf', mimeType: 'application/xml', buffer: fixture('gephi.gexf') });
      await expect.poll(() => cyCounts(page)).toEqual({ nodes: 4, edges: 3 });
      await tap(page, '0');
      const details = page.getByRole('complementary', { name: T[lang].details });
      await expect(details.getByRole('heading', { level: 2 })).toHaveText('بوتين');
      await expect(details).toContainText(T[lang].noSource);
      await page.getByRole('tab', { name: T[lang].article }).click();
      await expect(page.getByText(T[lang].noSource).last()).toBeVisible();
    });

    test('GraphML from yEd and from Gephi open with their labels', async ({ page }) => {
      await openExplorer(page, { lang });
      await fileInput(page).setInputFiles({ name: 'yed.graphml', mimeType: 'application/xml', buffer: fixture('yed.graphml') });
      await expect.poll(() => cyCounts(page)).toEqual({ nodes: 3, edges: 2 });
      await tap(page, 'n1');
      await expect(page.getByRole('complementary', { name: T[lang].details }).getByRole('heading', { level: 2 })).toHaveText('الصين');
      await fileInput(page).setInputFiles({ name: 'gephi.graphml', mimeType: 'application/xml', buffer: fixture('gephi.graphml') });
      await expect.poll(() => page.evaluate(() => window.cy?.getElementById('putin').length ?? 0)).toBe(1);
      await expect.poll(() => cyCounts(page)).toEqual({ nodes: 3, edges: 2 });
      await tap(page, 'putin');
      await expect(page.getByRole('complementary', { name: T[lang].details }).getByRole('heading', { level: 2 })).toHaveText('فلاديمير بوتين');
    });

    test('CSV node and edge lists open through the column-mapping step', async ({ page }) => {
      await openExplorer(page, { lang });
      await fileInput(page).setInputFiles([
        { name: 'nodes.csv', mimeType: 'text/csv', buffer: fixture('nodes.csv') },
        { name: 'edges.csv', mimeType: 'text/csv', buffer: fixture('edges.csv') },
      ]);
      const dialog = page.getByRole('dialog', { name: T[lang].csvDialog });
      await expect(dialog).toBeVisible();
      // The guess is filled in; a target equal to the source is refused with a message.
      await expect(dialog.getByRole('combobox', { name: T[lang].relationColumn })).toHaveValue('Relationship');
      await dialog.getByRole('combobox', { name: T[lang].targetColumn }).selectOption('Source');
      await dialog.getByRole('button', { name: T[lang].csvOpen }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await dialog.getByRole('combobox', { name: T[lang].targetColumn }).selectOption('Target');
      await dialog.getByRole('combobox', { name: T[lang].relationColumn }).selectOption({ label: T[lang].none });
      await dialog.getByRole('button', { name: T[lang].csvOpen }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => cyCounts(page)).toEqual({ nodes: 5, edges: 3 });
      const types = await page.evaluate(() => [...new Set(window.cy!.edges().map((e) => e.data('type') as string))]);
      expect(types).toEqual(['related-to']);
      await tap(page, 'west');
      await expect(page.getByRole('complementary', { name: T[lang].details }).getByRole('heading', { level: 2 })).toHaveText('الغرب, كتلةً');
    });

    test("the details panel shows an entity's note: Lavrov's added alias is marked as the annotator's", async ({ page }) => {
      await openExplorer(page, { lang });
      await tap(page, 'lavrov');
      const details = page.getByRole('complementary', { name: T[lang].details });
      await expect(details.getByRole('heading', { level: 2 })).toHaveText(lang === 'ar' ? 'لافروف' : 'Lavrov');
      await expect(details).toContainText(lang === 'ar' ? 'أضافه المُعلِّق للبحث' : "is the annotator's, added for search");
    });

    test('hostile XML is refused with a message and the open graph stays', async ({ page }) => {
      await openExplorer(page, { lang });
      const laughs = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="1" label="&b;"/></nodes><edges/></graph></gexf>`;
      await fileInput(page).setInputFiles({ name: 'laughs.gexf', mimeType: 'application/xml', buffer: Buffer.from(laughs) });
      const alert = page.getByRole('alert').filter({ hasText: T[lang].failed('laughs.gexf') });
      await expect(alert).toContainText(T[lang].entities);
      await expect(alert).toContainText(T[lang].kept);
      await expectSeedStillOpen(page);
      const xxe = `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&x;"/></graph></graphml>`;
      await fileInput(page).setInputFiles({ name: 'xxe.graphml', mimeType: 'application/xml', buffer: Buffer.from(xxe) });
      await expect(page.getByRole('alert').filter({ hasText: T[lang].failed('xxe.graphml') })).toContainText(T[lang].entities);
      await expectSeedStillOpen(page);
    });
  });
}

test('200 MB GEXF, GraphML and CSV files are refused by their size, before they are read', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'interop-big-'));
  try {
    await openExplorer(page);
    for (const name of ['huge.gexf', 'huge.graphml', 'huge.csv']) {
      const path = join(dir, name);
      writeFileSync(path, '');
      truncateSync(path, 200 * 1024 * 1024); // sparse: no disk used
      await fileInput(page).setInputFiles(path);
      const alert = page.getByRole('alert').filter({ hasText: `Could not open ${name}` });
      await expect(alert).toContainText('The file is 200.0 MB; files over 50.0 MB are not opened.');
      await expectSeedStillOpen(page);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the column-mapping dialog fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, { lang: 'ar' });
  // On a phone the file controls sit in the Filters sheet.
  await page.getByRole('button', { name: 'المرشِّحات' }).click();
  await fileInput(page).setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: fixture('nodes.csv') },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: fixture('edges.csv') },
  ]);
  const dialog = page.getByRole('dialog', { name: T.ar.csvDialog });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(dialog.getByRole('button', { name: T.ar.csvOpen })).toBeInViewport();
  await dialog.getByRole('button', { name: T.ar.csvOpen }).click();
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: 5, edges: 3 });
});
