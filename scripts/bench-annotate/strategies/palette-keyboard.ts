import type { Locator } from 'playwright-core';
import { findAllInArticle, findFirstInArticle, paletteKey, toSentenceEdge, type MentionAt } from '../../../app/features/authoring/text-annotation.ts';
import { alikeSources, endsOfWords, moveTarget, namesInWords, withSource } from '../../../app/features/authoring/relation-words.ts';
import { spanOffsets, type PlanEntity, type PlanRelation, type PlanSpan } from '../plan.ts';
import { sentenceGroup, type Strategy, type StrategyContext } from '../strategy.ts';
import {
  caretPlace,
  evidenceKeys,
  findWords,
  focusedSentence,
  hasMention,
  hopPlan,
  hopTo,
  isFocused,
  markAllPlan,
  recordMention,
  relationPicker,
  runState,
  seekWords,
  selectedPlace,
  suggestionFor,
  tabTo,
  toText,
  typeKeyOf,
  type MarkAllPlan,
} from './palette.ts';
import { acceptedSuggestion, attributeAfter, entityPanel, expectEvidence, expectFinderCleared, expectPickerClosed, relationTypeButton } from './palette-mouse.ts';

/**
 * The type palette by keyboard alone, as a practised user works:
 * - a new entity: its type's key pressed in the text with no words selected (the search
 *   opens for them), the words typed, ↓ or ↑ to a place they are planned where they recur
 *   (the nearest), Enter (or, on words drawn as a suggestion, the caret put on them and
 *   Enter); then E opens its panel on the English label, Tab reaches the Arabic one where
 *   it is not the words, Enter saves;
 * - further mentions: a new entity's other occurrences are proposed at once; the caret on one
 *   of them (where the last entity's Shift+Enter left it, often), Shift+Enter accepts them all
 *   when all are wanted, else Enter accepts or Delete rejects and goes on to the next (then
 *   Shift+Enter for the rest); or the caret on one of its names and Shift+Enter, or O then the
 *   same walk; words nothing proposes: M, the label typed, Enter, the words typed, Enter;
 * - a relation: F, its evidence's words typed (↓ or ↑ where they recur) and Ctrl+Enter (or
 *   Ctrl+Shift+Enter when the last name in them is the source), Shift with the source's
 *   number where another name is, ↓ or ↑ where the target is not the last (or first) name,
 *   the type's label typed and Enter; Shift+Enter instead where the same relation is to be
 *   made from every name of the source's type in the words (three who sign one agreement).
 *   Or, where fewer presses do it: R on one of its names and the other's number (Shift with
 *   it when the caret is on the target), or R on no name and both numbers; the evidence
 *   moved by the brackets (Ctrl+[ to the sentence's start, Ctrl+Shift+] to its end); the
 *   type's label typed to filter and its number. An attribution the default does not give:
 *   the caret on the speaker's name and A.
 * The caret is put on a mark by whichever costs fewer presses: N (or the arrows, then N),
 * or F, its words typed and Enter (which puts the caret on a mark the words lie within).
 */

/** Type into a focused field (select what is there first to replace it), unless it holds the text. */
async function fillFocused(ctx: StrategyContext, field: Locator, text: string): Promise<boolean> {
  const before = await field.inputValue();
  if (before === text) return false;
  if (before !== '') await ctx.act.press('Control+a');
  await ctx.act.type(text);
  return true;
}

interface Place {
  sentence: string;
  start: number;
  end: number;
}

/** Where a mark drawn in the text is: its sentence, offsets and words. */
async function markPlace(mark: Locator): Promise<Place & { quote: string }> {
  return mark.evaluate((el) => {
    const text = el.closest<HTMLElement>('.ann-text');
    const r = document.createRange();
    r.setStart(text!, 0);
    r.setEndBefore(el);
    const start = r.toString().length;
    const quote = el.textContent ?? '';
    return { sentence: text!.dataset.sentence ?? '', start, end: start + quote.length, quote };
  });
}

