import type { Locator } from 'playwright-core';
import { mentionAtCaret, type MentionAt } from '../../../app/features/authoring/text-annotation.ts';
import { spanOffsets, type PlanEntity } from '../plan.ts';
import { sentenceName, type Strategy, type StrategyContext } from '../strategy.ts';
import { selectWords, submitFrom, typeToPick } from './dialogs-keyboard.ts';
import { caretMoves, focusedSentence, isFocused, recordMention, relationPicker, runState, suggestionFor, tabTo, tabUntil, typeKeyOf } from './palette.ts';
import { acceptedSuggestion, bestPair, expectEvidence, expectFinderCleared, expectPickerClosed, relationTypeButton, setLabels, type PlanSpanAt } from './palette-mouse.ts';
import { paletteKey } from '../../../app/features/authoring/text-annotation.ts';

/**
 * The type palette by keyboard alone: the words selected with the caret keys and the
 * type's number pressed (or, on words drawn as a suggestion, Enter to accept it); Tab to
 * the entity panel for the labels, Enter to save. A further mention: where the page
 * already proposes the words as the entity (an accepted suggestion marks its other
 * occurrences), the caret on them and Enter, or Delete on a proposal that takes only part
 * of them; else the words selected, M, the label typed, Enter. "Mark all" is not pressed:
 * its button and "Accept all" are 30 to 70 Tab stops from the text, more than marking by
 * hand. A relation: R on a mention, the caret moved, R on the other, the evidence moved
 * with the brackets, the type's label typed to filter and its number pressed; an
 * attribution through the relation's Edit dialog. Tab goes the shorter way round, and a
 * focus lost to the page goes back by the skip link, as a practised user would.
 */

/** The sentence the text offers to Tab (the one the keyboard was last in). */
function tabbableSentence(ctx: StrategyContext): Locator {
  return ctx.page.locator('.ann-sentence[tabindex="0"]');
}

/** Put the focus in the article, by Tab, unless it is there. */
async function toText(ctx: StrategyContext): Promise<void> {
  await tabUntil(ctx, tabbableSentence(ctx), async () => (await focusedSentence(ctx)) !== null, 'the article');
}

/** Type into a focused field (select what is there first to replace it), unless it holds the text. */
async function fillFocused(ctx: StrategyContext, field: Locator, text: string): Promise<boolean> {
  const before = await field.inputValue();
  if (before === text) return false;
  if (before !== '') await ctx.act.press('Control+a');
  await ctx.act.type(text);
  return true;
}

/** Where the caret can stop on a mention so that R takes it (and not a neighbour), cheapest from `from`. */
function caretOn(ctx: StrategyContext, mention: PlanSpanAt, from: number): { at: number; keys: string[] } {
  const state = runState(ctx);
  const mentions: MentionAt[] = [];
  for (const { entity, mentions: ms } of state.made.values()) {
    ms.forEach((m, i) => {
      if (m.sentence !== mention.sentence) return;
      const o = spanOffsets(ctx.sentences, m);
      mentions.push({ key: `${entity.key}:${i}`, entity: entity.key, sentence: m.sentence, start: o.start, end: o.end } as MentionAt);
    });
  }
  let best: { at: number; keys: string[] } | null = null;
  for (let at = mention.start; at <= mention.end; at += 1) {
    const hit = mentionAtCaret(mentions, mention.sentence, at);
    if (!hit || hit.start !== mention.start || hit.end !== mention.end) continue;
    let keys: string[];
    try {
      keys = caretMoves(mention.text, from, at);
    } catch {
      continue;
    }
    if (!best || keys.length < best.keys.length) best = { at, keys };
  }
  if (!best) throw new Error(`no caret position takes the mention "${mention.quote}" in ${mention.sentence}`);
  return best;
}

/** The panel's proposals of this entity in a sentence, with their quotes. */
async function proposalsIn(ctx: StrategyContext, entity: PlanEntity, sentence: string): Promise<{ quote: string; gone: () => Promise<void> }[]> {
  const prefix = `${ctx.ui['author.proposalName'].replace('{label}', entity.label[ctx.lang]).replace('{type}', ctx.typeLabel.entity.get(entity.type) ?? entity.type)}: `;
  const suffix = `, ${sentenceName(ctx, sentence)}`;
  const items = ctx.page.locator('li.ann-proposal');
  const out: { quote: string; gone: () => Promise<void> }[] = [];
  const names = await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
    const same = ctx.page.getByRole('listitem', { name, exact: true });
    const before = names.filter((n) => n === name).length;
    // Accepted or rejected: one item of that name fewer.
    const gone = async () => {
      for (let tries = 0; (await same.count()) >= before; tries += 1) {
        if (tries > 100) throw new Error(`the proposal "${name}" stayed`);
        await ctx.page.waitForTimeout(100);
      }
    };
    out.push({ quote: name.slice(prefix.length, name.length - suffix.length), gone });
  }
  return out;
}

