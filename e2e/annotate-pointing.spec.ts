import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { proposalNamed, sentenceGroup, startDraft as startArticle, tr, type Lang } from './annotate-helpers';

/**
 * Annotating by keyboard with little pointing, in English and Arabic: a type key with no words
 * selected opens the search for a new entity's words (↓ and ↑ between places, Enter makes it,
 * the caret then on its name); O puts the caret on the first proposal and Enter or Delete go
 * on to the next; R offers the names near by number (Shift with it: that name is the source),
 * R on no name offers them as the source first; the search's Enter on a marked name puts the
 * caret on it; Ctrl+[ and Ctrl+Shift+] take a relation's words to the sentence's edges.
 */

test.describe.configure({ timeout: 120_000 });


const ARTICLE = ['حداد تزور عمّان', 'زارت الوزيرة سلمى حداد عمّان يوم الأحد.', 'وقالت حداد إن الأردن يدعم عمّان.', 'وعادت حداد من عمان مساء الأحد.'].join('\n');
const PERSON = { en: 'Person', ar: 'شخص' };
const PLACE = { en: 'Place or region', ar: 'مكان أو منطقة' };
const VISITS = { en: 'visits', ar: 'يزور' };


const startDraft = (page: Page, lang: Lang) => startArticle(page, lang, ARTICLE, 'Haddad visits Amman');

const sentence = sentenceGroup;

function entityItem(page: Page, lang: Lang, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.entities', { count: 9 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: label });
}