const samePlace = (a: Place | null | undefined, b: Place | null | undefined) => !!a && !!b && a.sentence === b.sentence && a.start === b.start && a.end === b.end;

/** How many ↓ or ↑ the search needs, its words typed, to land within a place; null when it cannot. */
function seekCost(ctx: Pick<StrategyContext, 'sentences'>, typed: string, origin: { sentence: string; offset: number } | null, within: Place): number | null {
  const places = findAllInArticle(ctx.sentences, typed);
  const first = places.findIndex((q) => samePlace(q, findFirstInArticle(ctx.sentences, typed, origin)));
  const target = places.findIndex((q) => q.sentence === within.sentence && within.start <= q.start && q.end <= within.end);
  if (first < 0 || target < 0) return null;
  const down = (target - first + places.length) % places.length;
  return Math.min(down, places.length - down);
}

/** A mark's words as a planned span (the n-th time they occur in the sentence), for the search. */
function asSpan(ctx: StrategyContext, place: Place & { quote: string }): PlanSpan {
  const text = ctx.sentences.find((s) => s.id === place.sentence)?.text ?? '';
  const occurrence = text.slice(0, place.start).split(place.quote).length;
  return { sentence: place.sentence, quote: place.quote, occurrence };
}

/** The presses that put the caret on a mark: N (see `hopPlan`), or F, its words, ↓/↑, Enter. */
async function pointCost(ctx: StrategyContext, mark: Locator, what: string): Promise<{ cost: number; byFind: boolean }> {
  await toText(ctx);
  const hop = await hopPlan(ctx, mark, what);
  if (!hop) return { cost: 0, byFind: false };
  const place = await markPlace(mark);
  const seek = seekCost(ctx, place.quote, await caretPlace(ctx), place);
  const byFind = seek === null ? Number.POSITIVE_INFINITY : 2 + seek;
  const byHops = hop.first.length + hop.hops;
  return byFind < byHops ? { cost: byFind, byFind: true } : { cost: byHops, byFind: false };
}

/**
 * Of the places an entity's first words recur among its planned mentions, the one the search
 * for them reaches from the caret with the fewest ↓/↑ presses.
 */
export function nearestPlace(ctx: Pick<StrategyContext, 'sentences'>, entity: PlanEntity, first: PlanSpan, origin: { sentence: string; offset: number } | null): PlanSpan {
  let best = { span: first, cost: Number.POSITIVE_INFINITY };
  for (const span of entity.mentions.filter((m) => m.quote === first.quote)) {
    const { start, end } = spanOffsets(ctx.sentences, span);
    const cost = seekCost(ctx, span.quote, origin, { sentence: span.sentence, start, end });
    if (cost !== null && cost < best.cost) best = { span, cost };
  }
  return best.span;
}

/** Put the caret on a mark the cheaper way (see `pointCost`); arrival is checked on the page. */
async function pointTo(ctx: StrategyContext, mark: Locator, what: string): Promise<void> {
  const { byFind, cost } = await pointCost(ctx, mark, what);
  if (cost === 0) return;
  if (!byFind) return hopTo(ctx, mark, what);
  await ctx.act.press('KeyF');
  await seekWords(ctx, asSpan(ctx, await markPlace(mark)));
  await ctx.act.press('Enter');
  const onIt = await mark.evaluate((el) => el.classList.contains('ann-m--caret') || el.classList.contains('ann-p--caret'));
  if (!onIt) throw new Error(`${what}: F and Enter did not put the caret on it`);
}

/** Wait (not an action) until the page shows a condition. */
async function until(ctx: StrategyContext, check: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await check()); tries += 1) {
    if (tries > 100) throw new Error(what);
    await ctx.page.waitForTimeout(50);
  }
}

/** The sentences' places in the article. */
function orderOf(ctx: StrategyContext): Map<string, number> {
  return new Map(ctx.sentences.map((s, i) => [s.id, i]));
}

type Proposed = MarkAllPlan['proposed'][number];

