import type { Locator } from 'playwright-core';
import { moveCaret } from '../../../app/features/authoring/caret.ts';
import { spanOffsets, type PlanSpan } from '../plan.ts';
import { chosenLabel, expectChosen, expectClosed, expectSelected, sentenceName, type Strategy, type StrategyContext } from '../strategy.ts';
import { expectFinderCleared } from './palette-mouse.ts';

/**
 * Today's dialogs by keyboard alone: Tab to the article, arrows to the sentence, the caret
 * by word (and by character where a word carries a prefix), Shift to extend, Enter to the
 * actions, Tab to the button; in a dialog Tab between fields, type labels and type to pick
 * from lists, Enter to submit. Of two ways to the words (from the sentence's start, or
 * back from its end) it takes the one with fewer key presses, as a practised user would.
 */

/** Key presses that put the caret at `start` and extend the selection to `end`, from the sentence's start or end. */
export function caretKeys(text: string, start: number, end: number, from: 'home' | 'end'): string[] {
  // The article is right-to-left: ArrowLeft moves forward in reading order.
  const forward = 'ArrowLeft';
  const backward = 'ArrowRight';
  const keys: string[] = [];
  let pos = from === 'home' ? 0 : text.length;
  if (from === 'end') {
    // Back word by word to the last word start at or before `start`.
    while (pos > start) {
      pos = moveCaret(text, pos, false, 'word', false);
      keys.push(backward);
    }
  } else {
    for (let next = moveCaret(text, pos, true, 'word', false); next <= start && next > pos; next = moveCaret(text, pos, true, 'word', false)) {
      pos = next;
      keys.push(forward);
    }
  }
  while (pos < start) {
    pos = moveCaret(text, pos, true, 'char', false);
    keys.push(`Alt+${forward}`);
  }
  if (pos !== start) throw new Error(`the caret cannot stop at ${start} in "${text}"`);
  for (let next = moveCaret(text, pos, true, 'word', true); next <= end && next > pos; next = moveCaret(text, pos, true, 'word', true)) {
    pos = next;
    keys.push(`Shift+${forward}`);
  }
  while (pos < end) {
    pos = moveCaret(text, pos, true, 'char', true);
    keys.push(`Shift+Alt+${forward}`);
  }
  if (pos !== end) throw new Error(`the selection cannot end at ${end} in "${text}"`);
  return keys;
}

/** The sentence that has the focus, by its accessible name; null when focus is elsewhere. */
async function focusedSentence(ctx: StrategyContext): Promise<string | null> {
  const name = await ctx.page.evaluate(() => {
    const active = document.activeElement;
    if (active?.getAttribute('role') !== 'group') return null;
    const label = active.getAttribute('aria-labelledby');
    return label ? (document.getElementById(label)?.textContent ?? null) : null;
  });
  return ctx.sentences.find((s) => sentenceName(ctx, s.id) === name)?.id ?? null;
}

/** Tab to the article, arrows to the sentence, caret keys over the words, Enter to the actions (unless `toActions` is false). */
export async function selectWords(ctx: StrategyContext, span: PlanSpan, toActions = true): Promise<void> {
  const { act } = ctx;
  let at = await focusedSentence(ctx);
  for (let tabs = 0; at === null; tabs += 1) {
    if (tabs > 40) throw new Error('Tab never reached the article');
    await act.press('Tab');
    at = await focusedSentence(ctx);
  }
  const index = (id: string) => ctx.sentences.findIndex((s) => s.id === id);
  const steps = index(span.sentence) - index(at);
  // Moving to another sentence puts the caret at its start.
  if (steps !== 0) await act.press(steps > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(steps));
  const { start, end, text } = spanOffsets(ctx.sentences, span);
  const fromHome = caretKeys(text, start, end, 'home');
  const fromEnd = caretKeys(text, start, end, 'end');
  const homeCost = fromHome.length + (steps === 0 ? 1 : 0);
  if (homeCost <= fromEnd.length + 1) {
    if (steps === 0) await act.press('Home');
    for (const key of fromHome) await act.press(key);
  } else {
    await act.press('End');
    for (const key of fromEnd) await act.press(key);
  }
  await expectSelected(ctx, span.quote);
  if (toActions) await act.press('Enter');
}

