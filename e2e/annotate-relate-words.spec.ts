import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sentenceGroup, startDraft as startArticle, tr, type Lang } from './annotate-helpers';
import { dragBetween } from './helpers';

/**
 * A relation from the words that state it, by keyboard alone: F, the words typed, Ctrl+Enter
 * opens the relation picker on the names in them (the first the source, with Shift the last);
 * Shift with a name's number makes it the source, ↑ ↓ move the target, the type's label
 * typed and Enter make it, Shift+Enter makes it from each name of the source's type at once.
 * Words naming fewer than two entities are refused with a message and nothing is lost.
 */

test.describe.configure({ timeout: 120_000 });

const ARTICLE = ['منصور وفولكوف يوقعان الاتفاقية', 'ووقّع منصور وفولكوف ولي وي في القاهرة اتفاقية التعاون الثلاثية.', 'وأشاد فولكوف بدور مصر في الاتفاقية.'].join('\n');
const startDraft = (page: Page, lang: Lang) => startArticle(page, lang, ARTICLE, 'Three sign an agreement');

const TYPES = {
  person: { key: 'Digit1', en: 'Person', ar: 'شخص' },
  country: { key: 'Digit3', en: 'Country (state actor)', ar: 'دولة' },
  city: { key: 'Digit4', en: 'City', ar: 'مدينة' },
  agreement: { key: 'Digit9', en: 'Agreement or treaty', ar: 'اتفاق أو معاهدة' },
};

/** A new entity by keyboard: its type's key with no words selected, its words typed, Enter. */
async function entityByKeys(page: Page, lang: Lang, words: string, type: keyof typeof TYPES) {
  await page.keyboard.press(TYPES[type].key);
  await expect(page.getByRole('searchbox', { name: tr(lang)('ann.find'), exact: true })).toBeFocused();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `${words} (${TYPES[type][lang]})`, exact: true }).first()).toBeVisible();
}

/** The lede's names: three people, a city and an agreement; then Volkov again and Egypt in sentence 1. */
async function makeNames(page: Page, lang: Lang) {
  const lede = sentenceGroup(page, lang, 'lede');
  await lede.focus();
  await page.keyboard.press('Home');
  await entityByKeys(page, lang, 'منصور', 'person');
  await entityByKeys(page, lang, 'فولكوف', 'person');
  // Volkov is named again in sentence 1 (and the title): O proposes those, Shift+Enter takes them.
  await page.keyboard.press('KeyO');
  await expect(page.getByRole('button', { name: tr(lang)('ann.proposalName', { label: 'فولكوف', type: TYPES.person[lang] }), exact: true }).first()).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(sentenceGroup(page, lang, 1).getByRole('button', { name: `فولكوف (${TYPES.person[lang]})`, exact: true })).toBeVisible();
  await entityByKeys(page, lang, 'لي وي', 'person');
  await entityByKeys(page, lang, 'القاهرة', 'city');
  await entityByKeys(page, lang, 'اتفاقية التعاون الثلاثية', 'agreement');
  await page.keyboard.press('ArrowDown');
  await entityByKeys(page, lang, 'مصر', 'country');
}

function relationsHeading(page: Page, lang: Lang, count: number) {
  return page.getByRole('heading', { name: tr(lang)('author.relations', { count }), exact: true });
}

