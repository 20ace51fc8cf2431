import { writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sentenceGroup, tr, type Lang } from './annotate-helpers';
import { bundledVocabulary, largeDoc } from '../scripts/bench-annotate/large-doc';
import { dragSelect } from './helpers';

/**
 * A long article (the benchmark's document of 1,000 entities in 500 sentences): the
 * sentences off screen are not drawn until they come near, yet every sentence is there in
 * order for a screen reader and the keyboard; arcs are drawn where the user looks; a
 * step far down the article works as at the top.
 */

test.describe.configure({ timeout: 180_000 });

const ENTITIES = 1000;
const SENTENCES = ENTITIES / 2;
const large = largeDoc(ENTITIES, bundledVocabulary());


async function openLong(page: Page, lang: Lang, file: string) {
  const t = tr(lang);
  await page.addInitScript((l) => window.localStorage.setItem('age.lang', l), lang);
  await page.goto('/#ws=new');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('author.chooseFile') }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { name: t('author.entities', { count: ENTITIES }), exact: true })).toBeVisible({ timeout: 60_000 });
}

const sentence = sentenceGroup;

/** Whether a sentence is drawn (its row's content not skipped as off screen by content-visibility). */
function drawn(group: Locator): Promise<boolean> {
  return group.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
}

for (const lang of ['en', 'ar'] as const) {
  test(`a 1,000-entity article: far sentences wait to be drawn, yet are all there; arcs and a step work far down (${lang})`, async ({ page }, info) => {
    const t = tr(lang);
    const file = info.outputPath('long.annotations.json');
    writeFileSync(file, JSON.stringify(large.doc));
    await openLong(page, lang, file);

    // Every sentence is in the page, in order, with its whole text, for a screen reader and find-in-page…
    const bodies = page.getByRole('group', { name: new RegExp(`^${t('details.sentenceRole.body', { n: 999 }).replace('999', '\\d+')}$`) });
    await expect(bodies).toHaveCount(SENTENCES);
    const lastSentence = large.doc.sentences.at(-1)!;
    await expect(bodies.nth(SENTENCES - 1)).toHaveText(lastSentence.text);
    await expect(sentence(page, lang, SENTENCES)).toHaveText(lastSentence.text);
    // …but only those near the screen are drawn.
    expect(await drawn(sentence(page, lang, 1))).toBe(true);
    expect(await drawn(sentence(page, lang, SENTENCES))).toBe(false);

    // Arcs are drawn where the user looks: the first meeting's at once, the last one's once scrolled to.
    const arcs = page.getByRole('group', { name: t('ann.arcs') });
    const [first, second] = [large.doc.entities[0]!, large.doc.entities[ENTITIES - 2]!];
    await expect(arcs.getByRole('button', { name: new RegExp(first.label[lang]) })).toBeVisible();
    const lastArc = arcs.getByRole('button', { name: new RegExp(second.label[lang]) });
    await expect(lastArc).toHaveCount(0);

    // The keyboard moves between sentences however far: from the one before the last, down one.
    await sentence(page, lang, SENTENCES - 1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(sentence(page, lang, SENTENCES)).toBeFocused();
    await expect(sentence(page, lang, SENTENCES)).toBeInViewport();
    expect(await drawn(sentence(page, lang, SENTENCES))).toBe(true);
    await expect(lastArc).toBeVisible();
    // Drawn above the words of its sentence.
    const arcBox = (await lastArc.boundingBox())!;
    const sentenceBox = (await sentence(page, lang, SENTENCES).boundingBox())!;
    expect(arcBox.y + arcBox.height).toBeGreaterThan(sentenceBox.y - 4);
    expect(arcBox.y).toBeLessThan(sentenceBox.y + sentenceBox.height);
    // The first sentence, now far above, is no longer drawn.
    expect(await drawn(sentence(page, lang, 1))).toBe(false);

    // A step down there: the second mention of the meeting's first person, by its name typed in "Mention of".
    const last = sentence(page, lang, SENTENCES);
    await expect(last.getByRole('button', { name: new RegExp(second.label[lang]) })).toHaveCount(1);
    await dragSelect(page, last, second.label.ar, 'last');
    await expect(page.getByRole('toolbar', { name: t('author.actions') }).getByText(second.label.ar, { exact: true })).toBeVisible();
    await page.keyboard.press('KeyM');
    await page.keyboard.type(second.label.en);
    await expect(page.getByRole('option', { name: second.label[lang] })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(last.getByRole('button', { name: new RegExp(second.label[lang]) })).toHaveCount(2);
    // The side list follows: that entity now has two mentions.
    const entities = page.getByRole('region', { name: t('author.entities', { count: ENTITIES }) });
    await expect(entities.getByRole('listitem').filter({ hasText: second.label[lang] })).toContainText(t('author.counts', { mentions: 2, relations: 1 }));
    // One step: undo takes it back.
    await page.keyboard.press('Control+z');
    await expect(last.getByRole('button', { name: new RegExp(second.label[lang]) })).toHaveCount(1);
  });
}

test('a 1,000-entity article at phone width: the last sentence and its arc are reached by scrolling, nothing wider than the screen (ar)', async ({ page }, info) => {
  const lang = 'ar';
  const t = tr(lang);
  const file = info.outputPath('long.annotations.json');
  writeFileSync(file, JSON.stringify(large.doc));
  await page.setViewportSize({ width: 390, height: 844 });
  await openLong(page, lang, file);
  const last = sentence(page, lang, SENTENCES);
  expect(await drawn(last)).toBe(false);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const arc = page.getByRole('group', { name: t('ann.arcs') }).getByRole('button', { name: new RegExp(large.doc.entities[ENTITIES - 2]!.label.ar) });
  await expect(arc).toBeInViewport();
  await arc.click();
  await expect(arc).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