/**
 * Walking an entity's proposals from one of them: each visited is accepted (Enter) or
 * rejected (Delete) and the caret goes on to the next in reading order (wrapping round);
 * once every one left is wanted, Shift+Enter accepts them all. The presses, in order.
 */
export function walkKeys(proposed: readonly Proposed[], from: number): string[] {
  const rest = [...proposed.slice(from), ...proposed.slice(0, from)];
  const keys: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const left = rest.slice(i);
    if (left.every((p) => p.wanted)) {
      keys.push(left.length > 1 ? 'Shift+Enter' : 'Enter');
      break;
    }
    keys.push(rest[i]!.wanted ? 'Enter' : 'Delete');
  }
  return keys;
}

/** The first of an entity's proposals the caret goes to after O with the caret at a place (reading order, wrapping). */
function firstAfter(ctx: StrategyContext, proposed: readonly Proposed[], at: { sentence: string; offset: number }): number {
  const order = orderOf(ctx);
  const i = proposed.findIndex((p) => (order.get(p.sentence) ?? 0) > (order.get(at.sentence) ?? 0) || (p.sentence === at.sentence && p.start >= at.offset));
  return i < 0 ? 0 : i;
}

/** Sort proposals in reading order (the order the caret walks them). */
function inReadingOrder(ctx: StrategyContext, proposed: readonly Proposed[]): Proposed[] {
  const order = orderOf(ctx);
  return [...proposed].sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start);
}

/**
 * The entity's further mentions through its proposals, once per entity; the mentions it makes
 * are recorded. A new entity's other occurrences are proposed from the start (as are a
 * suggestion's once accepted); the cheapest of these ways is taken:
 * - the caret on one of its proposals, then the walk (Shift+Enter accepting them all when
 *   every one is wanted);
 * - the caret on one of its names and Shift+Enter, when every one is wanted;
 * - the caret on one of its names, O (the caret on the first after it), then the walk;
 * - Shift+O and the entity's name (the caret stays where it is), then the walk.
 */
async function viaProposals(ctx: StrategyContext, entity: PlanEntity): Promise<void> {
  const { act } = ctx;
  const state = runState(ctx);
  const plan = markAllPlan(ctx, entity);
  if (!plan || plan.covered.length === 0) return;
  state.markedAll.add(entity.key);
  const proposed = inReadingOrder(ctx, plan.proposed);
  const auto = state.autoMarked.has(entity.key);
  type Start = { how: 'walk' | 'all' | 'mark-all' | 'by-name'; mark: Locator | null; cost: number; from: number };
  let best: Start | null = null;
  const consider = (start: Start) => {
    if (!best || start.cost < best.cost) best = start;
  };
  if (auto) {
    for (let i = 0; i < proposed.length; i += 1) {
      const mark = await proposalAt(ctx, proposed[i]!);
      consider({ how: 'walk', mark, cost: (await pointCost(ctx, mark, `${entity.key}: a proposal`)).cost + walkKeys(proposed, i).length, from: i });
    }
  }
  const here = (await caretPlace(ctx)) ?? { sentence: ctx.sentences[0]?.id ?? '', offset: 0 };
  const fromHere = firstAfter(ctx, proposed, here);
  consider({ how: 'by-name', mark: null, cost: 2 + walkKeys(proposed, fromHere).length, from: fromHere });
  for (const m of state.made.get(entity.key)?.mentions ?? []) {
    const mark = await mentionAtSpan(ctx, m);
    const point = (await pointCost(ctx, mark, `${entity.key}: its mention`)).cost;
    if (auto && proposed.every((p) => p.wanted)) consider({ how: 'all', mark, cost: point + 1, from: 0 });
    const from = firstAfter(ctx, proposed, { sentence: m.sentence, offset: spanOffsets(ctx.sentences, m).start });
    consider({ how: 'mark-all', mark, cost: point + 1 + walkKeys(proposed, from).length, from });
  }
  const start = best as Start | null;
  if (!start) throw new Error(`${entity.key}: nothing to start its proposals from`);
  const fewer = async (key: string) => {
    const before = await ctx.page.locator('.ann-text .ann-p').count();
    await act.press(key);
    await until(ctx, async () => (await ctx.page.locator('.ann-text .ann-p').count()) < before, `${entity.key}: ${key} did not take the proposal`);
  };
  if (start.how === 'by-name') {
    await toText(ctx);
    await act.press('Shift+KeyO');
    await chooseInFinder(ctx, entity);
  } else {
    await pointTo(ctx, start.mark!, `${entity.key}: where its proposals start`);
    if (start.how === 'mark-all') await act.press('KeyO');
  }
  if (start.how === 'all') await fewer('Shift+Enter');
  else {
    for (const key of walkKeys(proposed, start.from)) {
      const on = proposed[(start.from + proposed.length) % proposed.length];
      const onMark = await proposalAt(ctx, on!);
      await until(ctx, () => onMark.evaluate((el) => el.classList.contains('ann-p--caret')), `${entity.key}: the caret is not on the proposal "${on?.quote}" in ${on?.sentence}`);
      await fewer(key);
      start.from += 1;
    }
  }
  for (const m of plan.covered) recordMention(ctx, entity, m);
}

