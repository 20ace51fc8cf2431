import type { Locator } from 'playwright-core';
import { spanOffsets, type PlanEntity, type PlanRelation, type PlanSpan } from '../plan.ts';
import { dragPoints, expectSelected, sentenceGroup, type Strategy, type StrategyContext } from '../strategy.ts';
import {
  dragWords,
  evidenceKeys,
  hasMention,
  markAllPlan,
  mentionIn,
  mentionPoint,
  pickerEvidence,
  proposalGroup,
  recordMention,
  relationPicker,
  runState,
  suggestionFor,
  typeKeyOf,
} from './palette.ts';

/**
 * The type palette by mouse: drag across the words and click the type; then the English
 * label (and the Arabic one where it is not the words) typed into the entity panel and
 * saved (counted as labels added afterwards); a further mention by "Accept all" on what is
 * proposed (a new entity's other occurrences are, at once; else "Mark all" first), rejecting
 * what the plan does not want, else the words dragged and, where
 * they hold the entity's name, its "Mention of" button clicked, or else "Mention of"
 * clicked, the label typed and the entity clicked; a relation dragged from one mention to
 * the other, its evidence dragged over when the default is not it (or one bracket key
 * when that is enough), its type clicked; an attribution the default does not already
 * give: its arc's label dragged onto the speaker's name.
 */

/** Click into a text field and type what it should hold (selecting what is there first, to replace it). */
export async function fillByMouse(ctx: StrategyContext, field: Locator, text: string): Promise<boolean> {
  const before = await field.inputValue();
  if (before === text) return false;
  await ctx.act.click(field);
  if (before !== '') await ctx.act.press('Control+a');
  await ctx.act.type(text);
  return true;
}

/** The entity panel of the selected entity (shown once an entity is made or picked). */
export function entityPanel(ctx: StrategyContext, label: string): Locator {
  return ctx.page.getByRole('region', { name: ctx.ui['ann.entityPanel'].replace('{label}', label), exact: true });
}

/** Wait for the relation picker to close after a type is chosen, or fail with what the page says. */
export async function expectPickerClosed(ctx: StrategyContext, what: string): Promise<void> {
  try {
    await relationPicker(ctx).waitFor({ state: 'hidden', timeout: 10_000 });
  } catch {
    const status = (await ctx.page.getByRole('status').allTextContents().catch(() => [])).join(' / ');
    throw new Error(`${what}: the relation picker stayed open (${status})`);
  }
}

/**
 * The pair of mentions in the evidence's sentence to join, and the bracket keys that
 * then bring the picker's evidence (the words from one to the other) to the planned one;
 * `extra` adds what reaching a pair costs besides.
 */
export function bestPair(
  ctx: StrategyContext,
  relation: PlanRelation,
  extra: (source: PlanSpanAt, target: PlanSpanAt) => number = () => 0,
): { source: PlanSpanAt; target: PlanSpanAt; keys: string[] } {
  const state = runState(ctx);
  const evidence = spanOffsets(ctx.sentences, relation.evidence);
  const inSentence = (key: string) =>
    (state.made.get(key)?.mentions ?? []).filter((m) => m.sentence === relation.evidence.sentence).map((m) => ({ ...m, ...spanOffsets(ctx.sentences, m) }));
  let best: { source: PlanSpanAt; target: PlanSpanAt; keys: string[]; cost: number } | null = null;
  for (const source of inSentence(relation.source)) {
    for (const target of inSentence(relation.target)) {
      const from = { start: Math.min(source.start, target.start), end: Math.max(source.end, target.end) };
      const keys = evidenceKeys(evidence.text, from, evidence);
      const cost = keys.length + extra(source, target);
      if (!best || cost < best.cost) best = { source, target, keys, cost };
    }
  }
  if (!best) throw new Error(`${relation.source} ${relation.type} ${relation.target}: no mention of both in ${relation.evidence.sentence}`);
  return best;
}

export type PlanSpanAt = PlanSpan & { start: number; end: number; text: string };

