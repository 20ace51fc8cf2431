import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { clickElement } from './helpers';

/** The three invented articles of e2e/fixtures/corpus, served under /fixtures/corpus/. */
const FIXTURES = 'e2e/fixtures/corpus';
const CORPUS = '/fixtures/corpus/test-summits.corpus.json';

async function serveFixtures(page: Page) {
  await page.route('**/fixtures/corpus/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    try {
      return route.fulfill({ contentType: 'application/json', body: readFileSync(join(FIXTURES, name), 'utf8') });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

async function openCorpus(page: Page, lang: 'en' | 'ar' = 'en', hash = '') {
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await serveFixtures(page);
  await page.goto(`/?corpus=${encodeURIComponent(CORPUS)}${hash}`);
  await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
}

// The canvas is built again for each merge: between two, there is briefly none.
const nodeCount = (page: Page) => page.evaluate(() => (window as unknown as { cy?: Core }).cy?.nodes().length ?? -1);
const visibleEdges = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy?: Core }).cy;
    if (!cy) return [];
    return cy
      .edges()
      .filter((e) => e.style('display') !== 'none')
      .map((e) => e.id())
      .sort();
  });

test.describe('a corpus of three articles', () => {
  test('opens as one graph: one node per identity, the Corpus tab lists articles and suggestions', async ({ page }) => {
    await openCorpus(page);
    // 14 entities; Xi judged the same in two articles, Russia sharing a Wikidata IRI: 12 nodes.
    await expect.poll(() => nodeCount(page)).toBe(12);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByText('3 articles; 14 entities before merging, 12 nodes after.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Read the article “A summit in Beijing”' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Same entity: merge “Vladimir Putin” (A summit in Beijing) and “Putin” (Russian-Chinese talks)' })).toBeVisible();
  });

  test('confirm a merge, read each article’s words on the merged edge, then split it again', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: 'Same entity: merge “Vladimir Putin” (A summit in Beijing) and “Putin” (Russian-Chinese talks)' }).click();
    await expect.poll(() => nodeCount(page)).toBe(11);
    await expect(panel.getByRole('button', { name: /Split off “بوتين” of “Russian-Chinese talks” from “Vladimir Putin”/ })).toBeVisible();
    await expect(panel.getByRole('region', { name: /^Decisions/ }).getByRole('listitem')).toHaveText([/same.*xi.*xi-jinping/, /same.*putin \(A summit in Beijing\).*vladimir-putin \(Russian-Chinese talks\).*Decided in the explorer/]);

    // The two articles' "meets" relations are now one edge, drawn wider.
    const width = await page.evaluate(() => parseFloat((window as unknown as { cy: Core }).cy.getElementById('putin-meets-xi').style('width')));
    expect(width).toBeGreaterThan(2.5);
    await clickElement(page, 'putin-meets-xi');
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('tabpanel');
    const byArticle = details.getByRole('region', { name: 'Evidence by article' });
    await expect(byArticle).toContainText('Stated in 2 articles');
    const first = byArticle.getByRole('region', { name: /قمة في بكين/ });
    const second = byArticle.getByRole('region', { name: /محادثات روسية صينية/ });
    await expect(first.locator('mark')).toHaveText(['التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ']);
    await expect(second.locator('mark')).toHaveText(['أجرى بوتين محادثات مع شي']);
    await expect(first).toContainText('2024-05-16');
    await expect(second).toContainText('Stated by the article');

    await page.getByRole('tab', { name: 'Corpus' }).click();
    await page.getByRole('tabpanel').getByRole('button', { name: /Split off “بوتين” of “Russian-Chinese talks” from “Vladimir Putin”/ }).click();
    await expect.poll(() => nodeCount(page)).toBe(12);
    await expect(page.getByRole('tabpanel').getByRole('region', { name: /^Decisions/ }).getByRole('listitem').last()).toContainText(/different.*vladimir-putin.*putin/);
    // Split means judged different: it is no longer suggested.
    await expect(page.getByRole('tabpanel').getByRole('button', { name: /merge “Vladimir Putin”/ })).toHaveCount(0);
  });

  test('export the corpus with its decisions, and edges.csv with each quote’s article', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: 'Different: keep apart “Beijing” (A summit in Beijing) and “the capital Beijing” (Russian-Chinese talks)' }).click();
    await expect(panel).toContainText('different');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export corpus file' }).click()]);
    expect(download.suggestedFilename()).toBe('test-summits.corpus.json');
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported.judgements).toHaveLength(2);
    expect(exported.judgements[1]).toMatchObject({ verdict: 'different', entities: [{ article: 'summit-a', entity: 'beijing' }, { article: 'summit-b', entity: 'beijing' }] });
    expect(exported.articles.map((a: { title: { en: string } }) => a.title.en)).toEqual(['A summit in Beijing', 'Russian-Chinese talks', 'A trade agreement']);
  });

  test('brushing the timeline keeps only relations evidenced in the range, and the range is in the URL', async ({ page }) => {
    await openCorpus(page);
    const strip = page.getByRole('group', { name: /Timeline of articles/ });
    await expect(strip).toBeVisible();
    const all = await visibleEdges(page);
    expect(all.length).toBe(9);
    // Drag over the last part of the strip (June): only the trade article's relations.
    const box = (await strip.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => visibleEdges(page)).toEqual(['china-signs-deal', 'deal-in-moscow', 'russia-signs-deal']);
    await expect(page).toHaveURL(/[#&]t=2024-0[56]-\d\d%2F2024-06-0\d/);
    await expect(page.getByRole('status').filter({ hasText: 'Showing relations evidenced from' })).toBeVisible();

    // The date fields brush too: Thursday 16 May 2024 alone.
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2024-05-16');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-05-16');
    await expect.poll(() => visibleEdges(page)).toEqual(['putin-meets-xi', 'putin-visits-beijing', 'russia-supports-plan']);
    await page.reload();
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
    await expect.poll(() => visibleEdges(page)).toEqual(['putin-meets-xi', 'putin-visits-beijing', 'russia-supports-plan']);
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => visibleEdges(page)).toHaveLength(9);
  });

  test('in Arabic the strip mirrors: later articles sit further left', async ({ page }) => {
    await openCorpus(page, 'ar');
    const first = await page.getByRole('button', { name: /قمة في بكين، نُشر في 2024-05-16/ }).boundingBox();
    const last = await page.getByRole('button', { name: /اتفاق تجاري، نُشر في 2024-06-03/ }).boundingBox();
    expect(last!.x).toBeLessThan(first!.x);
  });

  test('what an article adds: only elements that first appear in it', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    await page.getByRole('tabpanel').getByLabel('Show').selectOption({ label: 'What “A trade agreement” adds' });
    // Russia is known from the first article; trade-c adds the deal, Moscow, China (not merged) and their relations.
    await expect.poll(() => visibleEdges(page)).toEqual(['china-signs-deal', 'deal-in-moscow', 'russia-signs-deal']);
    await expect(page).toHaveURL(/art=trade-c%3Aadds/);
  });

  test('add an exported graph file to the corpus: a new article and the merges it brings', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel('Publication date of the added article').fill('2024-06-10');
    await panel.getByLabel('Add an exported graph file to this corpus').setInputFiles(join(FIXTURES, 'trade-c.graph.json'));
    await expect.poll(() => nodeCount(page)).toBe(16);
    await expect(panel.getByRole('button', { name: /^Read the article/ })).toHaveCount(4);
    await expect(panel.getByRole('button', { name: 'Same entity: merge “Moscow” (A trade agreement) and “Moscow” (A trade agreement)' })).toBeVisible();
    await expect(page.getByRole('button', { name: /A trade agreement, published 2024-06-10/ })).toBeVisible();
  });

  test('Add to corpus from the authoring workspace: the draft becomes an article of the open corpus', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('button', { name: 'New graph…' }).click();
    // An invented two-line article, written for this test.
    await page.getByLabel('Article text').fill('قمة قصيرة\nالتقى الوزيران في موسكو يوم الجمعة.\n');
    await page.getByLabel('English title').fill('A short summit');
    await page.getByRole('button', { name: 'Cut into sentences' }).click();
    await page.getByRole('button', { name: 'Create graph' }).click();
    await page.getByRole('button', { name: 'Add to corpus' }).click();
    await expect(page.getByRole('tab', { name: 'Corpus', selected: true })).toBeVisible();
    await expect(page.getByRole('tabpanel').getByRole('button', { name: /^Read the article/ })).toHaveCount(4);
    await expect(page.getByRole('tabpanel').getByRole('button', { name: 'Read the article “A short summit”' })).toBeVisible();
  });

  test('the Article tab lists each article’s text under its title', async ({ page }) => {
    await openCorpus(page);
    await page.getByRole('tab', { name: 'Corpus' }).click();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Read the article “A trade agreement”' }).click();
    const article = page.getByRole('tabpanel');
    await expect(page.getByRole('tab', { name: 'Article', selected: true })).toBeVisible();
    await expect(article.getByRole('heading', { level: 3 })).toHaveText(['قمة في بكين', 'محادثات روسية صينية', 'اتفاق تجاري']);
  });
});

