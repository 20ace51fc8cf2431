import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { proposalNamed, sentenceGroup, startDraft as startArticle, tr, type Lang } from './annotate-helpers';

/**
 * Further mentions by keyboard with the least pointing, in English and Arabic: a draft opened
 * from the intake has the keyboard in its text (a type key works at once), but a draft opened
 * by a control that stays on the page leaves the focus on it; a new entity's other
 * occurrences are proposed at once and the status says how to take them; Shift+Enter on the
 * new name accepts them all (one undo step, the caret stays); Shift+Enter (or Enter on the
 * last one) on an entity's proposal goes on to the next entity's proposals, as the
 * Proposals panel lists them.
 */

test.describe.configure({ timeout: 120_000 });

const ARTICLE = ['حداد تزور عمّان', 'زارت الوزيرة سلمى حداد عمّان يوم الأحد.', 'وقالت حداد إن الأردن يدعم عمّان.', 'وعادت حداد من عمان مساء الأحد.'].join('\n');
const PERSON = { en: 'Person', ar: 'شخص' };
const PLACE = { en: 'Place or region', ar: 'مكان أو منطقة' };

const startDraft = (page: Page, lang: Lang) => startArticle(page, lang, ARTICLE, 'Haddad visits Amman');

function entityItem(page: Page, lang: Lang, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.entities', { count: 9 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: label });
}

