import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { openExplorer } from './helpers';

/**
 * Authoring as a part of the app: drafts kept per browser with their own histories, the
 * shell and the draft in the URL, one tab editing a draft at a time, nothing lost, and
 * text handled as text (grapheme clusters, the article's own direction).
 */

test.describe.configure({ timeout: 120_000 });

const ARTICLE = [
  'وزيرة الخارجية تزور عمّان لبحث مشروع المياه',
  'أكّد الوزير أن حداد زارت العاصمة الأردنية عمّان يوم الأحد.',
  'والتقت حداد الوزير كريم نصار في مقر الوزارة. وأشادت الوزيرة بدور الأردن في مشروع المياه.',
  '',
].join('\n');
const ENGLISH = ['Water talks in Amman', 'Foreign Minister Salma Haddad visited Amman on Sunday.', 'She met Karim Nassar at the ministry.', ''].join('\n');

const en = {
  newGraph: 'New graph…',
  text: 'Article text',
  title: 'English title',
  create: 'Create graph',
  lede: 'Lede',
};

function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function startDraft(page: Page, text = ARTICLE, title = 'Water project') {
  await page.getByRole('button', { name: en.newGraph }).click();
  await page.getByLabel(en.text).fill(text);
  await page.getByLabel(en.title).fill(title);
  await page.getByRole('button', { name: en.create }).click();
  await expect(group(page, en.lede)).toBeVisible();
}

/** Select words in a sentence by keyboard: Home, then Shift+← (forward in Arabic) word by word. */
async function selectWords(page: Page, sentence: string, words: number) {
  await group(page, sentence).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < words; i += 1) await page.keyboard.press('Shift+ArrowLeft');
}

