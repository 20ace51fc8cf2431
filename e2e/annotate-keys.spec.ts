import { expect, test, type Page } from '@playwright/test';
import { proposalNamed, sentenceGroup, startDraft as startArticle, tr, type Lang } from './annotate-helpers';
import { dragBetween, dragSelect } from './helpers';

/**
 * The annotated text's own keys and gestures, in English and Arabic: E edits the entity in
 * its panel and Enter or Esc brings the keyboard back to the text; O marks all, Shift+Enter
 * accepts all, N and Shift+N hop between names and suggestions; A attributes the chosen
 * relation to the name under the caret. By mouse: a drag while a relation is being made
 * selects the words it cites, and an arc's label dragged onto a name attributes it.
 */

test.describe.configure({ timeout: 120_000 });


const ARTICLE = ['حداد تزور عمّان', 'زارت الوزيرة سلمى حداد عمّان يوم الأحد.', 'وقالت حداد إن الأردن يدعم عمّان.', 'وعادت حداد من عمان مساء الأحد.'].join('\n');


const startDraft = (page: Page, lang: Lang) => startArticle(page, lang, ARTICLE, 'Haddad visits Amman');

const sentence = sentenceGroup;

function entityItem(page: Page, lang: Lang, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.entities', { count: 9 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: label });
}

const PERSON = { en: 'Person', ar: 'شخص' };
const PLACE = { en: 'Place or region', ar: 'مكان أو منطقة' };

