import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sentenceGroup, startDraft as startArticle, tr, type Lang } from './annotate-helpers';
import { dragSelect } from './helpers';

/**
 * Short forms of a name, in English and Arabic: after «كريم منصور», "Mark all" proposes
 * «منصور» as part of his name (not «المنصور», another name), accepted with one click;
 * after «قمة الطاقة», «القمة» is proposed after the whole name (not «القمة المقبلة», another
 * summit), accepted with Enter. Words wider than a name («العاصمة القاهرة») become its
 * mention with one click, or widen the mention inside them in one undo step. An alias
 * typed in the entity's panel is proposed like its label.
 */

test.describe.configure({ timeout: 120_000 });


const ARTICLE = [
  'قمة الطاقة تبدأ في القاهرة',
  'افتتح الوزير كريم منصور قمة الطاقة بالعاصمة القاهرة.',
  'وقال منصور إن القمة ناجحة، وتعقد القمة المقبلة في الإسكندرية.',
  'وعاد المنصور إلى القاهرة.',
].join('\n');

const TYPE = {
  person: { en: 'Person', ar: 'شخص' },
  event: { en: 'Event', ar: 'حدث' },
  place: { en: 'Place or region', ar: 'مكان أو منطقة' },
} as const;


const startDraft = (page: Page, lang: Lang) => startArticle(page, lang, ARTICLE, 'Energy summit opens in Cairo');

const sentence = sentenceGroup;

/** Drag across the words and click their type in the palette: the words are the entity's label. */
async function newEntity(page: Page, lang: Lang, where: Locator, words: string, type: keyof typeof TYPE) {
  await dragSelect(page, where, words);
  await expect(page.getByRole('toolbar', { name: tr(lang)('author.actions') }).getByText(words, { exact: true })).toBeVisible();
  await page
    .getByRole('toolbar', { name: tr(lang)('ann.palette') })
    .getByRole('button', { name: new RegExp(`${TYPE[type][lang]}$`) })
    .click();
  await expect(where.getByRole('button', { name: `${words} (${TYPE[type][lang]})`, exact: true })).toBeVisible();
}

function entityItem(page: Page, lang: Lang, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.entities', { count: 9 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: label });
}

function proposalGroup(page: Page, lang: Lang, label: string): Locator {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .getByRole('region', { name: new RegExp(`^${escape(tr(lang)('author.proposals', { count: 999 })).replace('999', '\\d+')}$`) })
    .getByRole('region', { name: new RegExp(`^${escape(label)} \\(`) });
}

/** A mention drawn in the text, named by its entity where the label is not the words. */
function mentionName(lang: Lang, quote: string, label: string, type: keyof typeof TYPE): string {
  return quote === label ? `${quote} (${TYPE[type][lang]})` : tr(lang)('ann.mentionName', { quote, label, type: TYPE[type][lang] });
}

function axe(page: Page, include: string) {
  return new AxeBuilder({ page }).include(include).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
}

