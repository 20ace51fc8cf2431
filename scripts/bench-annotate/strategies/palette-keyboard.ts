import type { Locator } from 'playwright-core';
import type { PlanEntity } from '../plan.ts';
import { sentenceName, type Strategy, type StrategyContext } from '../strategy.ts';
import { findWords, focusedSentence, hopTo, isFocused, mentionIn, proposalIn, recordMention, relationPicker, runState, suggestionFor, tabTo, typeKeyOf } from './palette.ts';
import { acceptedSuggestion, attributeAfter, bestPair, entityPanel, expectEvidence, expectFinderCleared, expectPickerClosed, relationTypeButton, viaMarkAll, type PlanSpanAt } from './palette-mouse.ts';
import { paletteKey } from '../../../app/features/authoring/text-annotation.ts';

/**
 * The type palette by keyboard alone: the words selected by the article's search (F, the
 * words typed, ↓ to a later place where they recur, Enter) and the type's number pressed (or, on words drawn as a suggestion, the caret moved onto them
 * with N and Enter); then E opens the entity's panel on its English label, Tab and Ctrl+A
 * reach the Arabic one where it is not the words, Enter saves and puts the focus back in
 * the text. A further mention: on an entity's first further mention, when "Mark all"
 * proposes planned ones, N onto a mention of it, O (Mark all), N and Delete on the
 * proposals the plan does not want, Shift+Enter (Accept all); words proposed already
 * (an accepted suggestion's occurrences): N onto them and Enter; else the words found with
 * F, M, the label typed, Enter. A relation: N onto one mention, R, N onto the other, R, the
 * evidence moved with the brackets, the type's label typed to filter and its number
 * pressed; an attribution the default does not already give: N onto the speaker's name
 * in the text and A. The focus comes back to the text after each step; where it is lost,
 * Tab goes back by the skip link, as a practised user would.
 */

/** Type into a focused field (select what is there first to replace it), unless it holds the text. */
async function fillFocused(ctx: StrategyContext, field: Locator, text: string): Promise<boolean> {
  const before = await field.inputValue();
  if (before === text) return false;
  if (before !== '') await ctx.act.press('Control+a');
  await ctx.act.type(text);
  return true;
}

