import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

/**
 * One keyboard layer with scopes: the explorer's keys act only in the explorer, the
 * workspace's only on a draft, an open dialog silences both, and a key typed in a field
 * is text. And one submit of the relation dialog is one undo step.
 */

test.describe.configure({ timeout: 120_000 });

const T = {
  en: {
    newGraph: 'New graph…',
    editOpen: 'Edit the graph open in the explorer (putin-china-visit)',
    search: 'Search entities and sentences',
    shortcuts: 'Keyboard shortcuts',
    everywhere: 'Everywhere',
    explorerScope: 'Graph explorer',
    authoringScope: 'Annotating a draft',
    fit: 'Fit graph to screen',
    undoKey: 'Undo the last step of the draft',
    editVisit: 'Edit Vladimir Putin visits China',
    editRelation: 'Edit relation',
    relationType: 'Relation type',
    worksWith: 'works together with',
    removeEvidence: 'Remove the evidence “زيارة بوتين للصين”',
    qualifiers: 'Qualifiers (English)',
    save: 'Save',
    undo: 'Undo',
    relations: /^Relations/,
    visits: 'Vladimir Putin visits China',
    works: 'Vladimir Putin works together with China',
    evidence: (n: number) => `Evidence (${n})`,
    close: 'Close authoring',
    skip: 'Skip to the article',
    articleText: 'Article text',
    titleSentence: 'Title',
    sentence1: 'Sentence 1',
  },
  ar: {
    newGraph: 'شبكة جديدة…',
    editOpen: 'حرّر الشبكة المفتوحة في المستكشف (putin-china-visit)',
    search: 'ابحث في الكيانات والجمل',
    shortcuts: 'اختصارات لوحة المفاتيح',
    everywhere: 'في كل مكان',
    explorerScope: 'مستكشف الشبكة',
    authoringScope: 'تحرير مسودة',
    fit: 'ملاءمة الشبكة للشاشة',
    undoKey: 'التراجع عن آخر خطوة في المسودة',
    editVisit: 'تعديل فلاديمير بوتين يزور الصين',
    editRelation: 'تعديل العلاقة',
    relationType: 'نوع العلاقة',
    worksWith: 'يعمل مع',
    removeEvidence: 'إزالة الشاهد «زيارة بوتين للصين»',
    qualifiers: 'قيود (بالإنجليزية)',
    save: 'حفظ',
    undo: 'تراجع',
    relations: /^العلاقات/,
    visits: 'فلاديمير بوتين يزور الصين',
    works: 'فلاديمير بوتين يعمل مع الصين',
    evidence: (n: number) => `الشواهد (${n})`,
    close: 'إغلاق التحرير',
    skip: 'انتقل إلى المقال',
    articleText: 'نص المقال',
    titleSentence: 'العنوان',
    sentence1: 'الجملة 1',
  },
} as const;

type Lang = keyof typeof T;

/** Open the bundled graph in the explorer, then as a draft on the annotation page. */
async function annotateBundledGraph(page: Page, lang: Lang) {
  await openExplorer(page, { lang });
  await page.getByRole('button', { name: T[lang].newGraph }).click();
  await page.getByRole('button', { name: T[lang].editOpen }).click();
  await expect(page.getByRole('button', { name: T[lang].editVisit, exact: true })).toBeVisible();
}

function relationItem(page: Page, lang: Lang, text: string) {
  return page.getByRole('region', { name: T[lang].relations }).getByRole('listitem').filter({ hasText: text });
}

const canvasZoom = (page: Page) => page.evaluate(() => window.cy!.zoom());
const selectedCount = (page: Page) => page.evaluate(() => window.cy!.$('.selected').length);