for (const lang of ['en', 'ar'] as const) {
  const t = tr(lang);

  test(`a family name is proposed as part of the name and accepted with one click (${lang})`, async ({ page }) => {
    await startDraft(page, lang);
    const label = 'كريم منصور';
    await newEntity(page, lang, sentence(page, lang, 'lede'), label, 'person');

    await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: t('author.error.done-marked', { label, count: 1 }) })).toBeVisible();
    const group = proposalGroup(page, lang, label);
    const items = group.getByRole('listitem');
    // «منصور» of the first body sentence; not «المنصور» of the second (another name).
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveAccessibleName(`${t('author.proposalPartName', { label, type: TYPE.person[lang] })}: منصور, ${t('details.sentenceRole.body', { n: 1 })}`);
    await expect(items.first().getByText(t('author.proposalPart'), { exact: true })).toBeVisible();
    // Drawn dim in the text with the same words, and nowhere else.
    const dim = page.getByRole('button', { name: t('ann.proposalPartName', { label, type: TYPE.person[lang] }), exact: true });
    await expect(dim).toHaveCount(1);
    await expect(sentence(page, lang, 1).getByRole('button', { name: t('ann.proposalPartName', { label, type: TYPE.person[lang] }), exact: true })).toHaveText('منصور');
    await expect(sentence(page, lang, 2)).toHaveText(ARTICLE.split('\n')[3]!);

    // One click: the family name is a mention of Karim Mansour.
    await items.first().getByRole('button', { name: t('author.acceptNamed', { quote: 'منصور', label }), exact: true }).click();
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    await expect(sentence(page, lang, 1).getByRole('button', { name: mentionName(lang, 'منصور', label, 'person'), exact: true })).toHaveText('منصور');
    await expect(group).toHaveCount(0);
  });

  test(`a head noun is proposed after the whole name, not where a definite word qualifies it, and Enter accepts it (${lang})`, async ({ page }) => {
    await startDraft(page, lang);
    const label = 'قمة الطاقة';
    await newEntity(page, lang, sentence(page, lang, 'lede'), label, 'event');

    await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).focus();
    await page.keyboard.press('Enter');
    const items = proposalGroup(page, lang, label).getByRole('listitem');
    // The whole name in the title first, then «القمة» of «إن القمة ناجحة»; «القمة المقبلة» is another summit.
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toHaveAccessibleName(`${t('author.proposalName', { label, type: TYPE.event[lang] })}: قمة الطاقة, ${t('details.sentenceRole.title')}`);
    await expect(items.nth(1)).toHaveAccessibleName(`${t('author.proposalPartName', { label, type: TYPE.event[lang] })}: القمة, ${t('details.sentenceRole.body', { n: 1 })}`);
    await expect(items.nth(1)).toContainText('إن القمة ناجحة');

    // By keyboard: the part's item focused, Enter makes it a mention of the summit.
    await items.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    const body1 = sentence(page, lang, 1);
    await expect(body1.getByRole('button', { name: mentionName(lang, 'القمة', label, 'event'), exact: true })).toHaveText('القمة');
    // Only the first «القمة» of the sentence; the keyboard stays in the list, on the item left.
    await expect(body1.getByRole('button', { name: mentionName(lang, 'القمة', label, 'event'), exact: true })).toHaveCount(1);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toBeFocused();
  });

  test(`words wider than a name become its mention with one click, or widen the mention inside them (${lang})`, async ({ page }) => {
    await startDraft(page, lang);
    const label = 'القاهرة';
    const lede = sentence(page, lang, 'lede');
    await newEntity(page, lang, sentence(page, lang, 'title'), label, 'place');
    const named = page.getByRole('group', { name: t('ann.namedHere'), exact: true });

    // «العاصمة القاهرة» holds Cairo's name: one click makes the words its mention.
    await dragSelect(page, lede, 'العاصمة القاهرة');
    const mentionOf = named.getByRole('button', { name: t('ann.mentionNamed', { label }), exact: true });
    await expect(mentionOf).toBeVisible();
    await mentionOf.click();
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    await expect(lede.getByRole('button', { name: mentionName(lang, 'العاصمة القاهرة', label, 'place'), exact: true })).toHaveText('العاصمة القاهرة');
    await expect(page.getByRole('status').filter({ hasText: t('author.error.done-mention', { label }) })).toBeVisible();
    await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 1, relations: 0 }));

    // With «القاهرة» accepted first, the same words widen that mention: still two, in one undo step.
    await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
    await proposalGroup(page, lang, label)
      .getByRole('listitem', { name: new RegExp(t('details.sentenceRole.lede')) })
      .getByRole('button', { name: t('author.acceptNamed', { quote: label, label }), exact: true })
      .click();
    const narrow = lede.getByRole('button', { name: mentionName(lang, label, label, 'place'), exact: true });
    await expect(narrow).toHaveText(label);
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    await dragSelect(page, lede, 'العاصمة القاهرة');
    await named.getByRole('button', { name: t('ann.widenNamed', { label }), exact: true }).click();
    await expect(lede.getByRole('button', { name: mentionName(lang, 'العاصمة القاهرة', label, 'place'), exact: true })).toHaveText('العاصمة القاهرة');
    await expect(narrow).toHaveCount(0);
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    await expect(page.getByRole('status').filter({ hasText: t('author.error.done-widened', { label, quote: 'العاصمة القاهرة' }) })).toBeVisible();
    await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
    await expect(narrow).toHaveText(label);
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));

    // Words with no entity's name in them offer nothing.
    await dragSelect(page, lede, 'افتتح الوزير');
    await expect(named).toHaveCount(0);
  });

  test(`an alias typed in the entity's panel is proposed like its label (${lang})`, async ({ page }) => {
    await startDraft(page, lang);
    const label = 'القاهرة';
    await newEntity(page, lang, sentence(page, lang, 'title'), label, 'place');
    const panel = page.getByRole('region', { name: t('ann.entityPanel', { label }) });
    await panel.getByRole('textbox', { name: t('author.aliasesAr'), exact: true }).fill('العاصمة القاهرة');
    await panel.getByRole('button', { name: t('author.save'), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: t('author.error.done-saved') })).toBeVisible();

    await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
    const items = proposalGroup(page, lang, label).getByRole('listitem');
    // The alias in the lede («بالعاصمة القاهرة», the preposition left out), the label in the second body sentence.
    const proposed = t('author.proposalName', { label, type: TYPE.place[lang] });
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toHaveAccessibleName(`${proposed}: العاصمة القاهرة, ${t('details.sentenceRole.lede')}`);
    await expect(items.nth(1)).toHaveAccessibleName(`${proposed}: القاهرة, ${t('details.sentenceRole.body', { n: 2 })}`);
    await items.nth(0).getByRole('button', { name: t('author.acceptNamed', { quote: 'العاصمة القاهرة', label }), exact: true }).click();
    await expect(sentence(page, lang, 'lede').getByRole('button', { name: mentionName(lang, 'العاصمة القاهرة', label, 'place'), exact: true })).toHaveText('العاصمة القاهرة');
    await expect(entityItem(page, lang, label)).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
  });

  test(`axe finds no violation in the proposals panel with a part, nor in the names of the selected words, at phone width (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await startDraft(page, lang);
    const label = 'كريم منصور';
    await newEntity(page, lang, sentence(page, lang, 'lede'), label, 'person');
    await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
    const item = proposalGroup(page, lang, label).getByRole('listitem');
    await expect(item).toHaveCount(1);
    await item.scrollIntoViewIfNeeded();
    await expect(item.getByText(t('author.proposalPart'), { exact: true })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const panel = await axe(page, '.ann-proposals');
    expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await dragSelect(page, sentence(page, lang, 1), 'وقال منصور');
    const named = page.getByRole('group', { name: t('ann.namedHere'), exact: true });
    await expect(named.getByRole('button', { name: t('ann.mentionNamed', { label }), exact: true })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const tools = await axe(page, '.named-here');
    expect(tools.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