/** Check the picker cites the planned words before the type is chosen (not an action). */
export async function expectEvidence(ctx: StrategyContext, quote: string, what: string): Promise<void> {
  for (let tries = 0; tries < 50; tries += 1) {
    if ((await pickerEvidence(ctx)) === quote) return;
    await ctx.page.waitForTimeout(100);
  }
  throw new Error(`${what}: the picker cites "${await pickerEvidence(ctx)}", not "${quote}"`);
}

/** The picker's button for a relation type (its number, if any, then its label). */
export function relationTypeButton(ctx: StrategyContext, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return relationPicker(ctx)
    .getByRole('group', { name: ctx.ui['ann.relationFilter'] })
    .getByRole('button', { name: new RegExp(`^(\\S+ )?${escaped}$`) });
}

export const paletteMouse: Strategy = {
  name: 'palette, mouse',

  async createEntity(ctx, entity) {
    const { page, act } = ctx;
    const first = entity.mentions[0];
    if (!first) throw new Error(`${entity.key} has no mention`);
    const suggested = await suggestionFor(ctx, entity, first);
    if (suggested) {
      await act.click(suggested.getByRole('button', { name: ctx.ui['author.acceptNamed'].replace('{quote}', first.quote).replace('{label}', entity.label[ctx.lang]), exact: true }));
      await acceptedSuggestion(ctx, entity, first, suggested);
      return;
    }
    await dragWords(ctx, first);
    const { index } = await typeKeyOf(ctx, entity.type);
    await act.click(page.getByRole('toolbar', { name: ctx.ui['ann.palette'] }).getByRole('group', { name: ctx.ui['ann.paletteTypes'] }).getByRole('button').nth(index));
    act.startItem('label', entity.label.en);
    await setLabels(ctx, entity, first, async (panel) => {
      await act.click(panel.getByRole('button', { name: ctx.ui['author.save'], exact: true }));
    });
    recordMention(ctx, entity, first);
    // A new entity's other occurrences are proposed at once: no "Mark all" needed.
    runState(ctx).autoMarked.add(entity.key);
  },

  async addMention(ctx, entity, mention) {
    const { page, act } = ctx;
    const label = entity.label[ctx.lang];
    const made = await viaMarkAll(
      ctx,
      entity,
      mention,
      {
        mark: (button) => act.click(button),
        reject: (item, quote) => act.click(item.getByRole('button', { name: ctx.ui['author.rejectNamed'].replace('{quote}', quote).replace('{label}', label), exact: true })),
        acceptAll: (button) => act.click(button),
      },
      3,
    );
    if (made) return;
    await dragWords(ctx, mention);
    // Words that hold the entity's name (wider than it, as «العاصمة القاهرة»): its button makes them its mention.
    const named = page.getByRole('group', { name: ctx.ui['ann.namedHere'], exact: true }).getByRole('button', { name: ctx.ui['ann.mentionNamed'].replace('{label}', label), exact: true });
    if ((await named.count()) > 0) {
      await act.click(named);
      await named.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
        const status = (await page.getByRole('status').allTextContents().catch(() => [])).join(' / ');
        throw new Error(`mention of ${entity.key} in ${mention.sentence}: the mention was not made (${status})`);
      });
      recordMention(ctx, entity, mention);
      return;
    }
    const finder = page.getByRole('combobox', { name: ctx.ui['ann.mentionOf'] });
    await act.click(finder);
    await act.type(label);
    await act.click(page.getByRole('listbox', { name: ctx.ui['ann.mentionOf'] }).getByRole('option', { name: label, exact: true }));
    await expectFinderCleared(ctx, `mention of ${entity.key} in ${mention.sentence}`);
    recordMention(ctx, entity, mention);
  },

  async createRelation(ctx, relation, entities) {
    const { act } = ctx;
    const what = `relation ${relation.source} ${relation.type} ${relation.target}`;
    const { source, target, keys } = bestPair(ctx, relation);
    const from = await mentionPoint(ctx, source.sentence, source.start, source.end);
    const to = await mentionPoint(ctx, target.sentence, target.start, target.end);
    await act.drag(from, to);
    await relationPicker(ctx).waitFor({ timeout: 10_000 });
    if (keys.length > 1) {
      // While a relation is being made, a drag selects the words it cites.
      const { start, end } = spanOffsets(ctx.sentences, relation.evidence);
      const points = await dragPoints(sentenceGroup(ctx, relation.evidence.sentence), start, end);
      await act.drag(points.from, points.to);
      await expectSelected(ctx, relation.evidence.quote);
    } else for (const key of keys) await act.press(key);
    await expectEvidence(ctx, relation.evidence.quote, what);
    await act.click(relationTypeButton(ctx, ctx.typeLabel.relation.get(relation.type) ?? relation.type));
    await expectPickerClosed(ctx, what);
    await attributeAfter(ctx, relation, entities, async (speaker) => {
      const label = ctx.page.getByRole('group', { name: ctx.ui['ann.arcs'] }).getByRole('button', { pressed: true });
      const from = await label.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      const to = await speaker.evaluate((el) => {
        el.scrollIntoView({ block: 'nearest' });
        const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await act.drag(from, to);
    });
  },
};

/**
 * An attributed relation just made (and chosen): unless its card already says it is
 * claimed by the planned speaker (a default the app proposed), `attribute` points at the
 * speaker's name in the evidence's sentence; the card must then say so.
 */
export async function attributeAfter(
  ctx: StrategyContext,
  relation: PlanRelation,
  entities: ReadonlyMap<string, PlanEntity>,
  attribute: (speaker: Locator) => Promise<void>,
): Promise<void> {
  if (!relation.attributedTo) return;
  const what = `relation ${relation.source} ${relation.type} ${relation.target}: attributed to ${relation.attributedTo}`;
  const label = entities.get(relation.attributedTo)?.label[ctx.lang] ?? relation.attributedTo;
  const card = ctx.page.locator('[aria-current="true"]');
  const says = card.getByText(ctx.ui['ann.attributedTo'].replace('{label}', label), { exact: true });
  // The side list follows the text a frame or two later: read the card once it shows the step,
  // or an attribution the app already proposed would be toggled off again.
  await card.waitFor({ timeout: 10_000 });
  await ctx.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
  if ((await says.count()) > 0) return;
  const spoken = runState(ctx).made.get(relation.attributedTo)?.mentions.find((m) => m.sentence === relation.evidence.sentence);
  if (!spoken) throw new Error(`${what}: the speaker is not named in ${relation.evidence.sentence}`);
  await attribute(mentionIn(ctx, spoken.sentence, spoken.quote));
  await says.waitFor({ timeout: 10_000 }).catch(async () => {
    const status = (await ctx.page.getByRole('status').allTextContents().catch(() => [])).join(' / ');
    throw new Error(`${what}: the card does not say so (${status})`);
  });
}

/**
 * The entity panel after the palette made an entity from the words: the English label
 * typed (the panel leaves it empty until given), the Arabic one where the words are not
 * it, then saved by `save`.
 */
export async function setLabels(
  ctx: StrategyContext,
  entity: PlanEntity,
  first: PlanSpan,
  save: (panel: Locator) => Promise<void>,
  fill: (field: Locator, text: string, panel: Locator) => Promise<boolean> = (field, text) => fillByMouse(ctx, field, text),
): Promise<void> {
  const panel = entityPanel(ctx, first.quote);
  await panel.waitFor({ timeout: 10_000 });
  let changed = await fill(panel.getByLabel(ctx.ui['author.labelEn'], { exact: true }), entity.label.en, panel);
  changed = (await fill(panel.getByLabel(ctx.ui['author.labelAr'], { exact: true }), entity.label.ar, panel)) || changed;
  if (!changed) return;
  await save(panel);
  await entityPanel(ctx, entity.label[ctx.lang])
    .waitFor({ timeout: 10_000 })
    .catch(() => {
      throw new Error(`${entity.key}: the entity panel did not take the labels ${entity.label.en} / ${entity.label.ar}`);
    });
}

/**
 * After a suggestion was accepted: the entity exists with the suggestion's labels and type,
 * which must be the plan's (a difference would need the entity panel; the fixture has none).
 */
export async function acceptedSuggestion(ctx: StrategyContext, entity: PlanEntity, first: PlanSpan, item: Locator): Promise<void> {
  await item.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {
    throw new Error(`${entity.key}: the suggestion was not accepted`);
  });
  const listed = ctx.page
    .getByRole('region', { name: new RegExp(`^${ctx.ui['author.entities'].split('(')[0]!.trim()}`) })
    .getByRole('listitem')
    .filter({ hasText: entity.label[ctx.lang] })
    .filter({ hasText: ctx.typeLabel.entity.get(entity.type) ?? entity.type });
  await listed.first().waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`${entity.key}: the accepted suggestion is not listed as ${entity.label[ctx.lang]} of type ${entity.type}`);
  });
  recordMention(ctx, entity, first);
  runState(ctx).autoMarked.add(entity.key);
}