export const paletteKeyboard: Strategy = {
  name: 'palette, keyboard',

  async createEntity(ctx, entity) {
    const { page, act } = ctx;
    const first = entity.mentions[0];
    if (!first) throw new Error(`${entity.key} has no mention`);
    const suggested = await suggestionFor(ctx, entity, first);
    if (suggested) {
      // On words drawn as a suggestion, Enter accepts it.
      await hopTo(ctx, proposalIn(ctx, first.sentence, first.quote), `${entity.key}: the suggestion`);
      await act.press('Enter');
      await acceptedSuggestion(ctx, entity, first, suggested);
      return;
    }
    await findWords(ctx, first);
    const { index, key } = await typeKeyOf(ctx, entity.type);
    if (key !== null) await act.press(key);
    else {
      await tabTo(ctx, page.getByRole('toolbar', { name: ctx.ui['ann.palette'] }).getByRole('group', { name: ctx.ui['ann.paletteTypes'] }).getByRole('button').nth(index), `type ${entity.type}`);
      await act.press('Enter');
    }
    recordMention(ctx, entity, first);
    act.startItem('label', entity.label.en);
    await act.press('KeyE');
    const panel = entityPanel(ctx, first.quote);
    await panel.waitFor({ timeout: 10_000 });
    const en = panel.getByLabel(ctx.ui['author.labelEn'], { exact: true });
    if (!(await isFocused(en))) throw new Error(`${entity.key}: E did not put the focus on the English label`);
    await fillFocused(ctx, en, entity.label.en);
    const ar = panel.getByLabel(ctx.ui['author.labelAr'], { exact: true });
    if ((await ar.inputValue()) !== entity.label.ar) {
      await act.press('Tab');
      if (!(await isFocused(ar))) throw new Error(`${entity.key}: Tab did not reach the Arabic label`);
      await fillFocused(ctx, ar, entity.label.ar);
    }
    await act.press('Enter');
    await entityPanel(ctx, entity.label[ctx.lang])
      .waitFor({ timeout: 10_000 })
      .catch(() => {
        throw new Error(`${entity.key}: the entity panel did not take the labels ${entity.label.en} / ${entity.label.ar}`);
      });
    if ((await focusedSentence(ctx)) === null) throw new Error(`${entity.key}: saving the panel did not put the focus back in the text`);
  },

  async addMention(ctx, entity, mention) {
    const { page, act } = ctx;
    const label = entity.label[ctx.lang];
    const made = await viaMarkAll(
      ctx,
      entity,
      mention,
      {
        mark: async () => {
          const first = runState(ctx).made.get(entity.key)?.mentions[0];
          if (!first) throw new Error(`${entity.key}: no mention to mark all from`);
          await hopTo(ctx, mentionIn(ctx, first.sentence, first.quote), `${entity.key}: its mention`);
          await act.press('KeyO');
        },
        reject: async (item, quote) => {
          const where = ((await item.getAttribute('aria-label')) ?? '').split(', ').at(-1) ?? '';
          const sentence = ctx.sentences.find((s) => sentenceName(ctx, s.id) === where)?.id;
          if (!sentence) throw new Error(`${entity.key}: no sentence named "${where}"`);
          await hopTo(ctx, proposalIn(ctx, sentence, quote), `${entity.key}: the proposal "${quote}"`);
          await act.press('Delete');
        },
        // O chose the entity: Shift+Enter accepts what is proposed of it. An accepted
        // suggestion's occurrences were proposed without O: the caret goes onto one first.
        acceptAll: async () => {
          if (runState(ctx).autoMarked.has(entity.key)) await hopTo(ctx, page.getByRole('button', { name: proposalName(ctx, entity), exact: true }).first(), `${entity.key}: a proposal`);
          await act.press('Shift+Enter');
        },
      },
      6,
    );
    if (made) return;
    // Words proposed already as this entity (an accepted suggestion marks its other occurrences): N onto them, Enter.
    const proposed = proposalIn(ctx, mention.sentence, mention.quote);
    if ((await proposed.count()) > 0 && (await proposed.getAttribute('aria-label')) === proposalName(ctx, entity)) {
      await hopTo(ctx, proposed, `${entity.key}: the proposal in ${mention.sentence}`);
      await act.press('Enter');
      await mentionIn(ctx, mention.sentence, mention.quote).waitFor({ timeout: 10_000 });
      recordMention(ctx, entity, mention);
      return;
    }
    await findWords(ctx, mention);
    await act.press('KeyM');
    const finder = page.getByRole('combobox', { name: ctx.ui['ann.mentionOf'] });
    if (!(await isFocused(finder))) throw new Error('M did not put the focus in "Mention of"');
    await act.type(label);
    const active = page.getByRole('listbox', { name: ctx.ui['ann.mentionOf'] }).locator('[role="option"][aria-selected="true"]');
    await active.filter({ hasText: label }).waitFor({ timeout: 10_000 });
    if ((await active.textContent())?.trim() !== label) throw new Error(`"Mention of" offers "${await active.textContent()}" first, not ${label}`);
    await act.press('Enter');
    await expectFinderCleared(ctx, `mention of ${entity.key} in ${mention.sentence}`);
    recordMention(ctx, entity, mention);
  },

  async createRelation(ctx, relation, entities) {
    const { page, act } = ctx;
    const what = `relation ${relation.source} ${relation.type} ${relation.target}`;
    const { source, target, keys } = bestPair(ctx, relation);
    await hopTo(ctx, mentionAt(ctx, source), `${what}: source`);
    await act.press('KeyR');
    await hopTo(ctx, mentionAt(ctx, target), `${what}: target`);
    await act.press('KeyR');
    const filter = page.getByRole('textbox', { name: ctx.ui['ann.relationFilter'] });
    await relationPicker(ctx).waitFor({ timeout: 10_000 });
    if (!(await isFocused(filter))) throw new Error(`${what}: the type filter does not have the focus`);
    for (const key of keys) await act.press(key);
    await expectEvidence(ctx, relation.evidence.quote, what);
    const typeLabel = ctx.typeLabel.relation.get(relation.type) ?? relation.type;
    await act.type(typeLabel);
    const button = relationTypeButton(ctx, typeLabel);
    await button.waitFor({ timeout: 10_000 });
    const names = await relationPicker(ctx).getByRole('group', { name: ctx.ui['ann.relationFilter'] }).getByRole('button').allTextContents();
    const number = paletteKey(names.findIndex((n) => n.replace(/^\S+\s+/, '').trim() === typeLabel || n.trim() === typeLabel));
    if (number === null) throw new Error(`${what}: "${typeLabel}" has no number after filtering (${names.join(', ')})`);
    await act.press(`Digit${number}`);
    await expectPickerClosed(ctx, what);
    if ((await focusedSentence(ctx)) === null) throw new Error(`${what}: making the relation did not put the focus back in the text`);
    await attributeAfter(ctx, relation, entities, async (speaker) => {
      await hopTo(ctx, speaker, `${what}: the speaker`);
      await act.press('KeyA');
    });
  },
};

/** The accessible name of a suggestion of this entity drawn in the text. */
function proposalName(ctx: StrategyContext, entity: PlanEntity): string {
  return ctx.ui['ann.proposalName'].replace('{label}', entity.label[ctx.lang]).replace('{type}', ctx.typeLabel.entity.get(entity.type) ?? entity.type);
}

/** A planned mention as drawn in the text (the n-th with its words in the sentence). */
function mentionAt(ctx: StrategyContext, m: PlanSpanAt): Locator {
  const before = m.text.slice(0, m.start).split(m.quote).length - 1;
  return mentionIn(ctx, m.sentence, m.quote, before);
}
