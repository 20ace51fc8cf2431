import { expect, test, type Page } from '@playwright/test';
import { proposalNamed, sentenceGroup, tr, type Lang } from './annotate-helpers';
import { dragBetween, dragSelect, openExplorer } from './helpers';

/**
 * Annotating on the text, in English and Arabic: selected words become an entity with one
 * key or one click, coloured by type; letters typed find an entity for a further mention;
 * a relation is made by dragging between mentions or by R, R and a number, drawn as an arc
 * that selects its card; each of these is one undo step.
 */

test.describe.configure({ timeout: 120_000 });


const ARTICLE = [
  'وزيرة الخارجية تزور عمّان لبحث مشروع المياه',
  'زارت وزيرة الخارجية سلمى حداد العاصمة الأردنية عمّان يوم الأحد.',
  'والتقت حداد الوزير كريم نصار في مقر الوزارة. وأشادت الوزيرة بدور الأردن في مشروع المياه.',
].join('\n');
const PERSON_COLOUR = 'rgb(47, 111, 223)';
const PLACE_COLOUR = 'rgb(37, 144, 95)';


async function startGraph(page: Page, lang: Lang) {
  const t = tr(lang);
  await openExplorer(page, { lang });
  await page.getByRole('button', { name: t('author.newGraph') }).click();
  await page.getByLabel(t('author.pasteLabel')).fill(ARTICLE);
  await page.getByLabel(t('author.titleEn')).fill('Foreign minister visits Amman');
  await page.getByRole('button', { name: t('author.cut') }).click();
  await page.getByRole('button', { name: t('author.create') }).click();
  await expect(sentence(page, lang, 'lede')).toBeVisible();
}

const sentence = sentenceGroup;

function entitiesHeading(page: Page, lang: Lang, count: number) {
  return page.getByRole('heading', { name: tr(lang)('author.entities', { count }) });
}

function relationCard(page: Page, lang: Lang, text: string) {
  return page.getByRole('region', { name: new RegExp(`^${tr(lang)('author.relations', { count: 99 }).split('(')[0]!.trim()}`) }).getByRole('listitem').filter({ hasText: text });
}