/** From the first action (where Enter in the article puts the focus), Tab to a button and press it. */
async function pressAction(ctx: StrategyContext, name: string): Promise<void> {
  const button = ctx.page.getByRole('button', { name, exact: true });
  for (let tabs = 0; !(await isFocused(button)); tabs += 1) {
    if (tabs > 10) throw new Error(`Tab never reached "${name}"`);
    await ctx.act.press('Tab');
  }
  await ctx.act.press('Enter');
}

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Type the option's label into a focused list to pick it (typing counts as text), unless it is chosen already. */
export async function typeToPick(ctx: StrategyContext, select: Locator, label: string, what: string): Promise<void> {
  if (!(await isFocused(select))) throw new Error(`${what}: the list does not have the focus`);
  if ((await chosenLabel(select)) === label) return;
  await ctx.act.typeToSearch(label);
  await expectChosen(select, label, what);
}

/** Tab on to the next field that submits the form with Enter (a text field or the submit button), and press Enter. */
export async function submitFrom(ctx: StrategyContext, dialog: Locator): Promise<void> {
  for (let tabs = 0; ; tabs += 1) {
    const submits = await dialog.evaluate((element) => {
      const active = element.ownerDocument.activeElement;
      if (!active || !element.contains(active)) return false;
      if (active instanceof HTMLInputElement) return active.type === 'text';
      return active instanceof HTMLButtonElement && active.type === 'submit';
    });
    if (submits) break;
    if (tabs > 12) throw new Error('Tab never reached a field that submits');
    await ctx.act.press('Tab');
  }
  await ctx.act.press('Enter');
}

export const dialogsKeyboard: Strategy = {
  name: 'dialogs, keyboard',

  async createEntity(ctx, entity) {
    const { page, act } = ctx;
    const first = entity.mentions[0];
    if (!first) throw new Error(`${entity.key} has no mention`);
    await selectWords(ctx, first);
    await pressAction(ctx, ctx.ui['author.newEntity']);
    const dialog = page.getByRole('dialog', { name: ctx.ui['author.newEntityTitle'] });
    const ar = dialog.getByLabel(ctx.ui['author.labelAr']);
    if (!(await isFocused(ar))) throw new Error('the new entity form did not open on its Arabic label');
    if ((await ar.inputValue()) !== entity.label.ar) {
      await act.press('Control+a');
      await act.type(entity.label.ar);
    }
    await act.press('Tab');
    await act.type(entity.label.en);
    const type = dialog.getByLabel(ctx.ui['author.entityType']);
    const typeLabel = ctx.typeLabel.entity.get(entity.type) ?? entity.type;
    if ((await chosenLabel(type)) !== typeLabel) {
      await act.press('Tab');
      await typeToPick(ctx, type, typeLabel, `type of ${entity.key}`);
      await act.press('Shift+Tab');
    }
    await act.press('Enter');
    await expectClosed(dialog, `new entity ${entity.key}`);
  },

  async addMention(ctx, entity, mention) {
    // From the text, M goes to the finder beside the palette: letters of the name, Enter.
    await selectWords(ctx, mention, false);
    await ctx.act.press('KeyM');
    await ctx.act.type(entity.label[ctx.lang]);
    await ctx.act.press('Enter');
    await expectFinderCleared(ctx, `mention of ${entity.key} in ${mention.sentence}`);
  },

  async createRelation(ctx, relation, entities) {
    const { page, act } = ctx;
    const label = (key: string) => entities.get(key)?.label[ctx.lang] ?? key;
    await selectWords(ctx, relation.evidence);
    await pressAction(ctx, ctx.ui['author.newRelation']);
    const dialog = page.getByRole('dialog', { name: ctx.ui['author.newRelationTitle'] });
    const what = `relation ${relation.source} ${relation.type} ${relation.target}`;
    const fields: [Locator, string][] = [
      [dialog.getByLabel(ctx.ui['author.from']), label(relation.source)],
      [dialog.getByLabel(ctx.ui['author.relationType']), ctx.typeLabel.relation.get(relation.type) ?? relation.type],
      [dialog.getByLabel(ctx.ui['author.to']), label(relation.target)],
      [dialog.getByLabel(ctx.ui['author.attributedTo']), relation.attributedTo ? label(relation.attributedTo) : ctx.ui['author.statedByArticle']],
    ];
    // The fields in their tab order; the last one that needs a change is where Tab stops.
    const needed: boolean[] = [];
    for (const [select, want] of fields) needed.push((await chosenLabel(select)) !== want);
    const last = needed.lastIndexOf(true);
    for (let i = 0; i <= last; i += 1) {
      const [select, want] = fields[i]!;
      if (i > 0) await act.press('Tab');
      if (needed[i]) await typeToPick(ctx, select, want, what);
    }
    await submitFrom(ctx, dialog);
    await expectClosed(dialog, what);
  },
};
