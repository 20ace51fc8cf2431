import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Graph } from '../app/domain/schema';
import { validateGraphText } from '../app/domain/validate';
import { dragSelect, openExplorer, seedGraph } from './helpers';

/**
 * A graph built in the browser from an article written for this test, by
 * mouse and by keyboard, across a reload, with undo/redo and a merge; the exported file
 * passes the project's validator and opens in the explorer with its quoted words.
 */

test.describe.configure({ timeout: 240_000 });

const TITLE_EN = 'Foreign minister visits Amman to discuss the water project';
const LEDE_EN = 'Foreign Minister Salma Haddad visited the Jordanian capital Amman on Sunday.';
const ARTICLE = [
  'وزيرة الخارجية تزور عمّان لبحث مشروع المياه',
  'زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان يوم الأحد.',
  'والتقت حداد الوزير كريم نصار في مقر الوزارة. وأشادت الوزيرة بدور الأردن في مشروع المياه.',
  'Newsletter',
  '',
].join('\n');
/** The sentences as the app cuts them; s0 is the title. */
const S = {
  lede: 'زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان يوم الأحد.',
  b1: 'والتقت حداد الوزير كريم نصار في مقر الوزارة.',
  b2: 'وأشادت الوزيرة بدور الأردن في مشروع المياه.',
};

