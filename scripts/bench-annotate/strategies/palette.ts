import type { Locator } from 'playwright-core';
import { occurrenceProposals } from '../../../app/domain/annotation/propose.ts';
import type { AnnotationDoc } from '../../../app/domain/annotation/schema.ts';
import { moveCaret } from '../../../app/features/authoring/caret.ts';
import { adjustEvidence, findAllInArticle, findFirstInArticle } from '../../../app/features/authoring/text-annotation.ts';
import { paletteKeys } from '../../../app/domain/annotation/palette-keys.ts';
import { spanOffsets, type PlanEntity, type PlanSpan } from '../plan.ts';
import { dragPoints, expectSelected, sentenceGroup, sentenceName, type StrategyContext } from '../strategy.ts';

/**
 * What the palette strategies share: what the draft holds so far (to know when "Mark all"
 * proposes exactly the planned mentions), the evidence keys, focus moves by Tab, and the
 * checks made between steps (not actions).
 */

/** The entities this run has made, by plan key, with the mentions they have in the draft. */
interface RunState {
  made: Map<string, { entity: PlanEntity; mentions: PlanSpan[] }>;
  /** Entities whose further mentions were all accepted at once from "Mark all". */
  markedAll: Set<string>;
  /** Entities made by accepting a suggestion: their other occurrences are proposed without "Mark all". */
  autoMarked: Set<string>;
}
const runs = new WeakMap<StrategyContext, RunState>();

export function runState(ctx: StrategyContext): RunState {
  let state = runs.get(ctx);
  if (!state) {
    state = { made: new Map(), markedAll: new Set(), autoMarked: new Set() };
    runs.set(ctx, state);
  }
  return state;
}

export function recordMention(ctx: StrategyContext, entity: PlanEntity, mention: PlanSpan): void {
  const state = runState(ctx);
  const made = state.made.get(entity.key) ?? { entity, mentions: [] };
  made.mentions.push(mention);
  state.made.set(entity.key, made);
}

const spanId = (s: { sentence: string; start: number; end: number }) => `${s.sentence}:${s.start}-${s.end}`;

/** What "Mark all" on an entity would propose, against what the plan still wants of it. */
export interface MarkAllPlan {
  /** The proposals in the panel's order (reading order), where they are; `wanted` says which the plan wants. */
  proposed: { quote: string; wanted: boolean; sentence: string; start: number; end: number }[];
  /** The planned mentions it proposes, and those it does not (made one by one). */
  covered: PlanSpan[];
  missed: PlanSpan[];
}

/**
 * "Mark all" on this entity, computed with the app's own proposal function on what the
 * draft holds now (as a practised user knows the article). Null for an entity this run
 * did not make.
 */
export function markAllPlan(ctx: StrategyContext, entity: PlanEntity): MarkAllPlan | null {
  const state = runState(ctx);
  const made = state.made.get(entity.key);
  if (!made) return null;
  const doc = {
    sentences: ctx.sentences,
    entities: [...state.made.values()].map(({ entity: e, mentions }) => ({ id: e.key, type: e.type, label: e.label, mentions })),
  } as unknown as AnnotationDoc;
  const at = (m: PlanSpan) => spanId({ sentence: m.sentence, ...spanOffsets(ctx.sentences, m) });
  const done = new Set(made.mentions.map(at));
  const rest = entity.mentions.filter((m) => !done.has(at(m)));
  const wanted = new Set(rest.map(at));
  const proposals = occurrenceProposals(doc, [entity.key], new Set());
  const hit = new Set(proposals.map((p) => spanId(p)));
  return {
    proposed: proposals.map((p) => ({ quote: p.quote, wanted: wanted.has(spanId(p)), sentence: p.sentence, start: p.start, end: p.end })),
    covered: rest.filter((m) => hit.has(at(m))),
    missed: rest.filter((m) => !hit.has(at(m))),
  };
}

/** Whether this run has made this mention already (by "Accept all"). */
export function hasMention(ctx: StrategyContext, entity: PlanEntity, mention: PlanSpan): boolean {
  const at = (m: PlanSpan) => spanId({ sentence: m.sentence, ...spanOffsets(ctx.sentences, m) });
  return (runState(ctx).made.get(entity.key)?.mentions ?? []).some((m) => at(m) === at(mention));
}

