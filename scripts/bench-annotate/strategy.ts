import type { Locator, Page } from 'playwright-core';
import type { AnnotationSentence } from '../../app/domain/annotation/schema.ts';
import { ar } from '../../app/shared/i18n/ar.ts';
import { en, type MessageKey } from '../../app/shared/i18n/en.ts';
import { ActionCounter, type Point } from './actions.ts';
import type { PlanEntity, PlanRelation, PlanSpan } from './plan.ts';

/**
 * A way of annotating through the UI: how a new entity, a further mention and a relation
 * are made. Each strategy lives in its own file under strategies/ and makes every user
 * action through the counter; the benchmark runs them in fresh browser contexts, checks the
 * result against the plan and reports a column per strategy. A faster UI path (a type
 * palette, relations drawn on the text) is a new strategy; the counting and the report stay.
 */
export interface Strategy {
  /** The report's column header. */
  name: string;
  /** Start the first mention of an entity as a new entity with the plan's labels and type. */
  createEntity(ctx: StrategyContext, entity: PlanEntity): Promise<void>;
  /** One more mention of an entity made earlier. */
  addMention(ctx: StrategyContext, entity: PlanEntity, mention: PlanSpan): Promise<void>;
  /** A relation, its evidence and attribution; `entities` resolves the plan's keys. */
  createRelation(ctx: StrategyContext, relation: PlanRelation, entities: ReadonlyMap<string, PlanEntity>): Promise<void>;
}

export interface StrategyContext {
  page: Page;
  act: ActionCounter;
  /** The article's sentences as the app cuts them (ids s0, s1, …). */
  sentences: readonly AnnotationSentence[];
  /** The interface's language, and its dictionary (the names of buttons, fields, sentences). */
  lang: UiLang;
  ui: Readonly<Record<MessageKey, string>>;
  /** Labels of the draft's entity and relation types in the interface's language, by id. */
  typeLabel: { entity: ReadonlyMap<string, string>; relation: ReadonlyMap<string, string> };
  /** Every relation the article is to get (a practised user knows what it says, and may make several in one step). */
  relations?: readonly PlanRelation[];
}

export type UiLang = 'en' | 'ar';
export const DICTIONARIES: Record<UiLang, Readonly<Record<MessageKey, string>>> = { en, ar };

/** The accessible name of a sentence in the annotation view: Title, Lede, Sentence n. */
export function sentenceName(ctx: Pick<StrategyContext, 'sentences' | 'ui'>, id: string): string {
  const { sentences, ui } = ctx;
  const sentence = sentences.find((s) => s.id === id);
  if (!sentence) throw new Error(`no sentence ${id}`);
  if (sentence.role === 'title') return ui['details.sentenceRole.title'];
  if (sentence.role === 'lede') return ui['details.sentenceRole.lede'];
  const n = sentences.filter((s) => s.role === 'body').findIndex((s) => s.id === id) + 1;
  return ui['details.sentenceRole.body'].replace('{n}', String(n));
}

export function sentenceGroup(ctx: StrategyContext, id: string): Locator {
  return ctx.page.getByRole('group', { name: sentenceName(ctx, id), exact: true });
}

/**
 * Where a drag across characters start..end of a sentence begins and ends: the first
 * character's outer edge to the last one's, in the sentence's direction.
 */
export async function dragPoints(group: Locator, start: number, end: number): Promise<{ from: Point; to: Point }> {
  return group.evaluate(
    (element, [from, to]) => {
      // In the middle of the window, clear of the sticky toolbar (scrolling is not counted as an action).
      element.scrollIntoView({ block: 'center' });
      // A tall toolbar (the relation picker) can cover the middle: then just below it.
      const tools = element.closest('section')?.querySelector('.annotate__tools')?.getBoundingClientRect();
      const top = element.getBoundingClientRect().top;
      if (tools && top < tools.bottom + 8) {
        let scroller: Element | null = element.parentElement;
        while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
        (scroller ?? document.scrollingElement)?.scrollBy(0, top - tools.bottom - 24);
      }
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const charRect = (offset: number) => {
        let seen = 0;
        walker.currentNode = element;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent?.length ?? 0;
          if (offset < seen + len) {
            const r = document.createRange();
            r.setStart(node, offset - seen);
            r.setEnd(node, offset - seen + 1);
            const rect = r.getBoundingClientRect();
            return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
          }
          seen += len;
        }
        throw new Error(`offset ${offset} is past the sentence's text`);
      };
      const rtl = getComputedStyle(element).direction === 'rtl';
      const first = charRect(from);
      const last = charRect(to - 1);
      return { from: { x: rtl ? first.right - 1 : first.left + 1, y: first.y }, to: { x: rtl ? last.left + 1 : last.right - 1, y: last.y } };
    },
    [start, end] as const,
  );
}

/** The words the toolbar says are selected, as a check between steps (not an action). */
export async function expectSelected(ctx: StrategyContext, quote: string): Promise<void> {
  const toolbar = ctx.page.getByRole('toolbar', { name: ctx.ui['author.actions'] });
  try {
    await toolbar.getByText(quote, { exact: true }).waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    const says = (await toolbar.locator('p').first().textContent().catch(() => null))?.trim();
    throw new Error(`"${quote}" should be selected; the toolbar says "${says ?? ''}"`);
  }
}

/** Wait for a dialog to close after its submit, or fail with what it says is wrong. */
export async function expectClosed(dialog: Locator, what: string): Promise<void> {
  try {
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  } catch {
    const alert = (await dialog.getByRole('alert').textContent().catch(() => null))?.trim();
    throw new Error(`${what}: the dialog stayed open${alert ? ` saying "${alert}"` : ''}`);
  }
}

/** Check a drop-down list shows the option with this label (after a choice made by keyboard). */
export async function expectChosen(select: Locator, label: string, what: string): Promise<void> {
  const shown = await select.evaluate((element) => {
    const s = element as HTMLSelectElement;
    return s.selectedOptions[0]?.textContent ?? '';
  });
  if (shown !== label) throw new Error(`${what}: "${shown}" is chosen, not "${label}"`);
}

/** The label of an option currently chosen in a drop-down list. */
export function chosenLabel(select: Locator): Promise<string> {
  return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

/**
 * The action counter of a page; text typed into a list goes as key events (see ActionCounter).
 * With `settle` (where a step is timed), each input is followed by two frames before the
 * strategy goes on to query the page, so its queries stay out of the step's frame.
 */
export async function counterFor(page: Page, settle = false): Promise<ActionCounter> {
  const cdp = await page.context().newCDPSession(page);
  return new ActionCounter(
    page,
    async (text) => {
      for (const char of text) await cdp.send('Input.dispatchKeyEvent', { type: 'char', text: char });
    },
    settle ? () => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))) : undefined,
  );
}