function sentence(page: Page, name: 'Lede' | 'Sentence 1' | 'Sentence 2'): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function newEntity(page: Page, en: string, type: string) {
  await page.getByRole('button', { name: 'New entity…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await dialog.getByLabel('English label').fill(en);
  await dialog.getByLabel('Entity type').selectOption({ label: type });
  await dialog.getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Edit ${en}`, exact: true })).toBeVisible();
}

async function fillRelation(page: Page, from: string, type: string, to: string) {
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  await dialog.getByLabel('From (source)').selectOption({ label: from });
  await dialog.getByLabel('Relation type').selectOption({ label: type });
  await dialog.getByLabel('To (target)').selectOption({ label: to });
  return dialog;
}

function relationItem(page: Page, text: string) {
  return page.getByRole('region', { name: /^Relations/ }).getByRole('listitem').filter({ hasText: text });
}

async function startGraph(page: Page) {
  await openExplorer(page, { lang: 'en' });
  await page.getByRole('button', { name: 'New graph…' }).click();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('English title').fill(TITLE_EN);
  await page.getByRole('button', { name: 'Cut into sentences' }).click();
  await expect(page.getByRole('heading', { name: '4 sentences' })).toBeVisible();
  await expect(page.getByText('Left out as page furniture: Newsletter')).toBeVisible();
  await page.getByRole('button', { name: 'Create graph' }).click();
  await expect(sentence(page, 'Lede')).toHaveText(S.lede);
}

test('an annotator builds, reloads, undoes, merges and exports a graph that validates and opens in the explorer', async ({ page }) => {
  // The strict CSP stays quiet through all of it (no eval from zod, no inline script).
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await startGraph(page);

  // By mouse: an entity from dragged words.
  await dragSelect(page, sentence(page, 'Lede'), 'سلمى حداد');
  await newEntity(page, 'Salma Haddad', 'Person');

  // By keyboard alone: Tab into the article, the caret moves word by word (← is forward
  // in Arabic), Shift extends, Enter reaches the actions.
  await page.getByRole('button', { name: 'English translation…' }).focus();
  await page.keyboard.press('Tab');
  await expect(sentence(page, 'Lede')).toBeFocused();
  await page.keyboard.press('Home');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('toolbar').getByText('عمّان', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'New entity…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const entityDialog = page.getByRole('dialog', { name: 'New entity' });
  await expect(entityDialog.getByLabel('Arabic label')).toHaveValue('عمّان');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Amman');
  await entityDialog.getByLabel('Entity type').selectOption({ label: 'Place or region' });
  await entityDialog.getByLabel('English label').press('Enter');
  await expect(page.getByRole('button', { name: 'Edit Amman', exact: true })).toBeVisible();
  // The result is announced, and focus is back where the keyboard user was.
  await expect(page.getByRole('status').filter({ hasText: 'Entity “Amman” created.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New entity…' })).toBeFocused();

  // A relation whose evidence is the selected words.
  await dragSelect(page, sentence(page, 'Lede'), 'زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان');
  await page.getByRole('button', { name: 'New relation…' }).click();
  // Source and target start as the entities named inside the words, in reading order.
  const first = page.getByRole('dialog', { name: 'New relation' });
  await expect(first.getByLabel('From (source)')).toHaveValue('salma-haddad');
  await expect(first.getByLabel('To (target)')).toHaveValue('amman');
  await first.getByLabel('Relation type').selectOption({ label: 'visits' });
  await first.getByRole('button', { name: 'Create relation' }).click();
  await expect(relationItem(page, 'Salma Haddad visits Amman')).toContainText('زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان');
  // More evidence for it, from the title, through the relation's own button.
  await dragSelect(page, page.getByRole('group', { name: 'Title', exact: true }), 'تزور عمّان');
  await page.getByRole('button', { name: 'Add selected words as evidence of “Salma Haddad visits Amman”' }).click();
  await page.getByRole('dialog', { name: 'Add evidence to a relation' }).getByRole('button', { name: 'Add evidence' }).click();
  await expect(relationItem(page, 'Salma Haddad visits Amman')).toContainText('تزور عمّان');
  await expect(page.getByText('Saved in this browser.')).toBeVisible();

  // Reload mid-way: the draft comes back from IndexedDB and the work goes on.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit Salma Haddad', exact: true })).toBeVisible();
  await expect(relationItem(page, 'Salma Haddad visits Amman')).toBeVisible();

  await dragSelect(page, sentence(page, 'Sentence 1'), 'كريم نصار');
  await newEntity(page, 'Karim Nassar', 'Person');

  // By keyboard: the first five words of the sentence, as evidence of a new relation type.
  await sentence(page, 'Sentence 1').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('toolbar').getByText('والتقت حداد الوزير كريم نصار', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'New relation…' }).click();
  let dialog = await fillRelation(page, 'Karim Nassar', 'New relation type…', 'Karim Nassar');
  await dialog.getByLabel('Arabic label').fill('يرحّب بـ');
  await dialog.getByLabel('English label').fill('welcomes');
  await dialog.getByLabel('Category').selectOption({ label: 'Diplomacy' });
  await dialog.getByRole('button', { name: 'Create relation' }).click();
  // Refused with a reason, and nothing typed is lost.
  await expect(dialog.getByRole('alert')).toHaveText('A relation needs two different entities: source and target are the same.');
  await expect(dialog.getByLabel('English label')).toHaveValue('welcomes');
  await dialog.getByLabel('From (source)').selectOption({ label: 'Salma Haddad' });
  await dialog.getByRole('button', { name: 'Create relation' }).click();
  await expect(relationItem(page, 'Salma Haddad welcomes Karim Nassar')).toBeVisible();

  // A mention of an existing entity, by the finder beside the palette (the toolbar's one way to it).
  await dragSelect(page, sentence(page, 'Sentence 1'), 'حداد');
  await expect(page.getByRole('button', { name: 'Mention of…' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Mention of' }).fill('salma');
  await page.getByRole('listbox', { name: 'Mention of' }).getByRole('option', { name: 'Salma Haddad' }).click();
  await expect(page.getByRole('region', { name: /^Entities/ }).getByRole('listitem').filter({ hasText: 'Salma Haddad' })).toContainText('2 mentions');

  // A selection across two sentences is refused with a message.
  await dragAcross(page);
  await expect(page.getByRole('alert').filter({ hasText: 'A selection must stay within one sentence' })).toBeVisible();

  // A second name for the minister, to be merged.
  await dragSelect(page, sentence(page, 'Sentence 2'), 'الوزيرة');
  await newEntity(page, 'The minister', 'Person');
  await dragSelect(page, sentence(page, 'Sentence 2'), 'الأردن');
  await newEntity(page, 'Jordan', 'Country (state actor)');
  await dragSelect(page, sentence(page, 'Sentence 2'), 'وأشادت الوزيرة بدور الأردن');
  await page.getByRole('button', { name: 'New relation…' }).click();
  await (await fillRelation(page, 'The minister', 'praises', 'Jordan')).getByRole('button', { name: 'Create relation' }).click();
  await expect(relationItem(page, 'The minister praises Jordan')).toBeVisible();

  // Merge: the statement says what moves; the relation follows.
  await page.getByRole('button', { name: 'Merge another entity into Salma Haddad' }).click();
  dialog = page.getByRole('dialog', { name: 'Merge into Salma Haddad' });
  await dialog.getByLabel('Entity to merge in').selectOption({ label: 'The minister' });
  await expect(dialog).toContainText('The minister goes: its mentions (1 mention), its relations (1 relation)');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(relationItem(page, 'Salma Haddad praises Jordan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit The minister', exact: true })).toHaveCount(0);

  // Undo by keyboard, redo by button.
  await page.getByRole('heading', { name: /^Entities/ }).click();
  await page.keyboard.press('Control+z');
  await expect(relationItem(page, 'The minister praises Jordan')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(relationItem(page, 'Salma Haddad praises Jordan')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(relationItem(page, 'The minister praises Jordan')).toBeVisible();
  await page.getByRole('heading', { name: /^Entities/ }).click();
  await page.keyboard.press('Control+Shift+z');
  await expect(relationItem(page, 'Salma Haddad praises Jordan')).toBeVisible();

  // Delete says what goes with it; cancelled here.
  await page.getByRole('button', { name: 'Delete Jordan', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Delete Jordan?' });
  await expect(dialog).toContainText('deletes its relations (1 relation) with it');
  await expect(dialog).toContainText('Salma Haddad praises Jordan');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Qualifiers and a note in the relation's form.
  await page.getByRole('button', { name: 'Edit Salma Haddad visits Amman', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Edit relation' });
  await dialog.getByLabel('Qualifiers (English)').fill('Sunday');
  await dialog.getByLabel('Note (English)').fill('A working visit.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  // Rename and add an alias; the relation that names him follows.
  await page.getByRole('button', { name: 'Edit Karim Nassar', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Edit Karim Nassar' });
  await dialog.getByLabel('English label').fill('Karim Nasser');
  await dialog.getByLabel('English aliases').fill('Nassar, K. Nasser');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(relationItem(page, 'Salma Haddad welcomes Karim Nasser')).toBeVisible();

  // A sentence's English translation, by keyboard from the sentence.
  await sentence(page, 'Lede').focus();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'English translation…' }).click();
  dialog = page.getByRole('dialog', { name: 'English translation of the sentence' });
  await dialog.getByLabel('English translation').fill(LEDE_EN);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(LEDE_EN)).toBeVisible();

  await expect(page.getByText('The graph validates: it is ready to export.')).toBeVisible();

  // Live preview: the draft is the explorer's graph; undo and redo there show at once.
  await page.getByRole('button', { name: 'Preview in explorer' }).click();
  await expect(page.getByRole('combobox', { name: 'Graph', exact: true })).toHaveValue('__other__');
  await expect(page.getByRole('application')).toHaveAccessibleName(/4 entities and 3 relations/);
  // Four steps back (translation, rename, relation edit, merge): the minister is there again.
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('application')).toHaveAccessibleName(/5 entities and 3 relations/);
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('application')).toHaveAccessibleName(/4 entities and 3 relations/);
  await page.getByRole('button', { name: 'Annotate' }).click();

  // Export, and check the file with the project's own validator and the article text.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export graph JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('foreign-minister-visits-amman-to-discuss-the-water-project.graph.json');
  const text = readFileSync(await file.path(), 'utf8');
  const checked = validateGraphText(text, { sourceText: ARTICLE });
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  const graph = JSON.parse(text) as Graph;
  expect(graph.nodes.map((n) => n.label.en).sort()).toEqual(['Amman', 'Jordan', 'Karim Nasser', 'Salma Haddad']);
  expect(graph.nodes.find((n) => n.label.en === 'Karim Nasser')?.aliases).toEqual({ en: ['Nassar', 'K. Nasser'] });
  expect(graph.edges).toHaveLength(3);
  expect(graph.article.title).toEqual({ ar: 'وزيرة الخارجية تزور عمّان لبحث مشروع المياه', en: TITLE_EN });
  expect(graph.article.sentences.map((x) => x.en)).toEqual([TITLE_EN, LEDE_EN, '', '']);
  const visit = graph.edges.find((e) => e.type === 'visits')!;
  expect([visit.qualifiers, visit.note]).toEqual([{ en: 'Sunday' }, { en: 'A working visit.' }]);
  expect(visit.evidence.map((e) => [e.sentence, e.quote])).toEqual([
    ['s1', 'زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان'],
    ['s0', 'تزور عمّان'],
  ]);

  // The exported file in the explorer: every relation shows its quoted words.
  await page.getByRole('button', { name: 'Close authoring' }).click();
  await page.getByTestId('graph-file-input').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('combobox', { name: 'Graph', exact: true })).toHaveValue('__other__');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const list = page.getByRole('region', { name: 'Graph as a list' });
  const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label.en;
  for (const edge of graph.edges) {
    const type = graph.relationTypes.find((r) => r.id === edge.type)!.label.en;
    await list.getByRole('button', { name: `${label(edge.source)} ${type} ${label(edge.target)}`, exact: true }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    for (const ev of edge.evidence) await expect(details.locator('mark').filter({ hasText: ev.quote }).first()).toBeVisible();
  }

  // Reopened in "New graph…", the exported file continues the work.
  await page.getByRole('button', { name: 'New graph…' }).click();
  await page.getByTestId('article-file-input').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(relationItem(page, 'Salma Haddad praises Jordan')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Entities/ }).getByRole('listitem')).toHaveCount(4);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

/** Drag from the lede's last word into the next sentence. */
async function dragAcross(page: Page) {
  const a = await sentence(page, 'Lede').boundingBox();
  const b = await sentence(page, 'Sentence 1').boundingBox();
  if (!a || !b) throw new Error('no boxes');
  await page.mouse.move(a.x + 40, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width - 40, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

test('while previewing a draft, a graph picked in the explorer ends the preview and stays open; Back brings the draft back', async ({ page }) => {
  await startGraph(page);
  await page.getByRole('button', { name: 'Preview in explorer' }).click();
  const picker = page.getByRole('combobox', { name: 'Graph', exact: true });
  await expect(picker).toHaveValue('__other__');
  await picker.selectOption('putin-china-visit');
  await expect(page.getByRole('application')).toHaveAccessibleName(new RegExp(`${seedGraph.nodes.length} entities and ${seedGraph.edges.length} relations`));
  await expect(page.getByRole('button', { name: 'Preview in explorer' })).toHaveCount(0);
  // Give a render that would switch back the time to do it, then check nothing did.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(picker).toHaveValue('putin-china-visit');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Preview in explorer' })).toHaveAttribute('aria-pressed', 'true');
  await expect(picker).toHaveValue('__other__');
});

test('bad articles are refused with a clear message, and bidi marks are reported', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await page.getByRole('button', { name: 'New graph…' }).click();
  const input = page.getByTestId('article-file-input');
  const alert = page.getByRole('main').getByRole('alert');

  await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\n ') });
  await expect(alert).toHaveText('The text is empty: paste an article or choose a file with text in it.');
  await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a]) });
  await expect(alert).toContainText('This file is not text');
  await input.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
  await expect(alert).toHaveText('This article is 10.0 MB; articles over 10.0 MB are not opened.');

  await page.getByLabel('Article text').fill('عنوان\u200F المقال\nالمقدمة هنا.\nجملة أولى. جملة ثانية.');
  await page.getByRole('button', { name: 'Cut into sentences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invisible direction mark' })).toContainText('The text holds 1 invisible direction mark (');
  await expect(page.getByRole('heading', { name: '4 sentences' })).toBeVisible();

  // A graph id that a bundled graph already has is refused.
  await page.getByLabel('Graph id').fill('putin-china-visit');
  await page.getByRole('button', { name: 'Create graph' }).click();
  await expect(alert).toHaveText('The id “putin-china-visit” is already taken; choose another.');
});

test('sentences are merged and split by keyboard, and a split inside annotated words is refused', async ({ page }) => {
  await startGraph(page);
  await sentence(page, 'Sentence 1').focus();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Merge with next sentence' }).click();
  await expect(sentence(page, 'Sentence 1')).toHaveText(`${S.b1} ${S.b2}`);
  await expect(sentence(page, 'Sentence 2')).toHaveCount(0);

  // An entity inside the merged sentence, then a caret inside its words: no split there.
  await dragSelect(page, sentence(page, 'Sentence 1'), 'كريم نصار');
  await newEntity(page, 'Karim Nassar', 'Person');
  await sentence(page, 'Sentence 1').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.getByRole('button', { name: 'Split sentence at caret' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot split inside the annotated words “كريم نصار”' })).toBeVisible();

  // Between the two sentences: split back, and the mention keeps its words.
  await sentence(page, 'Sentence 1').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Split sentence at caret' }).click();
  await expect(sentence(page, 'Sentence 1')).toHaveText(S.b1);
  await expect(sentence(page, 'Sentence 2')).toHaveText(S.b2);
  await expect(sentence(page, 'Sentence 1').locator('.seg--mention')).toHaveText('كريم نصار');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sentence(page, 'Sentence 2')).toHaveCount(0);
});

test('the graph open in the explorer reopens for editing, whole and valid', async ({ page }) => {
  await openExplorer(page, { lang: 'ar' });
  await page.getByRole('button', { name: 'شبكة جديدة…' }).click();
  await page.getByRole('button', { name: 'حرّر الشبكة المفتوحة في المستكشف (putin-china-visit)' }).click();
  await expect(page.getByRole('heading', { name: `الكيانات (${seedGraph.nodes.length})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `العلاقات (${seedGraph.edges.length})` })).toBeVisible();
  await expect(page.getByText('الشبكة تجتاز التحقق: جاهزة للتصدير.')).toBeVisible();
  // Marks in the text come from the decompiled spans: Putin's first mention is in the lede.
  const lede = page.getByRole('group', { name: 'المقدمة', exact: true });
  const putin = seedGraph.nodes.find((n) => n.id === 'putin')!;
  const inLede = putin.mentions.find((m) => m.sentence === 's1')!;
  const marked = await lede.locator('.seg--mention').evaluateAll(
    (segments, label) => segments.filter((x) => (x.getAttribute('title') ?? '').split('\n').includes(label)).map((x) => x.textContent).join(''),
    putin.label.ar,
  );
  expect(marked).toBe(inLede.text);
  // The full lists of entities and relations, with every button named for axe too.
  await lede.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const results = await axe(page);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
});