/**
 * The panel's item proposing these words as this entity (a suggestion from a bundled
 * graph or another draft), when the page proposes them; words drawn as a proposal are
 * accepted rather than selected and typed.
 */
export async function suggestionFor(ctx: StrategyContext, entity: PlanEntity, span: PlanSpan): Promise<Locator | null> {
  const name = `${ctx.ui['author.proposalName'].replace('{label}', entity.label[ctx.lang]).replace('{type}', ctx.typeLabel.entity.get(entity.type) ?? entity.type)}: ${span.quote}, ${sentenceName(ctx, span.sentence)}`;
  const items = ctx.page.getByRole('listitem', { name, exact: true });
  const n = await items.count();
  const nth = (span.occurrence ?? 1) - 1;
  return n > nth ? items.nth(nth) : null;
}

/** The proposals panel's group of an entity (a check, not an action). */
export function proposalGroup(ctx: StrategyContext, label: string): Locator {
  const heading = ctx.ui['author.proposals'].replace('{count}', '999');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ctx.page
    .getByRole('region', { name: new RegExp(`^${escape(heading).replace('999', '\\d+')}$`) })
    .getByRole('region', { name: new RegExp(`^${escape(label)} \\(`) });
}

/** The key of an entity type in the palette, as Playwright presses it ("Digit1", "KeyB", "Shift+KeyB"); null past the last key. */
export async function typeKeyOf(ctx: StrategyContext, type: string): Promise<{ index: number; key: string | null }> {
  const label = ctx.typeLabel.entity.get(type) ?? type;
  const names = await ctx.page
    .getByRole('toolbar', { name: ctx.ui['ann.palette'] })
    .getByRole('group', { name: ctx.ui['ann.paletteTypes'] })
    .getByRole('button')
    .allTextContents();
  const index = names.findIndex((n) => n.replace(/^\S+\s+/, '').trim() === label);
  if (index < 0) throw new Error(`no type "${label}" in the palette: ${names.join(', ')}`);
  const key = paletteKeys(names.length)[index];
  return { index, key: key ? `${key.shift ? 'Shift+' : ''}${key.code}` : null };
}

/** The relation picker, once a source and a target are marked. */
export function relationPicker(ctx: StrategyContext): Locator {
  return ctx.page.locator('section.relation-picker');
}

/** The evidence the picker will cite, as it shows it. */
export async function pickerEvidence(ctx: StrategyContext): Promise<string> {
  return ((await relationPicker(ctx).locator('.relation-picker__evidence bdi').first().textContent().catch(() => '')) ?? '').trim();
}

/**
 * Bracket presses that turn the default evidence into the planned one: [ and ] move the
 * start (earlier, later), Shift+[ and Shift+] the end, by word, with Alt by character.
 */
export function evidenceKeys(text: string, from: { start: number; end: number }, to: { start: number; end: number }): string[] {
  // An edge cannot cross the other one: when the planned words lie past the end, move the end first.
  const order: ('start' | 'end')[] = to.start >= from.end ? ['end', 'start'] : ['start', 'end'];
  const keys: string[] = [];
  let range = { ...from };
  const step = (edge: 'start' | 'end', widen: boolean, unit: 'word' | 'char') => {
    const next = adjustEvidence(text, range, edge, widen, unit);
    const forward = edge === 'start' ? !widen : widen;
    keys.push(`${edge === 'end' ? 'Shift+' : ''}${unit === 'char' ? 'Alt+' : ''}${forward ? 'BracketRight' : 'BracketLeft'}`);
    range = next;
  };
  for (const edge of order) {
    const want = to[edge];
    for (let guard = 0; range[edge] !== want; guard += 1) {
      if (guard > 200) throw new Error(`the evidence cannot be brought to ${to.start}-${to.end} in "${text}"`);
      // Widen moves the start back / the end on; by word while that does not pass the target.
      const widen = edge === 'start' ? want < range.start : want > range.end;
      const byWord = adjustEvidence(text, range, edge, widen, 'word')[edge];
      const passes = widen === (edge === 'start') ? byWord < want : byWord > want;
      step(edge, widen, passes || byWord === range[edge] ? 'char' : 'word');
    }
  }
  return keys;
}