/** Focus in the article, then arrows to a sentence (its caret at the start) or, already there, Home. */
async function caretToSentence(ctx: StrategyContext, sentence: string): Promise<void> {
  await toText(ctx);
  const index = (id: string) => ctx.sentences.findIndex((s) => s.id === id);
  const steps = index(sentence) - index((await focusedSentence(ctx))!);
  if (steps !== 0) await ctx.act.press(steps > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(steps));
  else await ctx.act.press('Home');
}

export const paletteKeyboard: Strategy = {
  name: 'palette, keyboard',

  async createEntity(ctx, entity) {
    const { page, act } = ctx;
    const first = entity.mentions[0];
    if (!first) throw new Error(`${entity.key} has no mention`);
    await toText(ctx);
    const suggested = await suggestionFor(ctx, entity, first);
    if (suggested) {
      // On words drawn as a proposal, Enter accepts it.
      const { start, text } = spanOffsets(ctx.sentences, first);
      await caretToSentence(ctx, first.sentence);
      for (const key of caretMoves(text, 0, start)) await act.press(key);
      await act.press('Enter');
      await acceptedSuggestion(ctx, entity, first, suggested);
      return;
    }
    await selectWords(ctx, first, false);
    const { index, key } = await typeKeyOf(ctx, entity.type);
    if (key !== null) await act.press(`Digit${key}`);
    else {
      await tabTo(ctx, page.getByRole('toolbar', { name: ctx.ui['ann.palette'] }).getByRole('group', { name: ctx.ui['ann.paletteTypes'] }).getByRole('button').nth(index), `type ${entity.type}`);
      await act.press('Enter');
    }
    let focusedOnce = false;
    await setLabels(
      ctx,
      entity,
      first,
      async () => act.press('Enter'),
      async (field, text) => {
        if ((await field.inputValue()) === text) return false;
        // Tab to the first field that needs a change; the next one follows it (English, then Arabic).
        if (!focusedOnce) await tabTo(ctx, field, `${entity.key}: label field`);
        else if (!(await isFocused(field))) await tabTo(ctx, field, `${entity.key}: label field`);
        focusedOnce = true;
        return fillFocused(ctx, field, text);
      },
    );
    recordMention(ctx, entity, first);
  },

  async addMention(ctx, entity, mention) {
    const { page, act } = ctx;
    const label = entity.label[ctx.lang];
    const { start, end, text } = spanOffsets(ctx.sentences, mention);
    // Words the page proposes as this entity (its occurrences, once marked): Enter on them
    // in the text accepts; a proposal over part of the words is rejected with Delete first.
    const proposed = await proposalsIn(ctx, entity, mention.sentence);
    const exact = proposed.find((p) => p.quote === mention.quote);
    const partial = proposed.find((p) => p !== exact && p.quote.length < mention.quote.length && text.slice(start, end).includes(p.quote));
    if (exact) {
      await caretToSentence(ctx, mention.sentence);
      for (const key of caretMoves(text, 0, start)) await act.press(key);
      await act.press('Enter');
      await exact.gone();
      recordMention(ctx, entity, mention);
      return;
    }
    if (partial) {
      await caretToSentence(ctx, mention.sentence);
      for (const key of caretMoves(text, 0, start + text.slice(start, end).indexOf(partial.quote))) await act.press(key);
      await act.press('Delete');
      await partial.gone();
    }
    await toText(ctx);
    await selectWords(ctx, mention, false);
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
    // Arrows to another sentence put the caret at its start; within one, Home does.
    const { source, target, keys } = bestPair(ctx, relation, (s, t) => {
      const one = caretOn(ctx, s, 0);
      return one.keys.length + caretOn(ctx, t, one.at).keys.length;
    });
    await caretToSentence(ctx, relation.evidence.sentence);
    const one = caretOn(ctx, source, 0);
    for (const key of one.keys) await act.press(key);
    await act.press('KeyR');
    const two = caretOn(ctx, target, one.at);
    for (const key of two.keys) await act.press(key);
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
    if (relation.attributedTo) {
      const attributed = entities.get(relation.attributedTo)?.label[ctx.lang] ?? relation.attributedTo;
      const card = page.locator('[aria-current="true"]');
      await tabTo(ctx, card.getByRole('button').filter({ hasText: new RegExp(`^\\s*${ctx.ui['author.edit']}\\s*$`) }), `${what}: Edit`);
      await act.press('Enter');
      const dialog = page.getByRole('dialog', { name: ctx.ui['author.editRelationTitle'] });
      const select = dialog.getByLabel(ctx.ui['author.attributedTo']);
      await dialog.waitFor({ timeout: 10_000 });
      await tabTo(ctx, select, `${what}: attributed to`);
      await typeToPick(ctx, select, attributed, `${what}: attributed to`);
      await submitFrom(ctx, dialog);
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    }
  },
};
