import type { Locator } from 'playwright-core';
import { spanOffsets, type PlanSpan } from '../plan.ts';
import { chosenLabel, dragPoints, expectClosed, expectSelected, sentenceGroup, type Strategy, type StrategyContext } from '../strategy.ts';
import { expectFinderCleared } from './palette-mouse.ts';

/**
 * Today's dialogs by mouse: drag across the words, press the toolbar's button, click into
 * each field that needs changing and type, pick from lists, press the dialog's button.
 */

async function dragWords(ctx: StrategyContext, span: PlanSpan): Promise<void> {
  const { start, end } = spanOffsets(ctx.sentences, span);
  const { from, to } = await dragPoints(sentenceGroup(ctx, span.sentence), start, end);
  await ctx.act.drag(from, to);
  await expectSelected(ctx, span.quote);
}

/** Click into a text field and type what it should hold (selecting what is there first, to replace it). */
async function fillByMouse(ctx: StrategyContext, field: Locator, text: string): Promise<void> {
  const before = await field.inputValue();
  if (before === text) return;
  await ctx.act.click(field);
  if (before !== '') await ctx.act.press('Control+a');
  await ctx.act.type(text);
}

/** Pick an option of a list by mouse, unless it is already the chosen one. */
async function pick(ctx: StrategyContext, select: Locator, label: string): Promise<void> {
  if ((await chosenLabel(select)) !== label) await ctx.act.chooseByMouse(select, label);
}

export const dialogsMouse: Strategy = {
  name: 'dialogs, mouse',

  async createEntity(ctx, entity) {
    const { page, act } = ctx;
    const first = entity.mentions[0];
    if (!first) throw new Error(`${entity.key} has no mention`);
    await dragWords(ctx, first);
    await act.click(page.getByRole('button', { name: ctx.ui['author.newEntity'] }));
    const dialog = page.getByRole('dialog', { name: ctx.ui['author.newEntityTitle'] });
    await fillByMouse(ctx, dialog.getByLabel(ctx.ui['author.labelAr']), entity.label.ar);
    await fillByMouse(ctx, dialog.getByLabel(ctx.ui['author.labelEn']), entity.label.en);
    await pick(ctx, dialog.getByLabel(ctx.ui['author.entityType']), ctx.typeLabel.entity.get(entity.type) ?? entity.type);
    await act.click(dialog.getByRole('button', { name: ctx.ui['author.createEntity'] }));
    await expectClosed(dialog, `new entity ${entity.key}`);
  },

  async addMention(ctx, entity, mention) {
    const { page, act } = ctx;
    // The toolbar's one way to a further mention: the finder beside the palette.
    await dragWords(ctx, mention);
    const label = entity.label[ctx.lang];
    await act.click(page.getByRole('combobox', { name: ctx.ui['ann.mentionOf'] }));
    await act.type(label);
    await act.click(page.getByRole('listbox', { name: ctx.ui['ann.mentionOf'] }).getByRole('option', { name: label, exact: true }));
    await expectFinderCleared(ctx, `mention of ${entity.key} in ${mention.sentence}`);
  },

  async createRelation(ctx, relation, entities) {
    const { page, act } = ctx;
    const label = (key: string) => entities.get(key)?.label[ctx.lang] ?? key;
    await dragWords(ctx, relation.evidence);
    await act.click(page.getByRole('button', { name: ctx.ui['author.newRelation'] }));
    const dialog = page.getByRole('dialog', { name: ctx.ui['author.newRelationTitle'] });
    await pick(ctx, dialog.getByLabel(ctx.ui['author.from']), label(relation.source));
    await pick(ctx, dialog.getByLabel(ctx.ui['author.relationType']), ctx.typeLabel.relation.get(relation.type) ?? relation.type);
    await pick(ctx, dialog.getByLabel(ctx.ui['author.to']), label(relation.target));
    await pick(ctx, dialog.getByLabel(ctx.ui['author.attributedTo']), relation.attributedTo ? label(relation.attributedTo) : ctx.ui['author.statedByArticle']);
    await act.click(dialog.getByRole('button', { name: ctx.ui['author.createRelation'] }));
    await expectClosed(dialog, `relation ${relation.source} ${relation.type} ${relation.target}`);
  },
};