test('the bundled corpus opens from the picker; the seed relations carry their dates', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
  await page.goto('/');
  await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
  await page.getByRole('combobox', { name: 'Graph', exact: true }).selectOption({ label: 'putin-china-visit (corpus)' });
  await expect(page.getByRole('tab', { name: 'Corpus' })).toBeVisible();
  await expect(page).toHaveURL(/\?c=putin-china-visit/);
  await expect.poll(() => nodeCount(page)).toBe(58);
  await page.goto('/?c=putin-china-visit#sel=e:putin-visits-china&lang=en');
  const details = page.getByRole('tabpanel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Vladimir Putin visits China');
  await expect(details.locator('dd').filter({ hasText: 'يوم الخميس في زيارة رسمية مدتها يومين' })).toContainText('2024-05-16 – 2024-05-17');
  await expect(details.getByRole('region', { name: 'Evidence by article' })).toContainText('Stated in 1 article');
});

test.describe('bad corpora: a clear message with the JSON path, the open graph stays open', () => {
  const corpus = JSON.parse(readFileSync(join(FIXTURES, 'test-summits.corpus.json'), 'utf8'));
  const graphFiles = ['summit-a.graph.json', 'summit-b.graph.json', 'trade-c.graph.json'].map((name) => ({
    name,
    mimeType: 'application/json',
    buffer: readFileSync(join(FIXTURES, name)),
  }));
  const cases: [string, unknown, RegExp][] = [
    ['a missing graph', { ...corpus, articles: [{ ...corpus.articles[0], graph: 'gone.graph.json' }, ...corpus.articles.slice(1)] }, /\$\.articles\[0\]\.graph.*cannot read "gone\.graph\.json"/],
    ['two articles with one id', { ...corpus, articles: [...corpus.articles, corpus.articles[0]] }, /\$\.articles\[3\]\.id.*duplicate article id "summit-a"/],
    [
      'a judgement naming an unknown entity',
      { ...corpus, judgements: [{ verdict: 'same', entities: [{ article: 'summit-a', entity: 'putin' }, { article: 'summit-b', entity: 'nobody' }], date: '2026-12-07' }] },
      /\$\.judgements\[0\]\.entities\[1\]\.entity.*no entity "nobody"/,
    ],
    [
      'contradictory judgements',
      { ...corpus, judgements: [...corpus.judgements, { ...corpus.judgements[0], verdict: 'different' }] },
      /\$\.judgements\[1\]\.verdict.*judged "different" here and "same"/,
    ],
  ];
  for (const [what, data, message] of cases) {
    test(what, async ({ page }) => {
      await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
      await page.goto('/');
      await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
      const before = await nodeCount(page);
      await page.getByLabel('Open a corpus file together with its graph files').setInputFiles([
        { name: 'bad.corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) },
        ...graphFiles,
      ]);
      await expect(page.getByText('Could not open bad.corpus.json')).toBeVisible();
      await expect(page.getByText('The corpus could not be merged: it, or a graph it names, has problems.')).toBeVisible();
      await expect(page.locator('.source-failure')).toContainText(message);
      await expect(page.getByText('The graph that was open stays open.')).toBeVisible();
      expect(await nodeCount(page)).toBe(before);
    });
  }

  test('a 200 MB corpus linked by URL is refused before it is read, with the path of the problem', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'ar'));
    await page.route('**/huge.corpus.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'content-length': String(200 * 1024 * 1024) }, body: '{}' }),
    );
    await page.goto('/?corpus=%2Fhuge.corpus.json');
    await expect(page.getByText('تعذّر دمج المدوّنة: فيها، أو في شبكة تذكرها، مشكلات.')).toBeVisible();
    const problem = page.getByRole('listitem').filter({ hasText: 'corpus file is too large (200.0 MB)' });
    // The reader's sentence names no JSON path; the path waits behind Details.
    await expect(problem).toHaveCount(1);
    await expect(problem.locator('code')).toHaveCount(0);
    await page.getByRole('alert').getByText('التفاصيل', { exact: true }).click();
    await expect(problem).toHaveCount(2);
    await expect(problem.locator('code')).toHaveText('$');
    // Never a blank page: the way back to the bundled graph is offered.
    await expect(page.getByRole('button', { name: 'حمّل الشبكة المرفقة' })).toBeVisible();
  });

  test('a 200 MB corpus file is refused before it is read, and the open graph stays open', async ({ page }, info) => {
    const big = info.outputPath('big.corpus.json');
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
    await page.goto('/');
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 0);
    const before = await nodeCount(page);
    await page.getByLabel('Open a corpus file together with its graph files').setInputFiles(big);
    await expect(page.getByText('Could not open big.corpus.json')).toBeVisible();
    await expect(page.getByText('The file is 200.0 MB; files over 50.0 MB are not opened.')).toBeVisible();
    await expect(page.getByText('The graph that was open stays open.')).toBeVisible();
    expect(await nodeCount(page)).toBe(before);
  });
});

test.describe('accessibility of the corpus views', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`axe finds no violation in ${lang} in the Corpus tab, the timeline and evidence by article`, async ({ page }) => {
      await openCorpus(page, lang, '#sel=e:putin-meets-xi');
      await page.getByRole('tab', { name: lang === 'en' ? 'Details' : 'التفاصيل' }).click();
      await expect(page.getByRole('region', { name: lang === 'en' ? 'Evidence by article' : 'الدليل حسب المقال' })).toBeVisible();
      let results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.getByRole('tab', { name: lang === 'en' ? 'Corpus' : 'المدوّنة' }).click();
      results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  test('on a phone the timeline and the Corpus tab fit the width', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openCorpus(page, 'ar');
    const strip = await page.getByRole('group', { name: /خط زمني/ }).boundingBox();
    expect(strip!.x).toBeGreaterThanOrEqual(0);
    expect(strip!.x + strip!.width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