/** The n-th mark of a kind in a sentence that starts at an offset (a proposal, a mention), as a locator. */
async function markAtOffset(ctx: StrategyContext, sentence: string, selector: string, start: number, what: string, waits = 100): Promise<Locator> {
  const all = sentenceGroup(ctx, sentence).locator(selector);
  for (let tries = 0; tries < waits; tries += 1) {
    const starts = await all.evaluateAll((els) =>
      els.map((el) => {
        const r = document.createRange();
        r.setStart(el.closest('.ann-text')!, 0);
        r.setEndBefore(el);
        return r.toString().length;
      }),
    );
    const i = starts.indexOf(start);
    if (i >= 0) return all.nth(i);
    await ctx.page.waitForTimeout(50);
  }
  throw new Error(`${what}: nothing drawn at ${start} in ${sentence}`);
}

/** A proposal drawn in the text, by where it is. */
function proposalAt(ctx: StrategyContext, p: Place): Promise<Locator> {
  return markAtOffset(ctx, p.sentence, '.ann-p', p.start, 'a proposal');
}

/** A made mention drawn in the text, by its planned span. */
function mentionAtSpan(ctx: StrategyContext, m: PlanSpan): Promise<Locator> {
  return markAtOffset(ctx, m.sentence, '[data-mention]', spanOffsets(ctx.sentences, m).start, `the mention "${m.quote}"`);
}

/**
 * The keys that bring the picker, opened on found words, to a relation's ends: Ctrl+Enter
 * (the first name the source) or Ctrl+Shift+Enter (the last), then Shift with the source's
 * number where the default source is another name, then ↓ or ↑ until the target is right;
 * the way with the fewest keys, or null when the words do not name both ends.
 */
export function endKeys(names: readonly MentionAt[], source: string, target: string): { submit: string; keys: string[] } | null {
  let best: { submit: string; keys: string[] } | null = null;
  for (const reversed of [false, true]) {
    let ends = endsOfWords(names, reversed);
    if (!ends) return null;
    const keys: string[] = [];
    if (ends.source.entity !== source) {
      const i = names.findIndex((n) => n.entity === source);
      const key = paletteKey(i);
      if (i < 0 || key === null) continue;
      keys.push(`Shift+Digit${key}`);
      ends = withSource(ends, names[i]!);
    }
    let moves: string[] | null = ends.target.entity === target ? [] : null;
    for (const arrow of ['ArrowDown', 'ArrowUp'] as const) {
      let at = ends;
      const tried: string[] = [];
      for (let n = 0; n < names.length && at.target.entity !== target; n += 1) {
        at = moveTarget(names, at, arrow === 'ArrowDown');
        tried.push(arrow);
      }
      if (at.target.entity === target && (!moves || tried.length < moves.length)) moves = tried;
    }
    if (!moves) continue;
    const way = { submit: reversed ? 'Control+Shift+Enter' : 'Control+Enter', keys: [...keys, ...moves] };
    if (!best || way.keys.length < best.keys.length) best = way;
  }
  return best;
}