for (const lang of ['en', 'ar'] as const) {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`by keyboard alone (${lang}, ${viewport.width}px): F, the words, Ctrl+Enter; Shift with a number, ↑ ↓, Enter and Shift+Enter`, async ({ page }) => {
      const t = tr(lang);
      await page.setViewportSize(viewport);
      await startDraft(page, lang);
      await makeNames(page, lang);
      const lede = sentenceGroup(page, lang, 'lede');
      const body1 = sentenceGroup(page, lang, 1);
      const find = page.getByRole('searchbox', { name: t('ann.find'), exact: true });
      const filter = page.getByRole('textbox', { name: t('ann.relationFilter') });
      const picker = (source: string, target: string) => page.getByRole('region', { name: t('ann.relationPicker', { source, target }), exact: true });

      // Words naming one entity only: refused in the user's language; the search keeps the words.
      await page.keyboard.press('KeyF');
      await page.keyboard.type('في القاهرة');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('alert').filter({ hasText: t('author.error.words-name-too-few', { quote: 'في القاهرة' }) })).toBeVisible();
      await expect(find).toBeFocused();
      await expect(find).toHaveValue('في القاهرة');
      await page.keyboard.press('Escape');

      // The three who signed: the words typed (folded: no shadda), Ctrl+Enter, the type typed, Shift+Enter.
      await page.keyboard.press('KeyF');
      await page.keyboard.type('ووقع منصور وفولكوف ولي وي في القاهرة اتفاقية التعاون الثلاثية');
      await expect(find).toHaveAccessibleDescription(new RegExp(t('ann.findRelate').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await page.keyboard.press('Control+Enter');
      const signed = picker('منصور', 'اتفاقية التعاون الثلاثية');
      await expect(signed).toBeVisible();
      await expect(filter).toBeFocused();
      await expect(signed).toContainText('ووقّع منصور وفولكوف ولي وي في القاهرة اتفاقية التعاون الثلاثية');
      const names = signed.getByRole('list', { name: t('ann.relationNames') });
      await expect(names.getByRole('listitem')).toHaveCount(5);
      await expect(names.getByRole('button', { name: t('ann.relationFromName', { label: 'منصور' }) })).toHaveAttribute('aria-pressed', 'true');
      await expect(names.getByRole('button', { name: t('ann.relationToName', { label: 'اتفاقية التعاون الثلاثية' }) })).toHaveAttribute('aria-pressed', 'true');
      // Which names Shift+Enter makes it from, each isolated so Arabic names keep their order in an English sentence.
      const each = t('ann.relationEach', { labels: ['منصور', 'فولكوف', 'لي وي'].map((x) => `\u2068${x}\u2069`).join(lang === 'ar' ? '، ' : ', ') });
      await expect(signed.getByText(each, { exact: true })).toBeVisible();
      // The picker with its names passes axe, with label-content-name-mismatch on (a name holds its visible text).
      const axe = await new AxeBuilder({ page }).include('.relation-picker').include('.text-find').options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

      // ↓ moves the target to the next name, ↑ back; Esc cancels and the words stay selected.
      await page.keyboard.press('ArrowDown');
      await expect(picker('منصور', 'فولكوف')).toBeVisible();
      await page.keyboard.press('ArrowUp');
      await expect(signed).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(signed).toBeHidden();
      await expect(lede).toBeFocused();
      const toolbar = page.getByRole('toolbar', { name: t('author.actions') });
      await expect(toolbar.getByText('ووقّع منصور وفولكوف ولي وي في القاهرة اتفاقية التعاون الثلاثية', { exact: true })).toBeVisible();

      // Ctrl+Enter on the words selected in the text opens the picker on them again.
      await page.keyboard.press('Control+Enter');
      await expect(signed).toBeVisible();
      await expect(filter).toBeFocused();
      await page.keyboard.type(lang === 'en' ? 'is a party to' : 'طرف في');
      await page.keyboard.press('Shift+Enter');
      await expect(signed).toBeHidden();
      await expect(lede).toBeFocused();
      await expect(relationsHeading(page, lang, 3)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: t('author.error.done-relations-each', { relations: '|' }).split('|')[0]! })).toContainText('لي وي');
      // One step: undo takes all three back.
      await page.keyboard.press('Control+z');
      await expect(relationsHeading(page, lang, 0)).toBeVisible();
      await page.keyboard.press('Control+Shift+z');
      await expect(relationsHeading(page, lang, 3)).toBeVisible();

      // With Shift, the last name is the source; Shift with the other's number swaps them back.
      await page.keyboard.press('KeyF');
      await page.keyboard.type('وأشاد فولكوف بدور مصر');
      await page.keyboard.press('Control+Shift+Enter');
      await expect(picker('مصر', 'فولكوف')).toBeVisible();
      await page.keyboard.press('Shift+Digit1');
      const praises = picker('فولكوف', 'مصر');
      await expect(praises).toBeVisible();
      await expect(praises).toContainText('وأشاد فولكوف بدور مصر');
      // A number no name has is refused; the picker stays.
      await page.keyboard.press('Shift+Digit5');
      await expect(page.getByRole('alert').filter({ hasText: t('author.error.no-candidate', { key: '5' }) })).toBeVisible();
      await expect(praises).toBeVisible();
      // The label typed puts the type first in the list, whatever its place among the types: Enter takes it.
      await page.keyboard.type(lang === 'en' ? 'praises' : 'يشيد');
      await page.keyboard.press('Enter');
      await expect(praises).toBeHidden();
      await expect(body1).toBeFocused();
      await expect(relationsHeading(page, lang, 4)).toBeVisible();
      const card = page.locator('[aria-current="true"]');
      await expect(card).toContainText('وأشاد فولكوف بدور مصر');
    });
  }

  test(`by mouse (${lang}): the picker's From and To buttons choose the ends among the names in the words`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    await makeNames(page, lang);
    const lede = sentenceGroup(page, lang, 'lede');
    const volkov = lede.getByRole('button', { name: `فولكوف (${TYPES.person[lang]})`, exact: true });
    const agreement = lede.getByRole('button', { name: `اتفاقية التعاون الثلاثية (${TYPES.agreement[lang]})`, exact: true });
    await dragBetween(page, volkov, agreement);
    await expect(page.getByRole('region', { name: t('ann.relationPicker', { source: 'فولكوف', target: 'اتفاقية التعاون الثلاثية' }), exact: true })).toBeVisible();
    const names = page.getByRole('list', { name: t('ann.relationNames') });
    await names.getByRole('button', { name: t('ann.relationFromName', { label: 'لي وي' }) }).click();
    await names.getByRole('button', { name: t('ann.relationToName', { label: 'القاهرة' }) }).click();
    const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: 'لي وي', target: 'القاهرة' }), exact: true });
    await expect(picker).toBeVisible();
    await picker.getByRole('button', { name: new RegExp(`^(\\d )?${lang === 'en' ? 'visits' : 'يزور'}$`) }).click();
    await expect(picker).toBeHidden();
    await expect(relationsHeading(page, lang, 1)).toBeVisible();
  });

  test(`the shortcuts dialog lists Ctrl+Enter for a relation of the words found (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    await sentenceGroup(page, lang, 'lede').focus();
    await page.keyboard.press('Shift+?');
    const workspace = page.getByRole('dialog', { name: t('shortcuts.title') }).getByRole('region', { name: t('shortcuts.scope.authoring') });
    await expect(workspace.getByText(t('ann.keys.relateWords'), { exact: true })).toBeVisible();
  });
}