/** Where a drag across a mention starts: the middle of its characters. */
export async function mentionPoint(ctx: StrategyContext, sentence: string, start: number, end: number): Promise<{ x: number; y: number }> {
  const { from, to } = await dragPoints(sentenceGroup(ctx, sentence), start, end);
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
}

/** Drag across planned words to select them (one action), checked by the toolbar. */
export async function dragWords(ctx: StrategyContext, span: PlanSpan): Promise<void> {
  const { start, end } = spanOffsets(ctx.sentences, span);
  const { from, to } = await dragPoints(sentenceGroup(ctx, span.sentence), start, end);
  await ctx.act.drag(from, to);
  await expectSelected(ctx, span.quote);
}

/** Tab (or Shift+Tab, whichever is fewer) to an element and check it has the focus; each press counts. */
export async function tabTo(ctx: StrategyContext, target: Locator, what: string): Promise<void> {
  await tabUntil(ctx, target, () => isFocused(target), what);
}

/** Tab, or Shift+Tab when the target comes earlier in the tab order, until `arrived` holds; each press counts. */
export async function tabUntil(ctx: StrategyContext, target: Locator, arrived: () => Promise<boolean>, what: string): Promise<void> {
  // With the focus lost (on the page itself), the first Tab reaches the skip link to the article.
  const lost = await ctx.page.evaluate(() => !document.activeElement || document.activeElement === document.body);
  if (lost && !(await arrived())) {
    await ctx.act.press('Tab');
    if (await isFocused(ctx.page.getByRole('link', { name: ctx.ui['author.skipToArticle'], exact: true }))) await ctx.act.press('Enter');
  }
  const distance = await target.first().evaluate((element) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0 && !e.closest('[hidden], [inert]'),
    );
    const from = all.indexOf(document.activeElement as HTMLElement);
    const to = all.indexOf(element as HTMLElement);
    return from < 0 || to < 0 ? null : to - from;
  });
  const key = distance !== null && distance < 0 ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; !(await arrived()); presses += 1) {
    if (presses > 150) throw new Error(`${what}: ${key} never reached it (${distance ?? 'unknown'} stops away at the start)`);
    await ctx.act.press(key);
  }
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** The sentence that has the focus, by its accessible name; null when focus is elsewhere. */
export async function focusedSentence(ctx: StrategyContext): Promise<string | null> {
  const name = await ctx.page.evaluate(() => {
    const active = document.activeElement;
    if (active?.getAttribute('role') !== 'group') return null;
    const label = active.getAttribute('aria-labelledby');
    return label ? (document.getElementById(label)?.textContent ?? null) : null;
  });
  return ctx.sentences.find((s) => sentenceName(ctx, s.id) === name)?.id ?? null;
}

/** Key presses that move a collapsed caret from one offset to another (the article is right-to-left). */
export function caretMoves(text: string, from: number, to: number): string[] {
  const keys: string[] = [];
  let pos = from;
  if (to < pos) {
    while (pos > to) {
      pos = moveCaret(text, pos, false, 'word', false);
      keys.push('ArrowRight');
    }
  } else {
    for (let next = moveCaret(text, pos, true, 'word', false); next <= to && next > pos; next = moveCaret(text, pos, true, 'word', false)) {
      pos = next;
      keys.push('ArrowLeft');
    }
  }
  while (pos < to) {
    pos = moveCaret(text, pos, true, 'char', false);
    keys.push('Alt+ArrowLeft');
  }
  if (pos !== to) throw new Error(`the caret cannot stop at ${to} in "${text}"`);
  return keys;
}

/** The marks N and Shift+N stop at (names and suggestions in the text), in reading order. */
const MARKS = '.ann-text [data-mention], .ann-text .ann-p';

/** How N (or the arrows, then N) reach a mark from where the caret is: the presses, in order. */
export interface HopPlan {
  /** ArrowUp/ArrowDown presses (or one Home) first, then N or Shift+N until the caret is on the mark. */
  first: string[];
  hop: 'KeyN' | 'Shift+KeyN';
  /** How many N presses that takes (the total cost is `first.length + hops`). */
  hops: number;
}

/**
 * The cheaper way for N to reach a mark (a mention or a suggestion drawn in the text): N or
 * Shift+N from where the caret is, or the arrows to its sentence (the caret at its start) and
 * N from there. Null when the caret is on it already. The focus must be in the text.
 */