for (const lang of ['en', 'ar'] as const) {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`by keyboard alone (${lang}, ${viewport.width}px): E and the panel, O, Shift+Enter, N and Shift+N, A`, async ({ page }) => {
      const t = tr(lang);
      await page.setViewportSize(viewport);
      await startDraft(page, lang);
      const lede = sentence(page, lang, 'lede');
      const body1 = sentence(page, lang, 1);
      const body2 = sentence(page, lang, 2);

      // Salma Haddad, a person: words by the caret, 1.
      await lede.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Digit1');
      await expect(lede.getByRole('button', { name: `سلمى حداد (${PERSON[lang]})`, exact: true })).toBeVisible();

      // E: the panel's English label has the focus; Enter saves and the keyboard is back in the text.
      await page.keyboard.press('KeyE');
      const panel = page.getByRole('region', { name: t('ann.entityPanel', { label: 'سلمى حداد' }) });
      const english = panel.getByRole('textbox', { name: t('author.labelEn'), exact: true });
      await expect(english).toBeFocused();
      await expect(english).toBeInViewport();
      await page.keyboard.type('Salma Haddad');
      await page.keyboard.press('Enter');
      await expect(lede).toBeFocused();
      await expect(lede).toBeInViewport();
      const salmaLabel = lang === 'en' ? 'Salma Haddad' : 'سلمى حداد';
      const salma = lede.getByRole('button', { name: lang === 'en' ? t('ann.mentionName', { quote: 'سلمى حداد', label: salmaLabel, type: PERSON[lang] }) : `سلمى حداد (${PERSON[lang]})`, exact: true });
      await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeHidden();

      // E then Esc: back in the text, nothing saved (the last step is still the label, and undo takes it).
      await page.keyboard.press('KeyE');
      const named = page.getByRole('region', { name: t('ann.entityPanel', { label: salmaLabel }) });
      await expect(named.getByRole('textbox', { name: t('author.labelEn'), exact: true })).toBeFocused();
      await page.keyboard.type(' Jr');
      await page.keyboard.press('Escape');
      await expect(lede).toBeFocused();
      // T from anywhere on the page (here the undo button) is back in the sentence the keyboard was in.
      await page.getByRole('button', { name: t('author.undo'), exact: true }).focus();
      await page.keyboard.press('Shift+KeyT');
      await expect(lede).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeVisible();
      await page.keyboard.press('Control+Shift+z');
      await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeHidden();

      // Amman, a place; O proposes its three other occurrences and puts the caret on the next one
      // (in sentence 1); Shift+Enter accepts all three in one step.
      await page.keyboard.press('Home');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await expect(page.getByRole('toolbar', { name: t('author.actions') }).getByText('عمّان', { exact: true })).toBeVisible();
      await page.keyboard.press('Digit6');
      const amman = lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true });
      await expect(amman).toBeVisible();
      await page.keyboard.press('KeyO');
      await expect(page.getByRole('status').filter({ hasText: t('author.error.done-marked', { label: 'عمّان', count: 3 }) })).toBeVisible();
      const suggested = page.getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: PLACE[lang] })) });
      await expect(suggested).toHaveCount(3);
      await expect(body1).toBeFocused();
      await page.keyboard.press('Shift+Enter');
      await expect(suggested).toHaveCount(0);
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 4, relations: 0 }));
      // From a proposal the caret goes on to the next entity's: Salma Haddad's family name (proposed
      // since she was made), first in the title.
      await expect(sentence(page, lang, 'title')).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect(suggested).toHaveCount(3);
      await expect(entityItem(page, lang, 'عمّان')).toContainText(t('author.counts', { mentions: 1, relations: 0 }));

      // Back on sentence 1's suggestion (↓ to its start, N past her name onto it): Enter accepts it and goes on to the next (sentence 2's).
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('KeyN');
      await page.keyboard.press('KeyN');
      await expect(body1).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(body1.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();
      await expect(suggested).toHaveCount(2);
      await expect(body2).toBeFocused();
      // N hops to the next mark or says there is none; Shift+N goes back (her name in sentence 2 first), into the sentences before.
      await page.keyboard.press('KeyN');
      await expect(page.getByRole('alert').filter({ hasText: t('author.error.no-mark-ahead') })).toBeVisible();
      await page.keyboard.press('Shift+KeyN');
      await expect(body2).toBeFocused();
      await page.keyboard.press('Shift+KeyN');
      await expect(body1).toBeFocused();
      await page.keyboard.press('Shift+KeyN');
      await page.keyboard.press('Shift+KeyN');
      await expect(lede).toBeFocused();

      // A relation by R, N, R and a type; the keyboard stays in the text; A on a name attributes it, A again removes it.
      await page.keyboard.press('Home');
      await page.keyboard.press('KeyN');
      await page.keyboard.press('KeyR');
      await expect(page.getByRole('status').filter({ hasText: t('author.error.relation-source', { label: salmaLabel }) })).toBeVisible();
      await page.keyboard.press('KeyN');
      await page.keyboard.press('KeyR');
      await expect(page.getByRole('textbox', { name: t('ann.relationFilter') })).toBeFocused();
      await page.keyboard.type(lang === 'en' ? 'visits' : 'يزور');
      await page.keyboard.press('Digit1');
      await expect(lede).toBeFocused();
      const card = page.locator('[aria-current="true"]');
      await expect(card).toContainText(t('author.statedByArticle'));
      // The caret is after «عمّان»: Shift+N onto it, again onto Salma Haddad.
      await page.keyboard.press('Shift+KeyN');
      await page.keyboard.press('Shift+KeyN');
      await page.keyboard.press('KeyA');
      await expect(card).toContainText(t('ann.attributedTo', { label: salmaLabel }));
      await expect(lede).toBeFocused();
      await page.keyboard.press('KeyA');
      await expect(card).toContainText(t('author.statedByArticle'));
      await expect(salma).toBeVisible();
    });
  }

  test(`by mouse alone (${lang}): a drag while making a relation selects its words; an arc's label dragged onto a name attributes it`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const lede = sentence(page, lang, 'lede');
    const palette = page.getByRole('toolbar', { name: t('ann.palette') });
    await dragSelect(page, lede, 'سلمى حداد');
    await palette.getByRole('button', { name: `1 ${PERSON[lang]}`, exact: true }).click();
    await dragSelect(page, lede, 'عمّان');
    await palette.getByRole('button', { name: `6 ${PLACE[lang]}`, exact: true }).click();
    const salma = lede.getByRole('button', { name: `سلمى حداد (${PERSON[lang]})`, exact: true });
    const amman = lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true });

    await dragBetween(page, salma, amman);
    const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: 'سلمى حداد', target: 'عمّان' }) });
    await expect(picker).toContainText('سلمى حداد عمّان');
    // A drag that starts on a name, while the relation is being made, selects the words it cites.
    await dragSelect(page, lede, 'سلمى حداد عمّان يوم الأحد');
    await expect(picker).toContainText('سلمى حداد عمّان يوم الأحد');
    await picker.getByRole('button', { name: new RegExp(`^(\\d )?${lang === 'en' ? 'visits' : 'يزور'}$`) }).click();
    const card = page.locator('[aria-current="true"]');
    await expect(card).toContainText('سلمى حداد عمّان يوم الأحد');
    await expect(card).toContainText(t('author.statedByArticle'));

    // The arc's label dragged onto Salma's name: attributed to her, one undo step.
    const arc = page.getByRole('group', { name: t('ann.arcs') }).getByRole('button', { name: new RegExp(`^${lang === 'en' ? 'visits' : 'يزور'}: `) });
    await dragBetween(page, arc, salma);
    await expect(card).toContainText(t('ann.attributedTo', { label: 'سلمى حداد' }));
    // Dropped again on the name it already names, it stays attributed (a drop sets, it does not toggle).
    await dragBetween(page, arc, salma);
    await expect(card).toContainText(t('ann.attributedTo', { label: 'سلمى حداد' }));
    await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
    await expect(card).toContainText(t('author.statedByArticle'));
    // A plain click on the label still chooses the relation, and attributes nothing.
    await arc.click();
    await expect(arc).toHaveAttribute('aria-pressed', 'true');
    await expect(card).toContainText(t('author.statedByArticle'));
  });

  test(`F finds words by their letters, folded: ↓ the next place, Enter back to the text with them selected, Esc without (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    const lede = sentence(page, lang, 'lede');
    const toolbar = page.getByRole('toolbar', { name: t('author.actions') });
    await lede.focus();
    await page.keyboard.press('KeyF');
    const find = page.getByRole('searchbox', { name: t('ann.find'), exact: true });
    await expect(find).toBeFocused();
    // «عمان» typed without its shadda finds «عمّان»: first in the title, ↓ then in the lede.
    await page.keyboard.type('عمان');
    await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.title') }));
    await expect(toolbar.getByText('عمّان', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.lede') }));
    await page.keyboard.press('Enter');
    await expect(lede).toBeFocused();
    await page.keyboard.press('Digit6');
    await expect(lede.getByRole('button', { name: `عمّان (${PLACE[lang]})`, exact: true })).toBeVisible();

    // Letters that occur nowhere say so; Esc goes back to the text with the selection as it was
    // (none: making the entity put the caret on its name).
    await page.keyboard.press('KeyF');
    await page.keyboard.type('الأردن');
    await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.body', { n: 1 }) }));
    await page.keyboard.type('x');
    await expect(page.getByText(t('ann.findNone', { query: 'الأردنx' }))).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lede).toBeFocused();
    await expect(toolbar).toContainText(t('author.noSelection'));
    await expect(find).toHaveValue('');
  });

  test(`the shortcuts dialog lists the text's keys (${lang})`, async ({ page }) => {
    const t = tr(lang);
    await startDraft(page, lang);
    await sentence(page, lang, 'lede').focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: t('shortcuts.title') });
    await expect(dialog).toBeVisible();
    const workspace = dialog.getByRole('region', { name: t('shortcuts.scope.authoring') });
    await expect(workspace.getByText(t('shortcuts.text'), { exact: true })).toBeVisible();
    for (const key of ['ann.keys.find', 'ann.keys.entityPanel', 'ann.keys.hop', 'ann.keys.markAll', 'ann.keys.acceptAll', 'ann.keys.attribute', 'ann.keys.palette', 'ann.keys.relation'] as const) {
      await expect(workspace.getByText(t(key), { exact: true })).toBeVisible();
    }
  });
}