for (const lang of ['en', 'ar'] as const) {
  test(`an entity in two actions, a further mention by name, relations drawn and made on the text (${lang})`, async ({ page }) => {
    const t = tr(lang);
    const person = lang === 'en' ? 'Person' : 'شخص';
    const place = lang === 'en' ? 'Place or region' : 'مكان أو منطقة';
    await startGraph(page, lang);

    // Select words, press 1: a person at once, its mention coloured and named.
    await dragSelect(page, sentence(page, lang, 'lede'), 'سلمى حداد');
    await page.keyboard.press('Digit1');
    const salma = page.getByRole('button', { name: `سلمى حداد (${person})`, exact: true });
    await expect(salma).toBeVisible();
    await expect(salma).toHaveCSS('border-bottom-color', PERSON_COLOUR);
    await expect(salma).toHaveCSS('border-bottom-style', 'solid');
    await expect(entitiesHeading(page, lang, 1)).toBeVisible();
    await expect(page.getByRole('group', { name: t('ann.legend') })).toContainText(person);
    // The English label is flagged, not required; the side panel takes it, never blocking.
    await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeVisible();
    const panel = page.getByRole('region', { name: t('ann.entityPanel', { label: 'سلمى حداد' }) });
    await panel.getByLabel(t('author.labelEn')).fill('Salma Haddad');
    await panel.getByRole('button', { name: t('author.save') }).click();
    const salmaLabel = lang === 'en' ? 'Salma Haddad' : 'سلمى حداد';
    await expect(page.getByRole('button', { name: t('author.editNamed', { label: salmaLabel }), exact: true })).toBeVisible();
    // Named by its entity once it has a label of the interface's language.
    const salmaNamed = page.getByRole('button', { name: lang === 'en' ? t('ann.mentionName', { quote: 'سلمى حداد', label: salmaLabel, type: person }) : `سلمى حداد (${person})`, exact: true });
    await expect(salmaNamed).toBeVisible();
    await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeHidden();

    // Each was one step: undo the label, then the entity; redo both.
    await page.keyboard.press('Control+z');
    await expect(page.getByText(t('ann.untranslated', { labels: 'سلمى حداد' }))).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(entitiesHeading(page, lang, 0)).toBeVisible();
    await expect(salma).toBeHidden();
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByRole('button', { name: t('author.editNamed', { label: salmaLabel }), exact: true })).toBeVisible();

    // The palette by mouse: words, then the type's button.
    await dragSelect(page, sentence(page, lang, 'lede'), 'عمّان');
    await page.getByRole('toolbar', { name: t('ann.palette') }).getByRole('button', { name: `6 ${place}`, exact: true }).click();
    const amman = page.getByRole('button', { name: `عمّان (${place})`, exact: true });
    await expect(amman).toHaveCSS('border-bottom-color', PLACE_COLOUR);
    await expect(amman).toHaveCSS('border-bottom-style', 'dashed');

    // A further mention: M, a few letters (folded: no shadda needed), Enter.
    await dragSelect(page, sentence(page, lang, 1), 'حداد');
    await page.keyboard.press('KeyM');
    const finder = page.getByRole('combobox', { name: t('ann.mentionOf') });
    await expect(finder).toBeFocused();
    await page.keyboard.type('حد');
    await expect(page.getByRole('option', { name: salmaLabel })).toBeVisible();
    await page.keyboard.press('Enter');
    const second = sentence(page, lang, 1).getByRole('button', { name: t('ann.mentionName', { quote: 'حداد', label: salmaLabel, type: person }) });
    await expect(second).toHaveCSS('border-bottom-color', PERSON_COLOUR);
    await expect(page.getByRole('region', { name: /^(Entities|الكيانات)/ }).getByRole('listitem').filter({ hasText: salmaLabel })).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    // The entity is selected: all its mentions are lit, until it is let go.
    await expect(salmaNamed).toHaveAttribute('aria-pressed', 'true');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: t('ann.showNamed', { label: salmaLabel }) }).click();
    await expect(salmaNamed).toHaveAttribute('aria-pressed', 'false');
    await expect(second).toHaveAttribute('aria-pressed', 'false');

    // A relation by mouse: drag from one mention to another, then a type.
    await dragBetween(page, salmaNamed, amman);
    const picker = page.getByRole('region', { name: t('ann.relationPicker', { source: salmaLabel, target: 'عمّان' }) });
    await expect(picker).toContainText('سلمى حداد العاصمة الأردنية عمّان');
    await picker.getByRole('button', { name: lang === 'en' ? 'visits' : 'يزور' }).click();
    const arcs = page.getByRole('group', { name: t('ann.arcs') });
    const arc = arcs.getByRole('button', { name: new RegExp(`^${lang === 'en' ? 'visits' : 'يزور'}: `) });
    await expect(arc).toBeVisible();
    // Drawn above the words, between the two mentions (right to left: Salma is right of Amman).
    const [a, s, m] = [(await arc.boundingBox())!, (await salmaNamed.boundingBox())!, (await amman.boundingBox())!];
    expect(a.y + a.height).toBeLessThanOrEqual(Math.min(s.y, m.y) + 2);
    expect(a.x + a.width / 2).toBeGreaterThan(m.x + m.width / 2);
    expect(a.x + a.width / 2).toBeLessThan(s.x + s.width / 2);
    await arc.click();
    await expect(arc).toHaveAttribute('aria-pressed', 'true');
    const visitCard = page.locator('[aria-current="true"]');
    await expect(visitCard).toContainText('سلمى حداد العاصمة الأردنية عمّان');
    await expect(visitCard).toContainText(t('author.statedByArticle'));

    // By keyboard alone: an entity, then R on one mention, R on another, the evidence
    // adjusted with brackets, letters to filter the types and a number to pick one.
    const s1 = sentence(page, lang, 1);
    await s1.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Digit1');
    await expect(s1.getByRole('button', { name: `كريم نصار (${person})`, exact: true })).toBeVisible();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('KeyR');
    await expect(page.getByRole('status').filter({ hasText: t('author.error.relation-source', { label: salmaLabel }) })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('KeyR');
    const filter = page.getByRole('textbox', { name: t('ann.relationFilter') });
    await expect(filter).toBeFocused();
    const evidence = page.locator('.relation-picker__evidence');
    await expect(evidence).toContainText('حداد الوزير كريم نصار');
    await page.keyboard.press('BracketLeft'); // start a word earlier
    await expect(evidence).toContainText('والتقت حداد الوزير كريم نصار');
    await page.keyboard.press('Shift+BracketRight'); // end a word later
    await expect(evidence).toContainText('والتقت حداد الوزير كريم نصار في');
    await page.keyboard.press('Shift+BracketLeft'); // and back: narrowed
    await expect(evidence).not.toContainText('نصار في');
    await page.keyboard.type(lang === 'en' ? 'work' : 'يعمل');
    await page.keyboard.press('Digit1');
    const worksLabel = lang === 'en' ? 'works together with' : 'يعمل مع';
    const card = relationCard(page, lang, worksLabel);
    await expect(card).toContainText('والتقت حداد الوزير كريم نصار');
    await expect(card).not.toContainText('نصار في');
    await expect(s1).toBeFocused();
    await expect(arcs.getByRole('button', { name: new RegExp(`^${worksLabel}: `) })).toBeVisible();
    // One step: undo takes the relation back, and only it.
    await page.keyboard.press('Control+z');
    await expect(card).toHaveCount(0);
    await expect(s1.getByRole('button', { name: `كريم نصار (${person})`, exact: true })).toBeVisible();
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`at phone width the palette and the arcs work by touch-sized targets (${lang})`, async ({ page }) => {
    const t = tr(lang);
    const person = lang === 'en' ? 'Person' : 'شخص';
    await startGraph(page, lang);
    await page.setViewportSize({ width: 390, height: 844 });
    await dragSelect(page, sentence(page, lang, 'lede'), 'سلمى حداد');
    const palette = page.getByRole('toolbar', { name: t('ann.palette') });
    const personButton = palette.getByRole('button', { name: `1 ${person}`, exact: true });
    await expect(personButton).toBeInViewport();
    await personButton.click();
    await dragSelect(page, sentence(page, lang, 'lede'), 'عمّان');
    await palette.getByRole('button', { name: new RegExp(`^6 `) }).click();
    const salma = page.getByRole('button', { name: `سلمى حداد (${person})`, exact: true });
    await expect(salma).toHaveCSS('border-bottom-color', PERSON_COLOUR);
    // A new entity's other occurrences are drawn dim a frame after it, moving the text below: drag once they are.
    const place = lang === 'en' ? 'Place or region' : 'مكان أو منطقة';
    await expect(sentence(page, lang, 'title').getByRole('button', { name: proposalNamed(t('ann.proposalName', { label: 'عمّان', type: place })) })).toBeVisible();
    await dragBetween(page, salma, page.getByRole('button', { name: /^عمّان \(/ }));
    // A type among the first ten carries its number key in its name ("2 visits").
    await page.getByRole('button', { name: new RegExp(`^(\\d )?${lang === 'en' ? 'visits' : 'يزور'}$`) }).click();
    const arc = page.getByRole('group', { name: t('ann.arcs') }).getByRole('button');
    await expect(arc).toBeInViewport();
    await arc.click();
    await expect(page.locator('[aria-current="true"]')).toContainText('سلمى حداد العاصمة الأردنية عمّان');
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('a double-click takes the word without its attached particle, Shift+double-click the whole word', async ({ page }) => {
  const t = tr('en');
  await startGraph(page, 'en');
  const s1 = sentence(page, 'en', 1);
  // Find the word's middle on screen, with the sentence in the middle of the pane.
  const point = await s1.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const text = element.querySelector('.ann-text')!;
    const node = text.querySelector('.seg')!.firstChild!;
    const at = (node.textContent ?? '').indexOf('والتقت');
    const range = document.createRange();
    range.setStart(node, at + 3);
    range.setEnd(node, at + 4);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const selected = page.getByRole('toolbar', { name: t('author.actions') });
  await page.mouse.dblclick(point.x, point.y);
  await expect(selected.getByText('التقت', { exact: true })).toBeVisible();
  await page.keyboard.down('Shift');
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.up('Shift');
  await expect(selected.getByText('والتقت', { exact: true })).toBeVisible();
  // A name that begins with one of those letters keeps it.
  await page.keyboard.press('Escape');
  const karim = await s1.evaluate((element) => {
    const node = element.querySelector('.ann-text .seg')!.firstChild!;
    const at = (node.textContent ?? '').indexOf('كريم');
    const range = document.createRange();
    range.setStart(node, at + 1);
    range.setEnd(node, at + 2);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(karim.x, karim.y);
  await expect(selected.getByText('كريم', { exact: true })).toBeVisible();
});