/** A new entity by its type's key, its words typed and Enter (the focus in the text, no words selected). */
async function newEntity(page: Page, lang: Lang, key: string, words: string, type: string) {
  const t = tr(lang);
  await page.keyboard.press(key);
  await expect(page.getByRole('searchbox', { name: t('ann.find'), exact: true })).toBeFocused();
  await expect(page.getByText(t('ann.findFor', { type }), { exact: true })).toBeVisible();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

for (const lang of ['en', 'ar'] as const) {
  test(`a draft opened from the intake has the keyboard in its text; opened by a control that stays, the focus stays on it (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const title = sentenceGroup(page, lang, 'title');
    // The Create button is gone with the intake: the first sentence has the focus, so the first key annotates.
    await expect(title).toBeFocused();
    await newEntity(page, lang, 'Digit6', 'عمان', PLACE[lang]);
    await expect(title.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();

    // Preview, then Annotate, by keyboard on the bar's buttons: the focus stays on the button pressed.
    const annotate = page.getByRole('group', { name: t('author.view') }).getByRole('button', { name: t('author.annotate'), exact: true });
    const preview = page.getByRole('group', { name: t('author.view') }).getByRole('button', { name: t('author.preview'), exact: true });
    await preview.focus();
    await page.keyboard.press('Enter');
    await expect(preview).toHaveAttribute('aria-pressed', 'true');
    await annotate.focus();
    await page.keyboard.press('Enter');
    await expect(title).toBeVisible();
    await expect(annotate).toHaveAttribute('aria-pressed', 'true');
    await expect(annotate).toBeFocused();

    // A reload leaves the focus nowhere: it goes to the text again, to its first sentence.
    await page.reload();
    await expect(title).toBeFocused();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`a new entity's other occurrences are proposed at once; Shift+Enter takes them, then goes on entity by entity (${lang}, ${viewport.width}px)`, async ({ page }) => {
      const t = tr(lang);
      await page.setViewportSize(viewport);
      await startDraft(page, lang);
      const title = sentenceGroup(page, lang, 'title');
      const lede = sentenceGroup(page, lang, 'lede');
      const body1 = sentenceGroup(page, lang, 1);
      const body2 = sentenceGroup(page, lang, 2);
      const status = page.getByRole('status');
      await expect(title).toBeFocused();

      // Salma Haddad, a person: her family name is proposed at once in the three other sentences.
      await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
      await expect(lede.getByRole('button', { name: `سلمى حداد (${PERSON[lang]})`, exact: true })).toBeVisible();
      const haddad = page.getByRole('button', { name: t('ann.proposalPartName', { label: 'سلمى حداد', type: PERSON[lang] }), exact: true });
      await expect(haddad).toHaveCount(3);
      await expect(status.filter({ hasText: t('author.error.done-entity-proposed', { label: 'سلمى حداد', count: 3 }) })).toBeVisible();
      await expect(lede).toBeFocused();

      // Amman, a place, after the caret in the lede: its three other places are proposed too.
      await newEntity(page, lang, 'Digit6', 'عمان', PLACE[lang]);
      await expect(lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
      const amman = page.getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) });
      await expect(amman).toHaveCount(3);
      await expect(status.filter({ hasText: t('author.error.done-entity-proposed', { label: 'عمّان', count: 3 }) })).toBeVisible();
      await expect(page.getByRole('region', { name: t('author.proposals', { count: 6 }) })).toBeVisible();
      // Words not in the entity's name («عمان» without its shadda) lead the proposal's name, so it says what is shown.
      const spelled = t('ann.proposalQuoted', { quote: 'عمان', name: t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] }) });
      await expect(body2.getByRole('button', { name: spelled, exact: true })).toHaveText('عمان');
      const axe = await new AxeBuilder({ page }).include('.annotate__text').options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

      // Shift+Enter with the caret on the new name: all three accepted in one step; the caret stays on the name.
      await page.keyboard.press('Shift+Enter');
      await expect(amman).toHaveCount(0);
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 4, relations: 0 }));
      await expect(lede).toBeFocused();
      await page.keyboard.press('KeyE');
      await expect(page.getByRole('region', { name: t('ann.entityPanel', { label: 'عمّان' }) }).getByRole('textbox', { name: t('author.labelEn'), exact: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await expect(amman).toHaveCount(3);
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 1, relations: 0 }));

      // From a proposal of Haddad's (the title's, at its start): Shift+Enter takes all of hers, and
      // the caret goes on to the entity listed next, Amman, at its first proposal (the title's).
      await page.keyboard.press('ArrowUp');
      await expect(title).toBeFocused();
      await page.keyboard.press('Shift+Enter');
      await expect(haddad).toHaveCount(0);
      await expect(entityItem(page, lang, 'سلمى حداد')).toContainText(t('author.counts', { mentions: 4, relations: 0 }));
      await expect(title).toBeFocused();
      // The focus stays in the title, so the status says where the caret went.
      await expect(status.filter({ hasText: t('author.error.done-next', { label: 'عمّان', count: 3 }) })).toBeVisible();
      // Enter accepts the one under the caret (the title's Amman) and goes on to its next (sentence 1).
      await page.keyboard.press('Enter');
      await expect(title.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
      await expect(amman).toHaveCount(2);
      await expect(body1).toBeFocused();
      // Delete rejects that one; Enter accepts the last (sentence 2's «عمان»), and nothing is left.
      await page.keyboard.press('Delete');
      await expect(amman).toHaveCount(1);
      await expect(body2).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(amman).toHaveCount(0);
      await expect(body2.getByRole('button', { name: t('ann.mentionName', { quote: 'عمان', label: 'عمّان', type: PLACE[lang] }), exact: true })).toBeVisible();
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 3, relations: 0 }));
      await expect(page.getByRole('region', { name: t('author.proposals', { count: 0 }) })).toBeVisible();
    });
  }

  test(`Enter on an entity's last proposal goes on to the first proposal of the entity listed next (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const lede = sentenceGroup(page, lang, 'lede');
    const body1 = sentenceGroup(page, lang, 1);
    await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
    await newEntity(page, lang, 'Digit6', 'عمان', PLACE[lang]);
    await expect(lede).toBeFocused();
    // Haddad's proposals walked from sentence 1's: Enter, Delete (sentence 2's), and the caret wraps round to the title's…
    const haddad = page.getByRole('button', { name: t('ann.proposalPartName', { label: 'سلمى حداد', type: PERSON[lang] }), exact: true });
    const amman = page.getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) });
    // Both entities' occurrences are drawn (a frame after each is made) before the caret moves over them.
    await expect(haddad).toHaveCount(3);
    await expect(amman).toHaveCount(3);
    await page.keyboard.press('ArrowDown');
    await expect(body1).toBeFocused();
    await page.keyboard.press('KeyN');
    await page.keyboard.press('Enter');
    await expect(haddad).toHaveCount(2);
    await page.keyboard.press('Delete');
    await expect(haddad).toHaveCount(1);
    await expect(sentenceGroup(page, lang, 'title')).toBeFocused();
    // …then Enter on the title's: none of hers is left, and the caret goes to Amman's first (the title's, after it).
    await page.keyboard.press('Enter');
    await expect(haddad).toHaveCount(0);
    await expect(sentenceGroup(page, lang, 'title')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: t('author.error.done-next', { label: 'عمّان', count: 3 }) })).toBeVisible();
    await page.keyboard.press('Shift+Enter');
    await expect(amman).toHaveCount(0);
    await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 4, relations: 0 }));
    await expect(entityItem(page, lang, 'سلمى حداد')).toContainText(t('author.counts', { mentions: 3, relations: 0 }));
  });
}