export async function hopPlan(ctx: StrategyContext, mark: Locator, what: string): Promise<HopPlan | null> {
  const here = await mark.evaluate((target, selector) => {
    const marks = [...document.querySelectorAll<HTMLElement>(selector)];
    const to = marks.indexOf(target as HTMLElement);
    const caret = document.querySelector('.ann-caret') ?? document.querySelector('.seg--selected');
    // The marks wholly before the caret, and whether the caret is inside one.
    const before = caret ? marks.filter((m) => !m.contains(caret) && m.compareDocumentPosition(caret) & Node.DOCUMENT_POSITION_FOLLOWING).length : 0;
    const inside = caret ? marks.some((m) => m.contains(caret)) : false;
    const sentence = (el: Element) => el.closest<HTMLElement>('.ann-text')?.dataset.sentence ?? '';
    const inTargetSentence = marks.filter((m) => sentence(m) === sentence(target)).indexOf(target as HTMLElement);
    const onIt = target.classList.contains('ann-m--caret') || target.classList.contains('ann-p--caret');
    return { to, before, inside, sentence: sentence(target), inTargetSentence, onIt };
  }, MARKS);
  if (here.to < 0) throw new Error(`${what}: not drawn in the text`);
  if (here.onIt) return null;
  const forwardHops = here.to - here.before + (here.inside ? 0 : 1);
  const backHops = here.before - here.to;
  const byHops = here.to >= here.before ? forwardHops : backHops;
  const index = (id: string) => ctx.sentences.findIndex((s) => s.id === id);
  const current = await focusedSentence(ctx);
  const steps = current ? Math.abs(index(here.sentence) - index(current)) : Number.POSITIVE_INFINITY;
  // From the start of its sentence: the arrows there (or Home), then a hop per mark before it, and one onto it.
  const byArrows = (steps === 0 ? 1 : steps) + here.inTargetSentence + 1;
  if (byArrows < byHops && current) {
    const delta = index(here.sentence) - index(current);
    const first = delta !== 0 ? Array<string>(Math.abs(delta)).fill(delta > 0 ? 'ArrowDown' : 'ArrowUp') : ['Home'];
    return { first, hop: 'KeyN', hops: here.inTargetSentence + 1 };
  }
  return { first: [], hop: here.to >= here.before ? 'KeyN' : 'Shift+KeyN', hops: byHops };
}

/**
 * Move the keyboard caret onto a mark (a mention or a suggestion drawn in the text) the
 * cheaper way (see `hopPlan`). Each press counts; arrival is checked on the page.
 */