/** Axe's findings on the page as it is (with the check that a visible label is in the accessible name). */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** A new entity by its type's key, its words typed and Enter (the focus in the text, no words selected). */
async function newEntity(page: Page, lang: Lang, key: string, words: string, type: string) {
  const t = tr(lang);
  await page.keyboard.press(key);
  const find = page.getByRole('searchbox', { name: t('ann.find'), exact: true });
  await expect(find).toBeFocused();
  await expect(page.getByText(t('ann.findFor', { type }), { exact: true })).toBeVisible();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

for (const lang of ['en', 'ar'] as const) {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`a type key with no words selected, the words and Enter make an entity; O, then Enter or Delete walk its proposals (${lang}, ${viewport.width}px)`, async ({ page }) => {
      const t = tr(lang);
      await page.setViewportSize(viewport);
      await startDraft(page, lang);
      const lede = sentence(page, lang, 'lede');
      const toolbar = page.getByRole('toolbar', { name: t('author.actions') });
      await lede.focus();

      // 1 with nothing selected: the search opens for a new person's words; Enter makes them one.
      await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
      await expect(lede.getByRole('button', { name: `سلمى حداد (${PERSON[lang]})`, exact: true })).toBeVisible();
      await expect(lede).toBeFocused();
      // The caret is on the new name: E opens its panel; Esc comes back.
      await page.keyboard.press('KeyE');
      await expect(page.getByRole('region', { name: t('ann.entityPanel', { label: 'سلمى حداد' }) }).getByRole('textbox', { name: t('author.labelEn'), exact: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(lede).toBeFocused();

      // 6: a place. «عمان» typed without its shadda finds «عمّان» after the caret (the lede), ↓ the next place, ↑ back.
      await page.keyboard.press('Digit6');
      await page.keyboard.type('عمان');
      await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.lede') }));
      await page.keyboard.press('ArrowDown');
      await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.body', { n: 1 }) }));
      await page.keyboard.press('ArrowUp');
      await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.lede') }));
      await page.keyboard.press('Enter');
      await expect(lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
      await expect(lede).toBeFocused();

      // O on it: three proposals, the caret on the next one (sentence 1); Delete rejects it and goes on to sentence 2's.
      await page.keyboard.press('KeyO');
      const suggested = page.getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) });
      await expect(suggested).toHaveCount(3);
      await expect(sentence(page, lang, 1)).toBeFocused();
      await page.keyboard.press('Delete');
      await expect(suggested).toHaveCount(2);
      await expect(sentence(page, lang, 1).getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) })).toHaveCount(0);
      await expect(sentence(page, lang, 2)).toBeFocused();
      // Enter accepts it, and the caret goes round to the title's.
      await page.keyboard.press('Enter');
      await expect(sentence(page, lang, 2).getByRole('button', { name: t('ann.mentionName', { quote: 'عمان', label: 'عمّان', type: PLACE[lang] }), exact: true })).toBeVisible();
      await expect(sentence(page, lang, 'title')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(suggested).toHaveCount(0);
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 3, relations: 0 }));
      // One undo step each: the title's mention goes back to a proposal.
      await page.keyboard.press('Control+z');
      await expect(suggested).toHaveCount(1);
    });

    test(`R offers the names near by number; Shift with it makes that one the source; Ctrl+[ and Ctrl+Shift+] take the words to the sentence's edges (${lang}, ${viewport.width}px)`, async ({ page }) => {
      const t = tr(lang);
      await page.setViewportSize(viewport);
      await startDraft(page, lang);
      const lede = sentence(page, lang, 'lede');
      await lede.focus();
      await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
      await newEntity(page, lang, 'Digit6', 'عمّان', PLACE[lang]);
      await expect(lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();

      // R on Amman (the caret is on it): the other names of the sentence and its neighbours, numbered.
      await page.keyboard.press('KeyR');
      const from = page.getByRole('region', { name: t('ann.pickTarget', { label: 'عمّان' }) });
      await expect(from).toBeVisible();
      const list = from.getByRole('list', { name: t('ann.pickTarget', { label: 'عمّان' }) });
      const salmaItem = list.getByRole('button', { name: `1 سلمى حداد – ${t('ann.candidateType', { type: PERSON[lang], sentence: t('details.sentenceRole.lede') })}`, exact: true });
      await expect(salmaItem).toBeVisible();
      await expect(salmaItem).toHaveAttribute('aria-keyshortcuts', '1');
      await expect(list.getByRole('button')).toHaveCount(1);
      await expect(lede).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
      // A number no name has says so.
      await page.keyboard.press('Digit5');
      await expect(page.getByRole('alert').filter({ hasText: t('author.error.no-candidate', { key: '5' }) })).toBeVisible();

      // Shift+1: Salma Haddad is the source, Amman the target; the words between them are cited.
      await page.keyboard.press('Shift+Digit1');
      const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: 'سلمى حداد', target: 'عمّان' }) });
      await expect(picker).toContainText('سلمى حداد عمّان');
      await expect(picker.getByRole('textbox', { name: t('ann.relationFilter') })).toBeFocused();
      await page.keyboard.press('Control+BracketLeft');
      await expect(picker).toContainText('زارت الوزيرة سلمى حداد عمّان');
      await page.keyboard.press('Control+Shift+BracketRight');
      await expect(picker).toContainText('زارت الوزيرة سلمى حداد عمّان يوم الأحد');
      await page.keyboard.type(VISITS[lang]);
      await page.keyboard.press('Digit1');
      await expect(lede).toBeFocused();
      const card = page.locator('[aria-current="true"]');
      await expect(card).toContainText('زارت الوزيرة سلمى حداد عمّان يوم الأحد');

      // R on no name (the caret at the sentence's start): the source first, by number, then the target.
      await page.keyboard.press('Home');
      await page.keyboard.press('KeyR');
      const choose = page.getByRole('list', { name: t('ann.pickSource') });
      await expect(choose.getByRole('button')).toHaveCount(2);
      await expect(choose.getByRole('button').nth(1)).toHaveAccessibleName(new RegExp(`^2 عمّان – `));
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Digit2');
      await expect(page.getByRole('list', { name: t('ann.pickTarget', { label: 'عمّان' }) })).toBeVisible();
      await page.keyboard.press('Digit1');
      await expect(page.getByRole('region', { name: t('ann.relationPicker', { source: 'عمّان', target: 'سلمى حداد' }) })).toBeVisible();
      // Esc leaves it; the palette is back and the keyboard in the text.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('toolbar', { name: t('ann.palette') })).toBeVisible();
      await expect(lede).toBeFocused();
    });
  }

  test(`M with no words selected: the entity first, then its words; Shift+O marks all of an entity found by name (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const lede = sentence(page, lang, 'lede');
    await lede.focus();
    await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
    // The caret on her name, no words selected: M, her name, Enter; the search opens for the words.
    await page.keyboard.press('KeyM');
    const finder = page.getByRole('combobox', { name: t('ann.mentionOf') });
    await expect(finder).toBeFocused();
    await page.keyboard.type('سلمى');
    await page.keyboard.press('Enter');
    const find = page.getByRole('searchbox', { name: t('ann.find'), exact: true });
    await expect(find).toBeFocused();
    await expect(page.getByText(t('ann.findForMention', { label: 'سلمى حداد' }), { exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // «حداد» after the caret: sentence 1's (↓ from the lede's own, which is part of her name already).
    await page.keyboard.type('حداد');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('toolbar', { name: t('author.actions') })).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.body', { n: 1 }) }));
    await page.keyboard.press('Enter');
    const body1 = sentence(page, lang, 1);
    await expect(body1.getByRole('button', { name: t('ann.mentionName', { quote: 'حداد', label: 'سلمى حداد', type: PERSON[lang] }), exact: true })).toBeVisible();
    await expect(body1).toBeFocused();

    // Amman, then Shift+O from sentence 1 (no name of Amman under the caret): its name and Enter propose its occurrences.
    await page.keyboard.press('Escape');
    await lede.focus();
    await page.keyboard.press('Home');
    await newEntity(page, lang, 'Digit6', 'عمّان', PLACE[lang]);
    await expect(lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
    await body1.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+KeyO');
    await expect(finder).toBeFocused();
    await expect(finder).toHaveAccessibleDescription(`(${t('ann.mentionOfMarks')})`);
    await page.keyboard.type('عمان');
    await page.keyboard.press('Enter');
    const suggested = page.getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) });
    await expect(suggested).toHaveCount(3);
    // The caret is on the first after it (sentence 1's): Enter accepts it there.
    await expect(body1).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(body1.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
    await expect(suggested).toHaveCount(2);
  });

  test(`the search's Enter on a marked name puts the caret on it (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const lede = sentence(page, lang, 'lede');
    await lede.focus();
    await newEntity(page, lang, 'Digit1', 'سلمى حداد', PERSON[lang]);
    await newEntity(page, lang, 'Digit6', 'عمّان', PLACE[lang]);
    // A few letters of Salma's name, Enter: the caret is on her name, so R starts a relation from her.
    await page.keyboard.press('KeyF');
    await page.keyboard.type('سلمى');
    await page.keyboard.press('Enter');
    await expect(lede).toBeFocused();
    await expect(page.getByRole('toolbar', { name: t('author.actions') })).toContainText(t('author.noSelection'));
    await page.keyboard.press('KeyR');
    await expect(page.getByRole('region', { name: t('ann.pickTarget', { label: 'سلمى حداد' }) })).toBeVisible();
    // Plain words (not a mark) stay selected as before.
    await page.keyboard.press('Escape');
    await page.keyboard.press('KeyF');
    await page.keyboard.type('الأردن');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('toolbar', { name: t('author.actions') })).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.body', { n: 1 }) }));
  });
}