/** How a strategy presses "Mark all", rejects one proposal, and presses "Accept all". */
export interface MarkAllOps {
  mark(button: Locator): Promise<void>;
  reject(item: Locator, quote: string): Promise<void>;
  acceptAll(button: Locator): Promise<void>;
}

/**
 * A further mention through "Mark all": on an entity's first further mention, when that
 * costs fewer actions than making each by hand (`oneByOne` actions each), or when its
 * occurrences are proposed already (an accepted suggestion), press "Mark all", reject the
 * proposals the plan does not want, "Accept all" the rest. True when the mention is made
 * (now or by an earlier "Accept all"); false when it is left to be made by hand.
 */
export async function viaMarkAll(ctx: StrategyContext, entity: PlanEntity, mention: PlanSpan, ops: MarkAllOps, oneByOne: number): Promise<boolean> {
  const state = runState(ctx);
  if (hasMention(ctx, entity, mention)) return true;
  if (state.markedAll.has(entity.key)) return false;
  const plan = markAllPlan(ctx, entity);
  if (!plan || plan.covered.length === 0) return false;
  const auto = state.autoMarked.has(entity.key);
  const unwanted = plan.proposed.filter((p) => !p.wanted).length;
  const cost = (auto ? 0 : 1) + unwanted + 1 + oneByOne * plan.missed.length;
  if (!auto && cost >= oneByOne * (plan.covered.length + plan.missed.length)) return false;
  state.markedAll.add(entity.key);
  const label = entity.label[ctx.lang];
  if (!auto) await ops.mark(ctx.page.getByRole('button', { name: ctx.ui['author.markAllNamed'].replace('{label}', label), exact: true }));
  const items = proposalGroup(ctx, label).getByRole('listitem');
  const expectCount = async (n: number, what: string) => {
    for (let tries = 0; (await items.count()) !== n; tries += 1) {
      if (tries > 100) throw new Error(`${entity.key}: ${await items.count()} occurrence(s) proposed ${what}, expected ${n}`);
      await ctx.page.waitForTimeout(100);
    }
  };
  await expectCount(plan.proposed.length, 'by "Mark all"');
  // The unwanted ones, from the last (so the others keep their places).
  for (let i = plan.proposed.length - 1, left = plan.proposed.length; i >= 0; i -= 1) {
    const p = plan.proposed[i]!;
    if (p.wanted) continue;
    const item = items.nth(i);
    const name = (await item.getAttribute('aria-label')) ?? '';
    if (!name.includes(`: ${p.quote}, `)) throw new Error(`${entity.key}: proposal ${i + 1} is "${name}", not "${p.quote}"`);
    await ops.reject(item, p.quote);
    left -= 1;
    await expectCount(left, 'after a rejection');
  }
  await ops.acceptAll(proposalGroup(ctx, label).locator('button.ann-proposals__all'));
  await proposalGroup(ctx, label)
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {
      throw new Error(`${entity.key}: the proposals stayed after "Accept all"`);
    });
  for (const m of plan.covered) recordMention(ctx, entity, m);
  return hasMention(ctx, entity, mention);
}

/** The "Mention of" field empties once the mention is made; else say what the page says. */
export async function expectFinderCleared(ctx: StrategyContext, what: string): Promise<void> {
  const finder = ctx.page.getByRole('combobox', { name: ctx.ui['ann.mentionOf'] });
  for (let tries = 0; tries < 50; tries += 1) {
    if ((await finder.inputValue()) === '') return;
    await ctx.page.waitForTimeout(100);
  }
  const status = (await ctx.page.getByRole('status').allTextContents().catch(() => [])).join(' / ');
  throw new Error(`${what}: the mention was not made (${status})`);
}