/** The relations a run has made, some (by Shift+Enter) before their turn. */
const relationsDone = new WeakMap<StrategyContext, Set<string>>();
const relationId = (r: PlanRelation) => `${r.source}>${r.type}>${r.target}`;
function doneRelations(ctx: StrategyContext): Set<string> {
  let done = relationsDone.get(ctx);
  if (!done) relationsDone.set(ctx, (done = new Set()));
  return done;
}

/** The mentions this run has made, placed as the page places them (by plan key). */
function madeMentions(ctx: StrategyContext): MentionAt[] {
  return [...runState(ctx).made].flatMap(([key, { mentions }]) =>
    mentions.map((m, i) => {
      const { start, end } = spanOffsets(ctx.sentences, m);
      return { key: `${key}#${i}`, entity: key, sentence: m.sentence, start, end };
    }),
  );
}

/**
 * A relation made from its words (see `endKeys`): what it costs, the keys, and the other
 * planned relations Shift+Enter makes with it (the same type, target, words and attribution,
 * from every other name of the source's type in the words); null when the words cannot.
 */
function wordsWay(ctx: StrategyContext, relation: PlanRelation, entities: ReadonlyMap<string, PlanEntity>, origin: { sentence: string; offset: number } | null) {
  const { start, end } = spanOffsets(ctx.sentences, relation.evidence);
  const place = { sentence: relation.evidence.sentence, start, end };
  const seek = seekCost(ctx, relation.evidence.quote, origin, place);
  const names = namesInWords(madeMentions(ctx), place);
  const way = endKeys(names, relation.source, relation.target);
  if (seek === null || !way) return null;
  const source = names.find((n) => n.entity === relation.source)!;
  const target = names.find((n) => n.entity === relation.target)!;
  const alike = alikeSources(names, { source, target }, (key) => entities.get(key)?.type);
  const done = doneRelations(ctx);
  const same = (r: PlanRelation) =>
    r.type === relation.type && r.target === relation.target && r.evidence.sentence === relation.evidence.sentence && r.evidence.quote === relation.evidence.quote && r.attributedTo === relation.attributedTo;
  const others = alike.filter((m) => m.entity !== relation.source).map((m) => (ctx.relations ?? []).find((r) => r.source === m.entity && same(r) && !done.has(relationId(r))));
  const each = others.length > 0 && others.every((r) => r !== undefined) ? (others as PlanRelation[]) : [];
  return { ...way, seek, each, cost: 1 + seek + 1 + way.keys.length + 1 };
}

/**
 * Bracket presses from the default evidence to the planned one, with Ctrl+[ (the start to
 * the sentence's start) and Ctrl+Shift+] (the end to its end) where they save presses.
 */
