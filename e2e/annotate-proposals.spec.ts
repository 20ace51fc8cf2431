import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../app/domain/schema';
import '../app/shared/i18n/all-dictionaries';
import { translate, type MessageKey } from '../app/shared/i18n/translate';
import { proposalNamed } from './annotate-helpers';
import { dragSelect } from './helpers';

/**
 * Proposals in the annotation view, in both languages: "Mark all" proposes an entity's
 * other occurrences (folded, with attached prefixes), Accept all makes them mentions in
 * one undo step; a second draft is offered the entities of the first draft and of the
 * bundled graph as suggestions, Delete rejects one for good (across a reload) and Enter
 * accepts another; a proposal drawn dim in the text is accepted with Enter and
 * rejected with Delete where it stands.
 */

test.describe.configure({ timeout: 180_000 });

/** عمّان with shadda, then «بعمان», «عمّان», «عمان»: four more occurrences for "Mark all". */
const FIRST = {
  title: 'حداد تزور عمّان وتلتقي مسؤولين',
  lede: 'زارت الوزيرة سلمى حداد عمّان يوم الأحد.',
  body: ['وقالت حداد إن بعمان مشاريع كثيرة، وإن الأردن يدعم عمّان.', 'وعادت حداد من عمان مساء الأحد.'],
};
/** Names the first draft (سلمى حداد) and the bundled graph (الصين, and بكين as China's alias) know. */
const SECOND = {
  title: 'حداد في بكين',
  lede: 'التقت سلمى حداد وزير خارجية الصين في بكين.',
  body: ['وقالت إن الصين شريك مهم.'],
};

function article(a: { title: string; lede: string; body: string[] }): string {
  return [a.title, a.lede, ...a.body].join('\n');
}