async function newEntity(page: Page, label: string) {
  await page.getByRole('button', { name: 'New entity…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByLabel('English label').fill(label);
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Edit ${label}`, exact: true })).toBeVisible();
}

const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

test('Back, Forward and reload return to the same shell and draft', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  expect(hashParams(page).get('ws')).toBe('annotate');
  const draft = hashParams(page).get('draft');
  expect(draft).toBe('water-project');

  await page.getByRole('button', { name: 'Preview in explorer' }).click();
  await expect(page.getByRole('application')).toHaveAccessibleName(/0 entities/);
  await page.goBack();
  await expect(group(page, en.lede)).toBeVisible();
  await expect(page.getByRole('application')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'New graph from an article' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('application')).toHaveAccessibleName(/Knowledge graph/);
  await expect(page.getByRole('button', { name: en.newGraph })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(group(page, en.lede)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Preview in explorer' })).toHaveAttribute('aria-pressed', 'true');

  // Reload in preview and in the annotation view: the same page, the same draft.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Preview in explorer' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Graph', exact: true })).toHaveValue('__other__');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.reload();
  await expect(group(page, en.lede)).toBeVisible();
  expect(hashParams(page).get('draft')).toBe(draft);
});

test('while annotating, the header offers no search, list view or export of a hidden graph; in preview they act on the draft', async ({ page }) => {
  await openExplorer(page, { lang: 'ar' });
  await page.getByRole('button', { name: 'شبكة جديدة…' }).click();
  await page.getByLabel('نص المقال').fill(ARTICLE);
  await page.getByLabel('العنوان بالإنجليزية').fill('Water project');
  await page.getByRole('button', { name: 'أنشئ الشبكة' }).click();
  const lede = group(page, 'المقدمة');
  await expect(lede).toBeVisible();
  const header = page.getByRole('banner');
  // The header names no article but the one being annotated: not the bundled graph's.
  await expect(header).not.toContainText('بوتين');
  await expect(header.getByText('عن هذا المقال')).toHaveCount(0);
  await expect(header.getByRole('combobox')).toHaveCount(0);
  await expect(header.getByRole('button', { name: 'تصدير', exact: true })).toHaveCount(0);
  await expect(header.getByRole('button', { name: 'القائمة', exact: true })).toHaveCount(0);
  // The explorer's keys are off too: "v" does not switch a hidden graph to its list.
  await page.getByRole('heading', { name: /^الكيانات/ }).click();
  await page.keyboard.press('v');
  await expect(page.getByRole('region', { name: 'الشبكة على هيئة قائمة' })).toHaveCount(0);

  // An entity «الأردن» in the draft: the preview's search finds it, not the bundled graph's.
  await page.getByRole('group', { name: 'الجملة 2' }).focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('button', { name: 'كيان جديد…' }).click();
  const dialog = page.getByRole('dialog', { name: 'كيان جديد' });
  await dialog.getByLabel('التسمية بالعربية').fill('الأردن');
  await dialog.getByLabel('التسمية بالإنجليزية').fill('Jordan');
  await dialog.getByRole('button', { name: 'أنشئ الكيان' }).click();
  await page.getByRole('button', { name: 'معاينة في المستكشف' }).click();
  await expect(page.getByRole('application')).toHaveAccessibleName(/كيان واحد/);
  await header.getByRole('combobox').fill('الاردن');
  await expect(page.getByRole('option', { name: /الأردن/ }).first()).toBeVisible();
  // Export acts on the draft's canvas: a PNG comes out.
  await header.getByRole('button', { name: 'تصدير', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'تصدير ما تراه' }).getByRole('button', { name: 'صورة PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/^water-project.*\.png$/);
});

test('a refusal does not move the article: the next click lands where it was aimed', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  const second = group(page, 'Sentence 2');
  // The drag ends in the middle of the pane, clear of its edges, where a browser would scroll to follow it.
  await group(page, 'Sentence 1').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const before = await second.boundingBox();
  // Drag from the lede into the next sentence: refused, with a message.
  const a = (await group(page, en.lede).boundingBox())!;
  const b = (await group(page, 'Sentence 1').boundingBox())!;
  await page.mouse.move(a.x + 40, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width - 40, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const alert = page.getByRole('alert').filter({ hasText: 'one sentence' });
  await expect(alert).toBeVisible();
  expect((await second.boundingBox())!.y).toBe(before!.y);
  // The first click in the article clears the message; nothing below it moves.
  await group(page, 'Sentence 1').click();
  await expect(alert).toBeHidden();
  expect((await second.boundingBox())!.y).toBe(before!.y);
});

test('Alt+Shift+← steps over a letter with its shadda: «أكّ», never «أك»', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  await group(page, en.lede).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByText('أكّ', { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(toolbar.getByText('أكّد', { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(toolbar.getByText('أكّ', { exact: true })).toBeVisible();
});

test('a draft of an English article previews left to right, in English', async ({ page }) => {
  await openExplorer(page, { lang: 'ar' });
  await page.getByRole('button', { name: 'شبكة جديدة…' }).click();
  await page.getByLabel('نص المقال').fill(ENGLISH);
  await page.getByRole('button', { name: 'أنشئ الشبكة' }).click();
  const lede = group(page, 'المقدمة');
  await expect(lede).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'معاينة في المستكشف' }).click();
  await page.getByRole('tab', { name: 'المقال' }).click();
  // The sentence's text element (its marks and runs are spans inside it).
  const sentence = page.getByRole('complementary', { name: 'التفاصيل' }).getByText('Foreign Minister Salma Haddad visited Amman on Sunday.', { exact: true }).locator('xpath=ancestor-or-self::*[@lang][1]');
  await expect(sentence).toHaveAttribute('dir', 'ltr');
  await expect(sentence).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Water talks in Amman' })).toHaveAttribute('dir', 'ltr');
});

test('the intake text is kept until the draft is created', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await page.getByRole('button', { name: en.newGraph }).click();
  await page.getByLabel(en.text).fill(ARTICLE);
  await page.getByLabel(en.title).fill('Water project');
  await page.reload();
  await expect(page.getByLabel(en.text)).toHaveValue(ARTICLE);
  await expect(page.getByLabel(en.title)).toHaveValue('Water project');
  await page.getByRole('button', { name: en.create }).click();
  await expect(group(page, en.lede)).toBeVisible();
  await page.getByRole('button', { name: en.newGraph }).click();
  await expect(page.getByLabel(en.text)).toHaveValue('');
});

test('the drafts list: each draft with its counts, opened, renamed, duplicated, exported and deleted with a statement', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  await selectWords(page, en.lede, 1);
  await newEntity(page, 'The minister');
  await page.getByRole('button', { name: 'Close authoring' }).click();
  await startDraft(page, ENGLISH, 'Water talks');
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();

  const list = page.getByRole('main', { name: 'Drafts in this browser' });
  const water = list.getByRole('listitem', { name: 'Water project' });
  await expect(water).toContainText('4 sentences, 1 entity, 0 relations.');
  await expect(list.getByRole('listitem', { name: 'Water talks' })).toContainText('3 sentences, 0 entities, 0 relations.');

  await list.getByRole('button', { name: 'Rename Water project' }).click();
  let dialog = page.getByRole('dialog', { name: 'Rename “Water project”' });
  await dialog.getByLabel('Name').fill('Amman water');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem', { name: 'Amman water' })).toBeVisible();

  await list.getByRole('button', { name: 'Duplicate Amman water' }).click();
  await expect(list.getByRole('listitem', { name: 'Amman water' })).toHaveCount(2);

  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Export Water talks as graph JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('water-talks.graph.json');
  expect(JSON.parse(readFileSync(await file.path(), 'utf8')).article.lang).toBe('en');

  await list.getByRole('button', { name: 'Delete Water talks' }).click();
  dialog = page.getByRole('dialog', { name: 'Delete “Water talks”?' });
  await expect(dialog).toContainText('its 3 sentences, 0 entities, 0 relations and 0 steps of undo history');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Each draft keeps its own history: the original can undo its entity, the copy cannot.
  const row = (id: string) => page.getByRole('listitem').filter({ has: page.getByText(id, { exact: true }) });
  await row('water-project').getByRole('button', { name: 'Open Amman water' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  await row('water-project-copy').getByRole('button', { name: 'Open Amman water' }).click();
  await expect(page.getByRole('button', { name: 'Edit The minister', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a stored draft that fails the format check is kept aside and offered as a download', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  await page.getByRole('button', { name: 'Close authoring' }).click();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('age-drafts');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ history: { past: [], present: { format: 'an older one', id: 'old' }, future: [] }, updatedAt: 1 }, 'draft:old');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Drafts (2)' }).click();
  const aside = page.getByRole('region', { name: 'Kept aside: stored drafts that could not be read' });
  await expect(aside).toContainText('old');
  const download = page.waitForEvent('download');
  await aside.getByRole('button', { name: 'Download' }).click();
  const kept = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(kept.history.present).toEqual({ format: 'an older one', id: 'old' });
  // Still there after another reload: nothing is dropped until the user says so.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Kept aside: stored drafts that could not be read' })).toContainText('old');
  await expect(page.getByRole('listitem', { name: 'Water project' })).toBeVisible();
});

test('a full disk is reported with "Export now", and the step stays on the page', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await selectWords(page, en.lede, 1);
  await newEntity(page, 'The minister');
  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export now' }).click();
  const graph = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(graph.nodes.map((n: { label: { en: string } }) => n.label.en)).toEqual(['The minister']);
});

test('undo and redo while previewing change the canvas in place: same instance, positions kept', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await startDraft(page);
  await selectWords(page, en.lede, 2);
  await newEntity(page, 'The minister');
  await selectWords(page, 'Sentence 1', 3);
  await newEntity(page, 'Haddad');
  await page.getByRole('button', { name: 'Preview in explorer' }).click();
  const canvas = page.getByRole('application');
  await expect(canvas).toHaveAccessibleName(/2 entities/);
  await page.waitForFunction(() => (window as unknown as { cy?: Core }).cy?.nodes().length === 2);
  const before = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core & { marked?: boolean } }).cy;
    cy.marked = true;
    return cy.getElementById('the-minister').position();
  });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas).toHaveAccessibleName(/1 entity/);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(canvas).toHaveAccessibleName(/2 entities/);
  const after = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core & { marked?: boolean } }).cy;
    return { marked: cy.marked === true, position: cy.getElementById('the-minister').position(), nodes: cy.nodes().length };
  });
  expect(after).toEqual({ marked: true, position: before, nodes: 2 });
});

test('two tabs on one draft: one edits, the other reads until it takes over, and no step is lost', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
  const first = await context.newPage();
  await first.goto('/');
  await startDraft(first);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(group(second, en.lede)).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'open for editing in another tab' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // A step in the first tab shows in the second.
  await selectWords(first, en.lede, 1);
  await newEntity(first, 'The minister');
  await expect(second.getByRole('button', { name: 'Edit The minister', exact: true })).toBeVisible();

  // The second takes over; the first becomes the reader.
  await second.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'open for editing in another tab' })).toHaveCount(0);
  await expect(first.getByRole('status').filter({ hasText: 'open for editing in another tab' })).toBeVisible();
  // The takeover hands over the whole history: the first tab's step can be undone here.
  await expect(second.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await selectWords(second, 'Sentence 1', 2);
  await expect(second.getByRole('button', { name: 'New entity…' })).toBeEnabled();
  await newEntity(second, 'Haddad');
  await expect(first.getByRole('button', { name: 'Edit Haddad', exact: true })).toBeVisible();

  // Both steps are kept, in order, and undo walks back through both.
  await second.reload();
  await expect(second.getByRole('button', { name: 'Edit The minister', exact: true })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Edit Haddad', exact: true })).toBeVisible();
  await context.close();
});

for (const lang of ['en', 'ar'] as const) {
  test(`at 390×844 (${lang}) the drafts list and the read-only notice fit the screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
    const page = await context.newPage();
    await page.goto('/');
    // On a phone the header's secondary tools sit in its overflow menu.
    await page.getByRole('button', { name: lang === 'en' ? 'More tools' : 'أدوات أخرى' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'New graph…' : 'شبكة جديدة…' }).click();
    await page.getByLabel(lang === 'en' ? 'Article text' : 'نص المقال').fill(ARTICLE);
    await page.getByRole('button', { name: lang === 'en' ? 'Create graph' : 'أنشئ الشبكة' }).click();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const other = await context.newPage();
    await other.goto(page.url());
    const notice = other.getByRole('button', { name: lang === 'en' ? 'Edit here instead' : 'حرّرها هنا بدلًا من ذلك' });
    await expect(notice).toBeInViewport();
    expect(await other.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: lang === 'en' ? 'Drafts' : 'المسودات', exact: true }).click();
    await expect(page.getByRole('button', { name: lang === 'en' ? /^Open / : /^افتح / })).toBeInViewport();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });
}