export function bracketKeys(text: string, from: { start: number; end: number }, to: { start: number; end: number }): string[] {
  const tries: string[][] = [];
  const attempt = (first: string[], range: { start: number; end: number }) => {
    try {
      tries.push([...first, ...evidenceKeys(text, range, to)]);
    } catch {
      // That way cannot reach it.
    }
  };
  attempt([], from);
  const toStart = toSentenceEdge(text, from, 'start', false);
  attempt(['Control+BracketLeft'], toStart);
  const toEnd = toSentenceEdge(text, from, 'end', true);
  attempt(['Control+Shift+BracketRight'], toEnd);
  attempt(['Control+BracketLeft', 'Control+Shift+BracketRight'], toSentenceEdge(text, toStart, 'end', true));
  const best = tries.sort((a, b) => a.length - b.length)[0];
  if (!best) throw new Error(`the evidence cannot be brought to ${to.start}-${to.end} in "${text}"`);
  return best;
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
      await pointTo(ctx, await proposalAt(ctx, { sentence: first.sentence, ...spanOffsets(ctx.sentences, first) }), `${entity.key}: the suggestion`);
      await act.press('Enter');
      await acceptedSuggestion(ctx, entity, first, suggested);
      return;
    }
    const { index, key } = await typeKeyOf(ctx, entity.type);
    await toText(ctx);
    let made = first;
    if (key !== null && (await selectedPlace(ctx)) === null) {
      // No words selected: the type's key opens the search for the words of a new entity of that type.
      // Where the entity's words recur, it is made where the search lands with the fewest ↓/↑ (its
      // other places are proposed at once and accepted with its further mentions).
      made = nearestPlace(ctx, entity, first, await caretPlace(ctx));
      await act.press(key);
      await seekWords(ctx, made);
      await act.press('Enter');
    } else {
      await findWords(ctx, first);
      if (key !== null) await act.press(key);
      else {
        await tabTo(ctx, page.getByRole('toolbar', { name: ctx.ui['ann.palette'] }).getByRole('group', { name: ctx.ui['ann.paletteTypes'] }).getByRole('button').nth(index), `type ${entity.type}`);
        await act.press('Enter');
      }
    }
    await mentionAtSpan(ctx, made);
    recordMention(ctx, entity, made);
    // Its other occurrences are proposed from now on.
    runState(ctx).autoMarked.add(entity.key);
    act.startItem('label', entity.label.en);
    if ((await focusedSentence(ctx)) === null) throw new Error(`${entity.key}: the keyboard is not back in the text`);
    await act.press('KeyE');
    const panel = entityPanel(ctx, made.quote);
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
    const { act } = ctx;
    // Its proposals first, even where this mention is made already (the entity was made here): they may hold its others.
    if (!runState(ctx).markedAll.has(entity.key)) await viaProposals(ctx, entity);
    if (hasMention(ctx, entity, mention)) return;
    // Words proposed as this entity: the caret on them and Enter.
    const proposed = await markAtOffset(ctx, mention.sentence, '.ann-p', spanOffsets(ctx.sentences, mention).start, 'a proposal', 1).catch(() => null);
    if (proposed && (await proposed.textContent()) === mention.quote && (await proposed.getAttribute('aria-label')) === proposalName(ctx, entity, mention.quote)) {
      await pointTo(ctx, proposed, `${entity.key}: the proposal in ${mention.sentence}`);
      await act.press('Enter');
      await mentionAtSpan(ctx, mention);
      recordMention(ctx, entity, mention);
      return;
    }
    await toText(ctx);
    if ((await selectedPlace(ctx)) === null) {
      // No words selected: M, the entity's name and Enter open the search for its words; Enter adds them.
      await act.press('KeyM');
      await chooseInFinder(ctx, entity);
      await seekWords(ctx, mention);
      await act.press('Enter');
      await mentionAtSpan(ctx, mention);
    } else {
      await findWords(ctx, mention);
      await act.press('KeyM');
      await chooseInFinder(ctx, entity);
      await expectFinderCleared(ctx, `mention of ${entity.key} in ${mention.sentence}`);
    }
    recordMention(ctx, entity, mention);
  },

  async createRelation(ctx, relation, entities) {
    const { page, act } = ctx;
    const what = `relation ${relation.source} ${relation.type} ${relation.target}`;
    const sentence = relation.evidence.sentence;
    const done = doneRelations(ctx);
    // Made already, with another from the same words, by Shift+Enter.
    if (done.has(relationId(relation))) return;
    done.add(relationId(relation));
    // The names offered by number are each entity's first mention in the sentence.
    const firstIn = (key: string) => {
      const all = (runState(ctx).made.get(key)?.mentions ?? []).filter((m) => m.sentence === sentence).map((m) => ({ m, at: spanOffsets(ctx.sentences, m) }));
      const first = all.sort((a, b) => a.at.start - b.at.start)[0];
      if (!first) throw new Error(`${what}: no mention of ${key} in ${sentence}`);
      return first;
    };
    const source = firstIn(relation.source);
    const target = firstIn(relation.target);
    const sourceMark = await mentionAtSpan(ctx, source.m);
    const targetMark = await mentionAtSpan(ctx, target.m);
    // R on no name in the sentence: the arrows to it (the caret at its start), unless the caret is in it on no name.
    await toText(ctx);
    const index = (id: string | null) => ctx.sentences.findIndex((s) => s.id === id);
    const focused = await focusedSentence(ctx);
    const onName = (await page.locator('.ann-text .ann-m--caret').count()) > 0;
    const startIsName = [...runState(ctx).made.values()].some(({ mentions }) => mentions.some((m) => m.sentence === sentence && spanOffsets(ctx.sentences, m).start === 0));
    // R on no name offers the names of its sentence and the two beside it: from a sentence next to it, no arrows are needed.
    const distance = focused === null ? Number.POSITIVE_INFINITY : Math.abs(index(sentence) - index(focused));
    const arrows = distance <= 1 && !onName ? [] : focused === null || startIsName ? null : Array<string>(distance || 1).fill(index(sentence) > index(focused) ? 'ArrowDown' : index(sentence) < index(focused) ? 'ArrowUp' : 'Home');
    const planned = spanOffsets(ctx.sentences, relation.evidence);
    // The words cited by default are those from one name to the other: the brackets bring them to the planned ones.
    const between = { start: Math.min(source.at.start, target.at.start), end: Math.max(source.at.end, target.at.end) };
    const brackets = bracketKeys(planned.text, between, planned).length;
    const ways = [
      { way: 'from-source' as const, cost: (await pointCost(ctx, sourceMark, `${what}: source`)).cost + 2 + brackets + 1 },
      { way: 'from-target' as const, cost: (await pointCost(ctx, targetMark, `${what}: target`)).cost + 2 + brackets + 1 },
      ...(arrows ? [{ way: 'sentence' as const, cost: arrows.length + 3 + brackets + 1 }] : []),
    ].sort((a, b) => a.cost - b.cost);
    const byWords = wordsWay(ctx, relation, entities, await caretPlace(ctx));
    if (byWords && (byWords.each.length > 0 || byWords.cost <= ways[0]!.cost)) {
      await relateWords(ctx, relation, entities, byWords, what);
      return;
    }
    const way = ways[0]!.way;
    const hint = async (mark: Locator) => {
      let n: string | null = null;
      await until(ctx, async () => (n = await mark.getAttribute('data-hint')) !== null, `${what}: no number drawn on the name`);
      return n!;
    };
    if (way === 'from-source') {
      await pointTo(ctx, sourceMark, `${what}: source`);
      await act.press('KeyR');
      await act.press(`Digit${await hint(targetMark)}`);
    } else if (way === 'from-target') {
      await pointTo(ctx, targetMark, `${what}: target`);
      await act.press('KeyR');
      await act.press(`Shift+Digit${await hint(sourceMark)}`);
    } else {
      for (const key of arrows ?? []) await act.press(key);
      await act.press('KeyR');
      await act.press(`Digit${await hint(sourceMark)}`);
      await act.press(`Digit${await hint(targetMark)}`);
    }
    const filter = page.getByRole('textbox', { name: ctx.ui['ann.relationFilter'] });
    await relationPicker(ctx).waitFor({ timeout: 10_000 });
    if (!(await isFocused(filter))) throw new Error(`${what}: the type filter does not have the focus`);
    const cited = await selectedPlace(ctx);
    if (!cited || cited.sentence !== sentence) throw new Error(`${what}: the default evidence is not in ${sentence}`);
    for (const key of bracketKeys(planned.text, cited, planned)) await act.press(key);
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
      await pointTo(ctx, speaker, `${what}: the speaker`);
      await act.press('KeyA');
    });
  },
};

