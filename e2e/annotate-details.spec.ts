import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sentenceGroup, tr, type Lang } from './annotate-helpers';
import { dragBetween, dragSelect, openExplorer } from './helpers';

/**
 * The details of annotating, in English and Arabic: the speaker a verb of saying names is
 * the proposed attribution, visible and changeable; the entity pickers search as you type
 * (folded) and offer only what fits; every entity type has its own palette key; "Mark
 * all" quotes the whole word «للهند» (ل + الهند), not «لهند».
 */

test.describe.configure({ timeout: 120_000 });


const ARTICLE = [
  'أرسلان: تركيا تدعم سوريا',
  'أكّد وزير الخارجية أرسلان أن تركيا تدعم سوريا في الاجتماع.',
  'وأرسلت تركيا وفدا للهند، وقالت الهند إنها ترحب.',
].join('\n');


const TYPES = {
  en: { person: 'Person', country: 'Country (state actor)', event: 'Event', supports: 'supports', opposes: 'opposes' },
  ar: { person: 'شخص', country: 'دولة', event: 'حدث', supports: 'يدعم', opposes: 'يعارض' },
} as const;

async function startGraph(page: Page, lang: Lang) {
  const t = tr(lang);
  await openExplorer(page, { lang });
  await page.getByRole('button', { name: t('author.newGraph') }).click();
  await page.getByLabel(t('author.pasteLabel')).fill(ARTICLE);
  await page.getByLabel(t('author.titleEn')).fill('Arslan: Turkey supports Syria');
  await page.getByRole('button', { name: t('author.cut') }).click();
  await page.getByRole('button', { name: t('author.create') }).click();
  await expect(sentence(page, lang, 'lede')).toBeVisible();
}

const sentence = sentenceGroup;

function palette(page: Page, lang: Lang): Locator {
  return page.getByRole('toolbar', { name: tr(lang)('ann.palette') });
}

/** The selected words made an entity of a type by its palette button. */
async function entity(page: Page, lang: Lang, where: 'lede' | 1, quote: string, type: string) {
  await dragSelect(page, sentence(page, lang, where), quote);
  await palette(page, lang).getByRole('button', { name: new RegExp(` ${type.replace(/[()]/g, '\\$&')}$`) }).click();
  await expect(sentence(page, lang, where).getByRole('button', { name: `${quote} (${type})`, exact: true })).toBeVisible();
}

/**
 * Letters typed as a keyboard types them, a key down and up each, Arabic included
 * (Playwright's own typing sends letters off the US layout as bare text, without keys).
 */
async function typeKeys(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (const char of text) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char });
  }
  await cdp.detach();
}

function relationCard(page: Page, lang: Lang, text: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.relations', { count: 99 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: text });
}

const chosen = (select: Locator) => select.locator('option:checked');