test('an authoring workspace that fails to draw says so and leaves the page working; Try again brings it back', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('age.lang', 'en'));
  await page.goto('/?crash=authoring');
  await page.getByRole('button', { name: 'New graph…' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The authoring workspace failed to draw.' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Article Graph Explorer' })).toBeVisible();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'New graph from an article' })).toBeVisible();
});

test('an article dropped on the page is read and cut', async ({ page }) => {
  await openExplorer(page, { lang: 'en' });
  await page.getByRole('button', { name: 'New graph…' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'New graph from an article' })).toBeVisible();
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
    return data;
  }, ARTICLE);
  await main.dispatchEvent('dragover', { dataTransfer: drop });
  await main.dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE);
  await expect(page.getByRole('heading', { name: '4 sentences' })).toBeVisible();
  await expect(page.getByLabel('Where the text comes from')).toHaveValue('article.txt');
});

for (const lang of ['en', 'ar'] as const) {
  test(`at 375 px wide (${lang}) the authoring workspace fits the screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await openExplorer(page, { lang });
    // On a phone the header's secondary tools sit in its overflow menu.
    await page.getByRole('button', { name: lang === 'en' ? 'More tools' : 'أدوات أخرى' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'New graph…' : 'شبكة جديدة…' }).click();
    await page.getByLabel(lang === 'en' ? 'Article text' : 'نص المقال').fill(ARTICLE);
    await page.getByRole('button', { name: lang === 'en' ? 'Cut into sentences' : 'قطّع إلى جمل' }).click();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: lang === 'en' ? 'Create graph' : 'أنشئ الشبكة' }).click();
    const lede = page.getByRole('group', { name: lang === 'en' ? 'Lede' : 'المقدمة' });
    await lede.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    // The actions stay reachable and on screen with a selection.
    await expect(page.getByRole('button', { name: lang === 'en' ? 'New entity…' : 'كيان جديد…' })).toBeInViewport();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The explorer's sheet buttons (filters, details) would open nothing here: they are gone while annotating.
    await expect(page.getByRole('button', { name: lang === 'en' ? 'Filters' : 'المرشِّحات', exact: true })).toHaveCount(0);
    await context.close();
  });
}

/** As in a11y.spec: with label-content-name-mismatch on, so a button's name contains its visible text. */
function axe(page: Page) {
  return new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
}

for (const lang of ['en', 'ar'] as const) {
  test(`axe finds no violation in the authoring workspace (${lang})`, async ({ page }) => {
    await openExplorer(page, { lang });
    await page.getByRole('button', { name: lang === 'en' ? 'New graph…' : 'شبكة جديدة…' }).click();
    await expect(page.getByRole('heading', { name: lang === 'en' ? 'New graph from an article' : 'شبكة جديدة من مقال' })).toBeVisible();
    let results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.getByLabel(lang === 'en' ? 'Article text' : 'نص المقال').fill(ARTICLE);
    await page.getByRole('button', { name: lang === 'en' ? 'Create graph' : 'أنشئ الشبكة' }).click();
    const lede = page.getByRole('group', { name: lang === 'en' ? 'Lede' : 'المقدمة' });
    await expect(lede).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await lede.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    // And with a form open.
    await page.getByRole('button', { name: lang === 'en' ? 'New entity…' : 'كيان جديد…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