/**
 * A relation from its words, as `wordsWay` planned it: F, the words, Ctrl+Enter (or with
 * Shift), the ends' keys, the type's label typed and Enter (Shift+Enter for each alike).
 */
async function relateWords(ctx: StrategyContext, relation: PlanRelation, entities: ReadonlyMap<string, PlanEntity>, way: NonNullable<ReturnType<typeof wordsWay>>, what: string): Promise<void> {
  const { page, act } = ctx;
  await toText(ctx);
  await act.press('KeyF');
  await seekWords(ctx, relation.evidence);
  await act.press(way.submit);
  const filter = page.getByRole('textbox', { name: ctx.ui['ann.relationFilter'] });
  await relationPicker(ctx)
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      const alert = (await page.getByRole('alert').allTextContents().catch(() => [])).join(' / ');
      throw new Error(`${what}: ${way.submit} did not open the relation picker (${alert})`);
    });
  if (!(await isFocused(filter))) throw new Error(`${what}: the type filter does not have the focus`);
  for (const key of way.keys) await act.press(key);
  const label = (key: string) => entities.get(key)?.label[ctx.lang] ?? key;
  const heading = ctx.ui['ann.relationPicker'].replace('{source}', label(relation.source)).replace('{target}', label(relation.target));
  await page
    .getByRole('region', { name: heading, exact: true })
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(`${what}: the picker is not "${heading}" but "${await relationPicker(ctx).locator('h4').textContent()}"`);
    });
  await expectEvidence(ctx, relation.evidence.quote, what);
  const typeLabel = ctx.typeLabel.relation.get(relation.type) ?? relation.type;
  await act.type(typeLabel);
  await relationTypeButton(ctx, typeLabel).waitFor({ timeout: 10_000 });
  const first = (await relationPicker(ctx).getByRole('group', { name: ctx.ui['ann.relationFilter'] }).getByRole('button').first().textContent())?.replace(/^\S+\s+/, '').trim();
  if (first !== typeLabel) throw new Error(`${what}: typing "${typeLabel}" lists "${first}" first`);
  await act.press(way.each.length > 0 ? 'Shift+Enter' : 'Enter');
  await expectPickerClosed(ctx, what);
  if ((await focusedSentence(ctx)) === null) throw new Error(`${what}: making the relation did not put the focus back in the text`);
  for (const r of way.each) doneRelations(ctx).add(relationId(r));
  await attributeAfter(ctx, relation, entities, async (speaker) => {
    await pointTo(ctx, speaker, `${what}: the speaker`);
    await act.press('KeyA');
  });
}