export async function hopTo(ctx: StrategyContext, mark: Locator, what: string): Promise<void> {
  const { act } = ctx;
  await toText(ctx);
  const plan = await hopPlan(ctx, mark, what);
  if (!plan) return;
  for (const key of plan.first) await act.press(key);
  const arrived = () => mark.evaluate((el) => el.classList.contains('ann-m--caret') || el.classList.contains('ann-p--caret'));
  // Past the arrows, the direction is read again: the caret is at the sentence's start now.
  const forward =
    plan.first.length === 0
      ? plan.hop === 'KeyN'
      : await mark.evaluate((target) => {
          const caret = document.querySelector('.ann-caret') ?? document.querySelector('.seg--selected');
          return !caret || !!(caret.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
  for (let presses = 0; !(await arrived()); presses += 1) {
    if (presses > 80) throw new Error(`${what}: N never reached it`);
    await act.press(forward ? 'KeyN' : 'Shift+KeyN');
  }
}

/** Put the focus in the article unless it is there: T from anywhere on the page. */
export async function toText(ctx: StrategyContext): Promise<void> {
  if ((await focusedSentence(ctx)) !== null) return;
  await ctx.act.press('Shift+KeyT');
  if ((await focusedSentence(ctx)) === null) throw new Error('T did not put the focus in the article');
}

/** A mention drawn in a sentence, by its words (the n-th with those words). */
export function mentionIn(ctx: StrategyContext, sentence: string, quote: string, nth = 0): Locator {
  return sentenceGroup(ctx, sentence).locator('[data-mention]').filter({ hasText: new RegExp(`^${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).nth(nth);
}

/** A suggestion drawn dim in a sentence, by its words (the n-th with those words). */
export function proposalIn(ctx: StrategyContext, sentence: string, quote: string, nth = 0): Locator {
  return sentenceGroup(ctx, sentence).locator('.ann-p').filter({ hasText: new RegExp(`^${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).nth(nth);
}

/**
 * Select planned words by the article's search: F, the words typed (no action), ↓ until
 * the planned place is the one selected, Enter back to the text. Checked by the toolbar.
 */
export async function findWords(ctx: StrategyContext, span: PlanSpan): Promise<void> {
  const { act } = ctx;
  await toText(ctx);
  await act.press('KeyF');
  await seekWords(ctx, span);
  await act.press('Enter');
  await expectSelected(ctx, span.quote);
}

/**
 * In the article's search (which has the focus): the planned words typed (no action), then
 * ↓ (or ↑, whichever is fewer) until the planned place is the one selected.
 */
export async function seekWords(ctx: StrategyContext, span: PlanSpan, typed = span.quote): Promise<void> {
  const { act } = ctx;
  const input = ctx.page.getByRole('searchbox', { name: ctx.ui['ann.find'], exact: true });
  if (!(await isFocused(input))) throw new Error('the search does not have the focus');
  // The search starts where the caret (or the selection) is: the app's own search says where it lands.
  const origin = await caretPlace(ctx);
  await act.type(typed);
  const { start, end } = spanOffsets(ctx.sentences, span);
  const places = findAllInArticle(ctx.sentences, typed);
  const first = findFirstInArticle(ctx.sentences, typed, origin);
  const same = (a: { sentence: string; start: number; end: number } | null | undefined, b: { sentence: string; start: number; end: number } | null | undefined) =>
    !!a && !!b && a.sentence === b.sentence && a.start === b.start && a.end === b.end;
  const from = places.findIndex((q) => same(q, first));
  const target = places.findIndex((q) => q.sentence === span.sentence && q.start <= start && end <= q.end);
  if (target < 0 || from < 0) throw new Error(`the search for "${typed}" does not reach "${span.quote}" at ${start} in ${span.sentence}`);
  const down = (target - from + places.length) % places.length;
  const key = down <= places.length - down ? 'ArrowDown' : 'ArrowUp';
  // The letters select as they are typed; wait for the page to show each place (not an action).
  const shows = async (place: { sentence: string; start: number; end: number } | undefined) => {
    for (let waits = 0; waits < 100; waits += 1) {
      if (same(await selectedPlace(ctx), place)) return;
      await ctx.page.waitForTimeout(50);
    }
    throw new Error(`the search for "${typed}" did not select ${JSON.stringify(place)} (it shows ${JSON.stringify(await selectedPlace(ctx))})`);
  };
  await shows(places[from]);
  const steps = key === 'ArrowDown' ? down : places.length - down;
  for (let i = 1; i <= steps; i += 1) {
    await act.press(key);
    await shows(places[(from + (key === 'ArrowDown' ? i : -i) + places.length) % places.length]);
  }
}

/** Where the keyboard caret (or the start of the selected words) is in the article, read off the page. */
export async function caretPlace(ctx: StrategyContext): Promise<{ sentence: string; offset: number } | null> {
  const here = await selectedPlace(ctx, true);
  return here ? { sentence: here.sentence, offset: here.start } : null;
}

/** The selected words (or, with `caret`, a bare caret too) as the page draws them: their sentence and offsets. */
export async function selectedPlace(ctx: StrategyContext, caret = false): Promise<{ sentence: string; start: number; end: number } | null> {
  return ctx.page.evaluate((withCaret) => {
    const mark = (withCaret ? document.querySelector('.ann-text .ann-caret') : null) ?? document.querySelector('.ann-text .seg--selected');
    const text = mark?.closest<HTMLElement>('.ann-text');
    if (!mark || !text?.dataset.sentence) return null;
    const at = (node: Node, after: boolean) => {
      const r = document.createRange();
      r.setStart(text, 0);
      if (after) r.setEndAfter(node);
      else r.setEndBefore(node);
      return r.toString().length;
    };
    const segs = [...text.querySelectorAll('.seg--selected')];
    if (mark.classList.contains('ann-caret')) {
      const offset = at(mark, false);
      return { sentence: text.dataset.sentence, start: offset, end: offset };
    }
    return { sentence: text.dataset.sentence, start: at(segs[0]!, false), end: at(segs.at(-1)!, true) };
  }, caret);
}