for (const lang of ['en', 'ar'] as const) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

  test.describe(`proposals (${lang})`, () => {
    test('Mark all proposes the other occurrences; Accept all is one undo step', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWord(page, lang, t('details.sentenceRole.lede'), 4, 'عمّان', 'Amman', 'place');
      const label = lang === 'ar' ? 'عمّان' : 'Amman';
      const entities = page.getByRole('region', { name: t('author.entities', { count: 1 }) });
      await expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions: 1, relations: 0 }));

      await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: t('author.error.done-marked', { label, count: 4 }) })).toBeVisible();
      const group = proposalGroup(page, lang, label);
      await expect(group.getByRole('heading')).toContainText(t('author.proposalCount', { count: 4 }));
      await expect(group.getByRole('listitem')).toHaveCount(4);
      // The quotes are the exact words, prefixes left out, tashkeel as written; each shown in its context.
      const suggested = t('author.proposalName', { label, type: lang === 'ar' ? 'مكان أو منطقة' : 'Place or region' });
      await expect(group.getByRole('listitem').nth(0)).toHaveAccessibleName(`${suggested}: عمّان, ${t('details.sentenceRole.title')}`);
      await expect(group.getByRole('listitem').nth(1)).toHaveAccessibleName(`${suggested}: عمان, ${t('details.sentenceRole.body', { n: 1 })}`);
      await expect(group.getByRole('listitem').nth(1)).toContainText('وقالت حداد إن بعمان مشاريع');

      await group.getByRole('button', { name: t('author.acceptAllNamed', { count: 4, label }), exact: true }).click();
      await expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions: 5, relations: 0 }));
      await expect(group).toHaveCount(0);

      // One undo step takes all four back, and they are proposed again.
      await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
      await expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions: 1, relations: 0 }));
      await expect(proposalGroup(page, lang, label).getByRole('listitem')).toHaveCount(4);

      // One by one: Enter on a focused item accepts it, Delete rejects the next.
      const items = proposalGroup(page, lang, label).getByRole('listitem');
      await items.first().focus();
      await page.keyboard.press('Enter');
      await expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
      await expect(items).toHaveCount(3);
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('Delete');
      await expect(items).toHaveCount(2);
      await expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions: 2, relations: 0 }));
    });

    test('Mark all draws the other occurrences dim in the text: Enter on one makes it a mention in one undo step, Delete rejects another', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWord(page, lang, t('details.sentenceRole.lede'), 4, 'عمّان', 'Amman', 'place');
      const label = lang === 'ar' ? 'عمّان' : 'Amman';
      const type = lang === 'ar' ? 'مكان أو منطقة' : 'Place or region';
      const entities = page.getByRole('region', { name: t('author.entities', { count: 1 }) });
      const counts = (mentions: number) => expect(entities.getByRole('listitem').filter({ hasText: label })).toContainText(t('author.counts', { mentions, relations: 0 }));
      const title = page.getByRole('group', { name: t('details.sentenceRole.title'), exact: true });
      const body2 = page.getByRole('group', { name: t('details.sentenceRole.body', { n: 2 }), exact: true });
      // Named by the entity, led by the words where they are not in its name (another spelling, the English label).
      const suggested = proposalNamed(t('ann.proposalName', { label, type }));
      // The title's «عمّان» is drawn as a mention once accepted; named by the entity where its label is not the words.
      const asMention = lang === 'ar' ? `عمّان (${type})` : t('ann.mentionName', { quote: 'عمّان', label, type });

      // Nothing is drawn dim before "Mark all".
      await expect(page.getByRole('button', { name: suggested })).toHaveCount(0);
      await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
      await expect(page.getByRole('button', { name: suggested })).toHaveCount(4);
      const dimInTitle = title.getByRole('button', { name: suggested });
      await expect(dimInTitle).toHaveText('عمّان');
      await expect(title.getByRole('button', { name: asMention, exact: true })).toHaveCount(0);

      // Focused in the text, Enter accepts: the words become a mention, their name changes.
      await dimInTitle.focus();
      await page.keyboard.press('Enter');
      await expect(title.getByRole('button', { name: asMention, exact: true })).toHaveText('عمّان');
      await expect(dimInTitle).toHaveCount(0);
      await counts(2);
      await expect(page.getByRole('button', { name: suggested })).toHaveCount(3);

      // One undo step takes that mention back, and only it: the words are proposed again.
      await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
      await counts(1);
      await expect(title.getByRole('button', { name: asMention, exact: true })).toHaveCount(0);
      await expect(dimInTitle).toHaveCount(1);
      await expect(page.getByRole('button', { name: suggested })).toHaveCount(4);

      // Delete on another dim proposal rejects it: no longer drawn or listed, and nothing became data.
      const dimInBody2 = body2.getByRole('button', { name: suggested });
      await expect(dimInBody2).toHaveText('عمان');
      await dimInBody2.focus();
      await page.keyboard.press('Delete');
      await expect(dimInBody2).toHaveCount(0);
      await expect(body2).toHaveText(FIRST.body[1]!);
      await expect(proposalGroup(page, lang, label).getByRole('listitem')).toHaveCount(3);
      await counts(1);
      await expect.poll(() => storedRejections(page)).toHaveLength(1);
    });

    test('a mouse drag that starts on words drawn dim selects them and the next word; the dim words stay reachable by keyboard', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWord(page, lang, t('details.sentenceRole.lede'), 4, 'عمّان', 'Amman', 'place');
      const label = lang === 'ar' ? 'عمّان' : 'Amman';
      const type = lang === 'ar' ? 'مكان أو منطقة' : 'Place or region';
      await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
      const body2 = page.getByRole('group', { name: t('details.sentenceRole.body', { n: 2 }), exact: true });
      const dim = body2.getByRole('button', { name: t('ann.proposalQuoted', { quote: 'عمان', name: t('ann.proposalName', { label, type }) }), exact: true });
      await expect(dim).toHaveText('عمان');

      // From the dim «عمان» across «مساء»: the toolbar names the sentence and the words.
      await dragSelect(page, body2, 'عمان مساء');
      const toolbar = page.getByRole('toolbar', { name: t('author.actions') });
      await expect(toolbar).toContainText(t('ann.actsOn', { sentence: t('details.sentenceRole.body', { n: 2 }) }));
      await expect(toolbar.getByText('عمان مساء', { exact: true })).toBeVisible();
      // Nothing was accepted or rejected by the drag.
      await expect(dim).toHaveCount(1);

      // A click on the dim words alone (no drag) leaves the keyboard in their sentence, with the caret there.
      await dim.click();
      await expect(body2).toBeFocused();

      // The keyboard still reaches the dim words and accepts them with Enter.
      await dim.focus();
      await expect(dim).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dim).toHaveCount(0);
      await expect(body2.getByRole('button', { name: t('ann.mentionName', { quote: 'عمان', label, type }), exact: true })).toHaveText('عمان');
    });

    test('a second draft is offered the first draft’s and the bundled graph’s entities; Delete rejects for good, Enter accepts', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWords(page, lang, t('details.sentenceRole.lede'), 2, 2, 'سلمى حداد', 'Salma Haddad', 'person');

      await startDraft(page, lang, SECOND, 'Haddad in Beijing', true);
      const haddad = proposalGroup(page, lang, lang === 'ar' ? 'سلمى حداد' : 'Salma Haddad');
      await expect(haddad.getByText(t('author.proposalFromOtherDraft', { title: lang === 'ar' ? FIRST.title : 'Amman visit' }))).toBeVisible();
      // «سلمى حداد» in the lede, then «حداد» of the title as part of the name.
      await expect(haddad.getByRole('listitem')).toHaveCount(2);
      await expect(haddad.getByRole('listitem').nth(1)).toHaveAccessibleName(
        `${t('author.proposalPartName', { label: lang === 'ar' ? 'سلمى حداد' : 'Salma Haddad', type: lang === 'ar' ? 'شخص' : 'Person' })}: حداد, ${t('details.sentenceRole.title')}`,
      );
      const china = proposalGroup(page, lang, lang === 'ar' ? 'الصين' : 'China');
      await expect(china.getByText(new RegExp(t('author.proposalFromGraph', { title: '.+' })))).toBeVisible();
      // «الصين» twice and «بكين» (an alias) twice.
      await expect(china.getByRole('listitem')).toHaveCount(4);
      const suggested = t('author.proposalName', { label: lang === 'ar' ? 'الصين' : 'China', type: lang === 'ar' ? 'دولة' : 'Country (state actor)' });
      const first = china.getByRole('listitem', { name: new RegExp(`^${escape(suggested)}: الصين, ${t('details.sentenceRole.lede')}`) });
      await first.focus();
      await page.keyboard.press('Delete');
      await expect(china.getByRole('listitem')).toHaveCount(3);
      // Nothing became data.
      await expect(page.getByRole('region', { name: t('author.entities', { count: 0 }) })).toBeVisible();
      await expect.poll(() => storedRejections(page)).toHaveLength(1);

      await page.reload();
      await expect(proposalGroup(page, lang, lang === 'ar' ? 'الصين' : 'China').getByRole('listitem')).toHaveCount(3);
      await expect(page.getByRole('listitem', { name: new RegExp(`^${escape(suggested)}: الصين, ${t('details.sentenceRole.lede')}`) })).toHaveCount(0);

      // Enter accepts: the entity as the first draft has it, with the mention, in one step.
      await proposalGroup(page, lang, lang === 'ar' ? 'سلمى حداد' : 'Salma Haddad').getByRole('listitem').first().focus();
      await page.keyboard.press('Enter');
      const entities = page.getByRole('region', { name: t('author.entities', { count: 1 }) });
      await expect(entities.getByRole('listitem').filter({ hasText: lang === 'ar' ? 'سلمى حداد' : 'Salma Haddad' })).toContainText(t('author.counts', { mentions: 1, relations: 0 }));
      await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
      await expect(page.getByRole('region', { name: t('author.entities', { count: 0 }) })).toBeVisible();
    });

    test('the vocabulary is edited in place: a new entity type is used at once, a taken name is refused, undo is one step', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      const dialog = page.getByRole('dialog', { name: t('author.vocabularyTitle') });
      // The news vocabulary is there, with the bundled graph's types.
      await expect(dialog.getByRole('textbox', { name: t('author.nameEnOf', { name: lang === 'ar' ? 'مدينة' : 'City' }) })).toHaveValue('City');
      await expect(dialog.getByRole('textbox', { name: t('author.nameEnOf', { name: lang === 'ar' ? 'تقنية أو منظومة عسكرية' : 'Technology or military system' }) })).toBeAttached();

      const add = dialog.locator('form.vocabulary__add').first();
      await add.getByRole('textbox', { name: t('author.nameAr') }).fill('وزارة');
      await add.getByRole('textbox', { name: t('author.nameEn') }).fill('Ministry');
      await add.getByRole('button', { name: t('author.addEntityType') }).click();
      const ministry = lang === 'ar' ? 'وزارة' : 'Ministry';
      await expect(dialog.getByRole('textbox', { name: t('author.nameArOf', { name: ministry }) })).toHaveValue('وزارة');

      // Renaming to a name another type has is refused, and says so.
      await dialog.getByRole('textbox', { name: t('author.nameEnOf', { name: ministry }) }).fill('person');
      await dialog.getByRole('button', { name: t('author.saveNamed', { name: ministry }), exact: true }).click();
      await expect(dialog.getByRole('alert')).toHaveText(t('author.error.label-taken', { label: 'person', id: 'person' }));
      // A type in use cannot be removed: first make an entity of the new type.
      await dialog.getByRole('button', { name: t('author.done'), exact: true }).click();
      await expect(dialog).toBeHidden();

      await newEntityFromWords(page, lang, t('details.sentenceRole.lede'), 2, 2, 'سلمى حداد', 'Salma Haddad', 'ministry');
      const entities = page.getByRole('region', { name: t('author.entities', { count: 1 }) });
      await expect(entities.getByRole('listitem').filter({ hasText: lang === 'ar' ? 'سلمى حداد' : 'Salma Haddad' })).toContainText(ministry);

      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      await dialog.getByRole('button', { name: t('author.removeNamed', { name: ministry }), exact: true }).click();
      await expect(dialog.getByRole('alert')).toHaveText(t('author.error.type-in-use', { id: 'ministry', count: 1 }));
      // A rename is one undo step.
      await dialog.getByRole('textbox', { name: t('author.nameEnOf', { name: ministry }) }).fill('Government ministry');
      await dialog.getByRole('button', { name: t('author.saveNamed', { name: ministry }), exact: true }).click();
      await expect(dialog.getByRole('alert')).toHaveText('');
      await dialog.getByRole('button', { name: t('author.done'), exact: true }).click();
      if (lang === 'en') await expect(entities.getByRole('listitem').filter({ hasText: 'Salma Haddad' })).toContainText('Government ministry');
      await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      await expect(dialog.getByRole('textbox', { name: t('author.nameEnOf', { name: ministry }) })).toHaveValue('Ministry');

      // A relation type given a direction in place.
      const meets = lang === 'ar' ? 'يلتقي' : 'meets';
      await dialog.locator('summary').filter({ hasText: t('author.relationTypes', { count: 999 }).replace(' (999)', '') }).click();
      const directed = dialog.getByRole('checkbox', { name: t('author.directedOf', { name: meets }) });
      await expect(directed).not.toBeChecked();
      await directed.check();
      await dialog.getByRole('button', { name: t('author.saveNamed', { name: meets }), exact: true }).click();
      await expect(dialog.getByRole('checkbox', { name: t('author.directedOf', { name: meets }) })).toBeChecked();
      await expect(dialog.getByRole('alert')).toHaveText('');
    });

    test('an entity type recoloured in the vocabulary dialog: its mentions and its nodes in the preview take the colour, undo restores it', async ({ page }) => {
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWord(page, lang, t('details.sentenceRole.lede'), 4, 'عمّان', 'Amman', 'city');
      const city = lang === 'ar' ? 'مدينة' : 'City';
      const mention = page.getByRole('button', { name: lang === 'ar' ? `عمّان (${city})` : t('ann.mentionName', { quote: 'عمّان', label: 'Amman', type: city }), exact: true });
      // The palette's colour for a city first.
      await expect(mention).toHaveCSS('border-bottom-color', 'rgb(43, 138, 153)');

      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      const dialog = page.getByRole('dialog', { name: t('author.vocabularyTitle') });
      const colour = dialog.getByLabel(t('author.colorOf', { name: city }), { exact: true });
      await expect(colour).toHaveValue('#2b8a99');
      await expect(dialog.getByRole('button', { name: t('author.resetColorOf', { name: city }) })).toHaveCount(0);
      await colour.fill('#aa3300');
      await expect(dialog.getByRole('alert')).toHaveText('');
      await expect(dialog.getByLabel(t('author.colorOf', { name: city }), { exact: true })).toHaveValue('#aa3300');
      await expect(dialog.getByRole('button', { name: t('author.resetColorOf', { name: city }) })).toBeVisible();
      await dialog.getByRole('button', { name: t('author.done'), exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(mention).toHaveCSS('border-bottom-color', 'rgb(170, 51, 0)');

      // The explorer draws the type's nodes in its own colour; one undo gives the palette's back.
      await page.getByRole('button', { name: t('author.preview') }).click();
      // The canvas is a chunk of its own: until it has drawn there is no instance, and no colours.
      const nodeColours = () => page.evaluate(() => window.cy?.nodes().map((n) => n.style('background-color') as string) ?? []);
      await expect.poll(nodeColours).toEqual(['rgb(170,51,0)']);
      await page.getByRole('button', { name: t('author.undo'), exact: true }).click();
      await expect.poll(nodeColours).toEqual(['rgb(43,138,153)']);
      await page.getByRole('button', { name: t('author.annotate'), exact: true }).click();
      await expect(mention).toHaveCSS('border-bottom-color', 'rgb(43, 138, 153)');

      // "Default colour" gives the palette's colour back too.
      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      await dialog.getByLabel(t('author.colorOf', { name: city }), { exact: true }).fill('#aa3300');
      await expect(mention).toHaveCSS('border-bottom-color', 'rgb(170, 51, 0)');
      await dialog.getByRole('button', { name: t('author.resetColorOf', { name: city }) }).click();
      await expect(dialog.getByLabel(t('author.colorOf', { name: city }), { exact: true })).toHaveValue('#2b8a99');
      await expect(dialog.getByRole('button', { name: t('author.resetColorOf', { name: city }) })).toHaveCount(0);
      await expect(mention).toHaveCSS('border-bottom-color', 'rgb(43, 138, 153)');
    });

    test('axe finds no violation in the proposals panel and the vocabulary dialog, and both fit a phone', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await startDraft(page, lang, FIRST, 'Amman visit');
      await newEntityFromWord(page, lang, t('details.sentenceRole.lede'), 4, 'عمّان', 'Amman', 'city');
      const label = lang === 'ar' ? 'عمّان' : 'Amman';
      await page.getByRole('button', { name: t('author.markAllNamed', { label }), exact: true }).click();
      const group = proposalGroup(page, lang, label);
      await expect(group.getByRole('listitem')).toHaveCount(4);
      const all = group.getByRole('button', { name: t('author.acceptAllNamed', { count: 4, label }), exact: true });
      await all.scrollIntoViewIfNeeded();
      await expect(all).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const panel = await axe(page, '.ann-proposals');
      expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      await page.getByRole('button', { name: t('author.vocabulary') }).click();
      const dialog = page.getByRole('dialog', { name: t('author.vocabularyTitle') });
      await expect(dialog.getByRole('button', { name: t('author.addEntityType') })).toBeInViewport();
      await dialog.locator('summary').filter({ hasText: t('author.relationTypes', { count: 999 }).replace(' (999)', '') }).click();
      await expect(dialog.getByRole('button', { name: t('author.addRelationType') })).toBeVisible();
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      const vocabulary = await axe(page, '.vocabulary');
      expect(vocabulary.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

/** As in a11y.spec: with label-content-name-mismatch on, so a button's name contains its visible text. */
function axe(page: Page, include: string) {
  return new AxeBuilder({ page }).include(include).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
}

/** The rejected keys of the open draft as IndexedDB holds them (what a reload will read). */
async function storedRejections(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const draft = new URLSearchParams(location.hash.slice(1)).get('draft');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('age-drafts');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const record = await new Promise<{ rejected?: string[] } | undefined>((resolve, reject) => {
      const get = db.transaction('records').objectStore('records').get(`draft:${draft}`);
      get.onsuccess = () => resolve(get.result as { rejected?: string[] } | undefined);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return record?.rejected ?? [];
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function proposalGroup(page: Page, lang: Lang, label: string): Locator {
  return page
    .getByRole('region', { name: new RegExp(`^${escape(translate(lang, 'author.proposals', { count: 999 })).replace('999', '\\d+')}$`) })
    .getByRole('region', { name: new RegExp(`^${escape(label)} \\(`) });
}

async function startDraft(page: Page, lang: Lang, a: { title: string; lede: string; body: string[] }, titleEn: string, again = false) {
  const t = (key: MessageKey) => translate(lang, key);
  if (again) await page.goto('/#ws=new');
  else {
    await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
    await page.goto('/#ws=new');
  }
  await page.getByLabel(t('author.pasteLabel')).fill(article(a));
  await page.getByLabel(t('author.titleEn')).fill(titleEn);
  await page.getByRole('button', { name: t('author.cut') }).click();
  await page.getByRole('button', { name: t('author.create') }).click();
  await expect(page.getByRole('group', { name: t('details.sentenceRole.lede'), exact: true })).toHaveText(a.lede);
}

/** Select `count` words from word `skip` of a sentence by keyboard, and make them an entity with the dialog. */
async function newEntityFromWords(page: Page, lang: Lang, sentence: string, skip: number, count: number, words: string, en: string, typeId: string) {
  const t = (key: MessageKey) => translate(lang, key);
  await page.getByRole('group', { name: sentence, exact: true }).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < skip; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < count; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('toolbar').getByText(words, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: t('author.newEntity') }).click();
  const dialog = page.getByRole('dialog', { name: t('author.newEntityTitle') });
  await dialog.getByLabel(t('author.labelEn')).fill(en);
  await dialog.getByLabel(t('author.entityType')).selectOption(typeId);
  await dialog.getByRole('button', { name: t('author.createEntity') }).click();
  await expect(dialog).toBeHidden();
}

async function newEntityFromWord(page: Page, lang: Lang, sentence: string, skip: number, word: string, en: string, typeId: string) {
  await newEntityFromWords(page, lang, sentence, skip, 1, word, en, typeId);
}