/** In "Mention of" (which has the focus): the entity's label typed (no action) and Enter, once it is offered first. */
async function chooseInFinder(ctx: StrategyContext, entity: PlanEntity): Promise<void> {
  const { page, act } = ctx;
  const label = entity.label[ctx.lang];
  const finder = page.getByRole('combobox', { name: ctx.ui['ann.mentionOf'] });
  if (!(await isFocused(finder))) throw new Error(`${entity.key}: "Mention of" does not have the focus`);
  await act.type(label);
  const active = page.getByRole('listbox', { name: ctx.ui['ann.mentionOf'] }).locator('[role="option"][aria-selected="true"]');
  await active.filter({ hasText: label }).waitFor({ timeout: 10_000 });
  if ((await active.textContent())?.trim() !== label) throw new Error(`"Mention of" offers "${await active.textContent()}" first, not ${label}`);
  await act.press('Enter');
}

/** The accessible name of a suggestion of this entity drawn in the text (led by its words where they are not in the name). */
function proposalName(ctx: StrategyContext, entity: PlanEntity, quote: string): string {
  const named = ctx.ui['ann.proposalName'].replace('{label}', entity.label[ctx.lang]).replace('{type}', ctx.typeLabel.entity.get(entity.type) ?? entity.type);
  return named.includes(quote) ? named : ctx.ui['ann.proposalQuoted'].replace('{quote}', quote).replace('{name}', named);
}