/** As in a11y.spec: with label-content-name-mismatch on, so a control's name contains its visible text. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const lang of ['en', 'ar'] as const) {
  const t = tr(lang);
  const types = TYPES[lang];

  test(`the speaker a verb of saying names is proposed as the attribution, visibly, and can be changed (${lang})`, async ({ page }) => {
    await startGraph(page, lang);
    await entity(page, lang, 'lede', 'أرسلان', types.person);
    await entity(page, lang, 'lede', 'تركيا', types.country);
    await entity(page, lang, 'lede', 'سوريا', types.country);
    await entity(page, lang, 'lede', 'الاجتماع', types.event);

    // On the text: drag from Turkey to Syria; the picker proposes Arslan («أكّد … أرسلان أن …»).
    const lede = sentence(page, lang, 'lede');
    await dragBetween(page, lede.getByRole('button', { name: `تركيا (${types.country})` }), lede.getByRole('button', { name: `سوريا (${types.country})` }));
    const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: 'تركيا', target: 'سوريا' }) });
    const speaker = picker.getByRole('combobox', { name: t('author.attributedTo') });
    await expect(chosen(speaker)).toHaveText('أرسلان');
    await expect(picker.getByText(t('ann.pickProposed'))).toBeVisible();
    // Only what can speak is offered: not the negotiations (an event).
    await expect(speaker.locator('option')).toHaveText([t('author.statedByArticle'), 'أرسلان', 'تركيا', 'سوريا']);
    await picker.getByRole('button', { name: types.supports, exact: true }).click();
    await expect(relationCard(page, lang, t('ann.attributedTo', { label: 'أرسلان' }))).toContainText('تركيا تدعم سوريا');
    const [, afterRelation] = t('author.error.done-relation-attributed', { label: 'أرسلان' }).split('{relation}');
    await expect(page.getByRole('status').filter({ hasText: afterRelation! })).toBeVisible();

    // Changed in the picker before the type: stated by the article.
    await dragBetween(page, lede.getByRole('button', { name: `سوريا (${types.country})` }), lede.getByRole('button', { name: `أرسلان (${types.person})` }));
    const second = page.getByRole('region', { name: t('ann.relationPicker', { source: 'سوريا', target: 'أرسلان' }) });
    await second.getByRole('combobox', { name: t('author.attributedTo') }).selectOption({ label: t('author.statedByArticle') });
    await expect(second.getByText(t('ann.pickProposed'))).toHaveCount(0);
    await second.getByRole('button', { name: types.opposes, exact: true }).click();
    const picked = page.locator('[aria-current="true"]');
    await expect(picked).toContainText('أرسلان أن تركيا تدعم سوريا');
    await expect(picked).toContainText(t('author.statedByArticle'));

    // In the dialog: the same proposal, no type preselected, and pickers that search as you type.
    await dragSelect(page, lede, 'تدعم سوريا في الاجتماع');
    await page.getByRole('button', { name: t('author.newRelation') }).click();
    const dialog = page.getByRole('dialog', { name: t('author.newRelationTitle') });
    const attributed = dialog.getByRole('combobox', { name: t('author.attributedTo') });
    await expect(chosen(attributed)).toHaveText('أرسلان');
    await expect(dialog.getByText(t('ann.pickProposed'))).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: t('author.relationType') })).toHaveValue('');
    await dialog.getByRole('button', { name: t('author.createRelation') }).click();
    await expect(dialog.getByText(t('ann.typeRequired'))).toBeVisible();

    const from = dialog.getByRole('combobox', { name: t('author.from'), exact: true });
    await from.focus();
    // Folded: a bare alef finds «أرسلان»; the list narrows to what the letters name.
    await typeKeys(page, 'ارس');
    await expect(chosen(from)).toHaveText('أرسلان');
    await expect(dialog.getByText(t('ann.pickFound', { query: 'ارس', count: 1 }))).toBeVisible();
    await expect(from.locator('option')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(from.locator('option')).toHaveCount(4);
    await typeKeys(page, 'سور');
    await expect(chosen(from)).toHaveText('سوريا');
    const to = dialog.getByRole('combobox', { name: t('author.to'), exact: true });
    await to.focus();
    await typeKeys(page, 'اجتما');
    await expect(chosen(to)).toHaveText('الاجتماع');
    await typeKeys(page, 'xyz');
    await expect(dialog.getByText(t('ann.pickNoMatch', { query: 'اجتماxyz' }))).toBeVisible();
    await expect(chosen(to)).toHaveText('الاجتماع');
    await page.keyboard.press('Escape');
    await attributed.focus();
    await typeKeys(page, lang === 'en' ? 'stat' : 'يقرر');
    await expect(chosen(attributed)).toHaveText(t('author.statedByArticle'));
    await dialog.getByRole('combobox', { name: t('author.relationType') }).selectOption({ label: types.supports });
    await dialog.getByRole('button', { name: t('author.createRelation') }).click();
    await expect(dialog).toBeHidden();
    const made = relationCard(page, lang, t('author.statedByArticle')).filter({ hasText: 'تدعم سوريا في الاجتماع' });
    await expect(made).toHaveCount(1);
  });

  test(`every entity type has its own palette key, said on screen; a letter key makes the entity (${lang})`, async ({ page }) => {
    await startGraph(page, lang);
    const buttons = palette(page, lang).getByRole('group', { name: t('ann.paletteTypes') }).getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(10);
    const keys = await buttons.locator('kbd').allTextContents();
    expect(keys).toHaveLength(count);
    expect(new Set(keys).size).toBe(count);
    expect(keys.slice(0, 11)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'B']);
    // The letters the text answers to (M finds, R marks, E edits, F finds words, O marks all, N hops, A attributes, T returns) are not palette keys.
    for (const command of ['M', 'R', 'E', 'F', 'O', 'N', 'A', 'T']) expect(keys).not.toContain(command);
    for (let i = 0; i < count; i += 1) await expect(buttons.nth(i)).toHaveAttribute('aria-keyshortcuts', keys[i]!);

    // The eleventh type by its letter, pressed in the text.
    const eleventh = (await buttons.nth(10).textContent())!.replace(/^B\s*/, '').trim();
    await dragSelect(page, sentence(page, lang, 1), 'وفدا');
    await page.keyboard.press('KeyB');
    const made = sentence(page, lang, 1).getByRole('button', { name: `وفدا (${eleventh})`, exact: true });
    await expect(made).toBeVisible();
    await expect(made).toHaveAttribute('data-marker', 'B');
  });

  test(`Mark all quotes the whole word «للهند», not «لهند» (${lang})`, async ({ page }) => {
    await startGraph(page, lang);
    await entity(page, lang, 1, 'الهند', types.country);
    await page.getByRole('button', { name: t('author.markAllNamed', { label: 'الهند' }), exact: true }).click();
    // «للهند» is not in the entity's name: the words lead the proposal's name.
    const suggested = t('ann.proposalQuoted', { quote: 'للهند', name: t('ann.proposalName', { label: 'الهند', type: types.country }) });
    const dim = sentence(page, lang, 1).getByRole('button', { name: suggested, exact: true });
    await expect(dim).toHaveText('للهند');
    await dim.focus();
    await page.keyboard.press('Enter');
    await expect(sentence(page, lang, 1).getByRole('button', { name: t('ann.mentionName', { quote: 'للهند', label: 'الهند', type: types.country }), exact: true })).toHaveText('للهند');
  });

  test(`the checks keep what is worth a look apart from what blocks the export (${lang})`, async ({ page }) => {
    await startGraph(page, lang);
    const checks = page.getByRole('region', { name: t('author.checks') });
    // An empty graph validates; it is worth a look, not a problem.
    await expect(checks).toContainText(t('author.checksOk'));
    await expect(checks).toContainText(t('author.checksWarnings'));
    await expect(checks).toContainText(t('ann.checkEmpty'));
    await entity(page, lang, 'lede', 'تركيا', types.country);
    await entity(page, lang, 'lede', 'سوريا', types.country);
    await expect(checks).toContainText(t('author.checksOk'));
    await expect(checks).not.toContainText(t('ann.checkEmpty'));
    await expect(checks.getByRole('listitem')).toHaveText([t('ann.checkNoRelation', { label: 'تركيا' }), t('ann.checkNoRelation', { label: 'سوريا' })]);
    await expect(checks).toContainText(t('ann.untranslated', { labels: lang === 'ar' ? 'تركيا، سوريا' : 'تركيا, سوريا' }));
    // Related, neither is mentioned any more.
    const lede = sentence(page, lang, 'lede');
    await dragBetween(page, lede.getByRole('button', { name: `تركيا (${types.country})` }), lede.getByRole('button', { name: `سوريا (${types.country})` }));
    await page.getByRole('region', { name: t('ann.relationPicker', { source: 'تركيا', target: 'سوريا' }) }).getByRole('button', { name: types.supports, exact: true }).click();
    await expect(checks.getByRole('listitem')).toHaveCount(0);
    await expect(checks).toContainText(t('author.checksOk'));
  });

  test(`at phone width the arcs clear the legend, an entity's buttons keep one row and Mark all shows what it found (${lang})`, async ({ page }) => {
    await startGraph(page, lang);
    await page.setViewportSize({ width: 390, height: 844 });
    const title = page.getByRole('group', { name: t('details.sentenceRole.title'), exact: true });
    for (const [quote, type] of [['أرسلان', types.person], ['تركيا', types.country], ['سوريا', types.country]] as const) {
      await dragSelect(page, title, quote);
      await palette(page, lang).getByRole('button', { name: new RegExp(` ${type.replace(/[()]/g, '\\$&')}$`) }).click();
    }
    // Three relations on the title's one line: their labels stack above it.
    const mention = (quote: string, type: string) => title.getByRole('button', { name: `${quote} (${type})` });
    for (const [from, fromType, to, toType] of [
      ['تركيا', types.country, 'سوريا', types.country],
      ['أرسلان', types.person, 'سوريا', types.country],
      ['أرسلان', types.person, 'تركيا', types.country],
    ] as const) {
      await dragBetween(page, mention(from, fromType), mention(to, toType));
      await page.getByRole('region', { name: t('ann.relationPicker', { source: from, target: to }) }).getByRole('button', { name: types.supports, exact: true }).click();
    }
    const labels = page.getByRole('group', { name: t('ann.arcs') }).getByRole('button');
    await expect(labels).toHaveCount(3);
    const legend = page.getByRole('group', { name: t('ann.legend') });
    await legend.scrollIntoViewIfNeeded();
    const bottom = await legend.evaluate((e) => e.getBoundingClientRect().bottom);
    const labelTops = await labels.evaluateAll((all) => all.map((x) => x.getBoundingClientRect().top));
    expect(Math.min(...labelTops)).toBeGreaterThanOrEqual(bottom);

    const card = page.getByRole('region', { name: t('author.entities', { count: 3 }) }).getByRole('listitem').first();
    const buttons = card.getByRole('button');
    await expect(buttons).toHaveCount(5);
    const tops = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    // Mark all, pressed in the entity list: its proposals come into view, however long the list above them.
    await page.getByRole('button', { name: t('author.markAllNamed', { label: 'تركيا' }), exact: true }).click();
    const group = page.getByRole('region', { name: new RegExp(`^تركيا \\(`) });
    await expect(group).toBeInViewport();
    await expect(group.getByRole('listitem')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test(`at phone width the labels of the bundled graph's title arcs stay clear of the legend above (${lang})`, async ({ page }) => {
    await openExplorer(page, { lang });
    await page.getByRole('button', { name: t('author.newGraph') }).click();
    await page.getByRole('button', { name: t('author.editOpen', { id: 'putin-china-visit' }) }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    const title = page.getByRole('group', { name: t('details.sentenceRole.title'), exact: true });
    await title.scrollIntoViewIfNeeded();
    const legend = page.getByRole('group', { name: t('ann.legend') });
    const bottom = await legend.evaluate((e) => e.getBoundingClientRect().bottom);
    const titleBox = (await title.boundingBox())!;
    const labels = page.getByRole('group', { name: t('ann.arcs') }).getByRole('button');
    await expect(labels.first()).toBeVisible();
    // The labels drawn for the title's first line: every one below the legend.
    const tops = await labels.evaluateAll((all, y) => all.map((x) => x.getBoundingClientRect().top).filter((top) => top < y), titleBox.y + 10);
    expect(tops.length).toBeGreaterThan(3);
    expect(Math.min(...tops)).toBeGreaterThanOrEqual(bottom);
  });

  test(`axe finds no violation over the palette, arcs, proposals, entity panel, pickers and vocabulary (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await startGraph(page, lang);
    await entity(page, lang, 'lede', 'أرسلان', types.person);
    await entity(page, lang, 'lede', 'تركيا', types.country);
    await entity(page, lang, 'lede', 'سوريا', types.country);
    const lede = sentence(page, lang, 'lede');
    await dragBetween(page, lede.getByRole('button', { name: `تركيا (${types.country})` }), lede.getByRole('button', { name: `سوريا (${types.country})` }));
    // The relation picker with its attribution list open on the page.
    const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: 'تركيا', target: 'سوريا' }) });
    await expect(picker.getByText(t('ann.pickProposed'))).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await picker.getByRole('button', { name: types.supports, exact: true }).click();
    // Arcs, the entity panel (an entity selected) and the proposals of "Mark all".
    await expect(page.getByRole('group', { name: t('ann.arcs') }).getByRole('button')).toHaveCount(1);
    await page.getByRole('button', { name: t('author.markAllNamed', { label: 'تركيا' }), exact: true }).click();
    await page.getByRole('button', { name: t('ann.showNamed', { label: 'أرسلان' }) }).click();
    await expect(page.getByRole('region', { name: t('ann.entityPanel', { label: 'أرسلان' }) })).toBeVisible();
    await expect(page.getByRole('region', { name: new RegExp(`^تركيا \\(`) })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // The relation dialog and its searching pickers.
    await dragSelect(page, lede, 'تدعم سوريا');
    await page.getByRole('button', { name: t('author.newRelation') }).click();
    const dialog = page.getByRole('dialog', { name: t('author.newRelationTitle') });
    await expect(dialog.getByText(t('ann.pickProposed'))).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: t('author.cancel') }).click();
    // The vocabulary dialog.
    await page.getByRole('button', { name: t('author.vocabulary') }).click();
    await expect(page.getByRole('dialog', { name: t('author.vocabularyTitle') })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