for (const lang of ['en', 'ar'] as const) {
  const t = T[lang];

  test(`explorer (${lang}): the help lists the explorer's keys; '/' and '?' typed in the search field are text; a dialog's Escape is the dialog's`, async ({ page }) => {
    await openExplorer(page, { lang });
    const search = page.getByRole('combobox', { name: t.search });
    await search.click();
    await page.keyboard.type('/?');
    await expect(search).toHaveValue('/?');
    await expect(search).toBeFocused();
    await expect(page.getByRole('dialog', { name: t.shortcuts })).toBeHidden();
    await search.fill('');
    await search.blur();

    await page.evaluate(() => window.cy!.getElementById('putin').emit('tap'));
    // The canvas follows the store in an effect after the render: poll, do not read once.
    await expect.poll(() => selectedCount(page)).toBe(1);
    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: t.shortcuts });
    await expect(help).toBeVisible();
    await expect(help.getByRole('region', { name: t.everywhere })).toBeVisible();
    await expect(help.getByRole('region', { name: t.explorerScope })).toContainText(t.fit);
    await expect(help.getByRole('region', { name: t.authoringScope })).toHaveCount(0);
    await expect(help).not.toContainText(t.undoKey);
    // Escape closes the dialog and nothing else: the selection behind it stays.
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    expect(await selectedCount(page)).toBe(1);
    // With the dialog gone, the explorer's keys are back.
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedCount(page)).toBe(0);
  });

  test(`annotating (${lang}): explorer keys do nothing, Ctrl+Z undoes the draft, an open dialog keeps every key, and the help lists the workspace's keys`, async ({ page }) => {
    await annotateBundledGraph(page, lang);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', lang);
    // L would switch the language and V the view in the explorer; here they are not the explorer's.
    await page.locator('body').press('l');
    await page.locator('body').press('v');
    await expect(html).toHaveAttribute('lang', lang);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('view')).not.toBe('list');

    // A step, then Ctrl+Z from the page: the workspace's scope undoes it.
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: t.editRelation });
    const before = await dialog.getByLabel(t.qualifiers).inputValue();
    expect(before).not.toBe('on Thursday');
    await dialog.getByLabel(t.qualifiers).fill('on Thursday');
    await dialog.getByRole('button', { name: t.save }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    dialog = page.getByRole('dialog', { name: t.editRelation });
    await expect(dialog.getByLabel(t.qualifiers)).toHaveValue('on Thursday');
    // In the dialog, '?' typed in a field is text, and Ctrl+Z away from a field does not reach the draft.
    await dialog.getByLabel(t.qualifiers).press('End');
    await page.keyboard.type(' ?/');
    await expect(dialog.getByLabel(t.qualifiers)).toHaveValue('on Thursday ?/');
    await expect(page.getByRole('dialog', { name: t.shortcuts })).toBeHidden();
    await dialog.getByRole('button', { name: t.save }).focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    await expect(dialog.getByLabel(t.qualifiers)).toHaveValue('on Thursday');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.locator('body').press('Control+z');
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    await expect(dialog.getByLabel(t.qualifiers)).toHaveValue(before);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: t.shortcuts });
    await expect(help.getByRole('region', { name: t.authoringScope })).toContainText(t.undoKey);
    await expect(help.getByRole('region', { name: t.explorerScope })).toHaveCount(0);
    await expect(help).not.toContainText(t.fit);
  });

  test(`explorer (${lang}): the workspace's keys do not reach a draft once authoring is closed`, async ({ page }) => {
    await annotateBundledGraph(page, lang);
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t.editRelation });
    await dialog.getByLabel(t.qualifiers).fill('on Thursday');
    await dialog.getByRole('button', { name: t.save }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: t.close }).click();
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await page.evaluate(() => window.cy!.zoom(3));
    await page.locator('body').press('Control+z');
    // The explorer's own keys are live: F fits.
    await page.locator('body').press('f');
    await expect.poll(() => canvasZoom(page)).toBeLessThan(3);
    await page.goBack();
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    await expect(dialog.getByLabel(t.qualifiers)).toHaveValue('on Thursday');
  });

  test(`relation dialog (${lang}): changing the type and removing evidence is one step, and one Undo brings all back`, async ({ page }) => {
    await annotateBundledGraph(page, lang);
    await expect(relationItem(page, lang, t.visits)).toHaveCount(1);
    await page.getByRole('button', { name: t.editVisit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t.editRelation });
    await expect(dialog.getByRole('group', { name: t.evidence(2) })).toBeVisible();
    await dialog.getByLabel(t.relationType).selectOption({ label: t.worksWith });
    await dialog.getByRole('button', { name: t.removeEvidence }).click();
    await expect(dialog.getByRole('group', { name: t.evidence(1) })).toBeVisible();
    await dialog.getByRole('button', { name: t.save }).click();
    await expect(dialog).toBeHidden();
    await expect(relationItem(page, lang, t.visits)).toHaveCount(0);
    await expect(relationItem(page, lang, t.works)).toHaveCount(1);
    await expect(relationItem(page, lang, t.works)).not.toContainText('زيارة بوتين للصين');

    await page.getByRole('button', { name: t.undo, exact: true }).click();
    await expect(relationItem(page, lang, t.works)).toHaveCount(0);
    await expect(relationItem(page, lang, t.visits)).toHaveCount(1);
    await expect(relationItem(page, lang, t.visits)).toContainText('زيارة بوتين للصين');
    await expect(page.getByRole('button', { name: t.undo, exact: true })).toBeDisabled();
  });

  test(`authoring skip link (${lang}): it leads to the article text on the intake page and to the sentence in use while annotating`, async ({ page }) => {
    await openExplorer(page, { lang });
    await page.getByRole('button', { name: t.newGraph }).click();
    await expect(page.getByLabel(t.articleText)).toBeVisible();
    const skip = page.getByRole('link', { name: t.skip });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(t.articleText)).toBeFocused();
    await page.getByRole('button', { name: t.editOpen }).click();
    await expect(page.getByRole('button', { name: t.editVisit, exact: true })).toBeVisible();
    // The keyboard was last in the third sentence: the link leads back there.
    await page.getByRole('group', { name: t.titleSentence, exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = page.getByRole('group', { name: t.sentence1, exact: true });
    await expect(third).toBeFocused();
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(third).toBeFocused();
    expect(new URL(page.url()).hash).toContain('annotate');
  });
}
