import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Graph } from '../app/domain/schema';
import type { Core, EdgeSingular } from 'cytoscape';

export const seedGraph: Graph = JSON.parse(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8'));

interface CyLike {
  nodes: () => { length: number };
  edges: () => { length: number };
}

/** Open the explorer and wait until Cytoscape has drawn the graph. */
export async function openExplorer(page: Page, options: { lang?: 'en' | 'ar'; query?: string } = {}) {
  if (options.lang) {
    await page.addInitScript((lang) => window.localStorage.setItem('age.lang', lang), options.lang);
  }
  await page.goto(`/${options.query ?? ''}`);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: CyLike }).cy;
    return cy !== undefined && cy.nodes().length > 0;
  });
}

/** Wait until the canvas has stopped moving (animations and the label plan's frame). */
export async function settled(page: Page): Promise<void> {
  // Work an action queued for the next frames (a reveal, a refit) starts before the view is sampled.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    const w = window as unknown as { __last?: string };
    const now = JSON.stringify([cy.zoom(), cy.pan(), cy.nodes().map((n) => n.position())]);
    const same = w.__last === now && !cy.animated();
    w.__last = now;
    return same;
  }, null, { polling: 150 });
}

/** Page coordinates of a node's centre or an edge's midpoint. */
export async function elementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((elementId) => {
    const cy = (window as unknown as { cy: Core }).cy;
    const ele = cy.getElementById(elementId);
    if (ele.empty()) throw new Error(`no element ${elementId}`);
    const p = ele.isNode() ? ele.renderedPosition() : (ele as EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  return point;
}

/** Pan so the element sits in the middle of the canvas, then click it like a user. */
export async function clickElement(page: Page, id: string) {
  await page.evaluate((elementId) => {
    const cy = (window as unknown as { cy: Core }).cy;
    cy.center(cy.getElementById(elementId));
  }, id);
  const { x, y } = await elementPoint(page, id);
  await page.mouse.click(x, y);
}

/** An edge whose midpoint is well away from every node, so a click lands on the edge. */
export async function clearEdge(page: Page, candidates: string[]): Promise<string> {
  const id = await page.evaluate((ids) => {
    const cy = (window as unknown as { cy: Core }).cy;
    for (const edgeId of ids) {
      const edge = cy.getElementById(edgeId) as EdgeSingular;
      const m = edge.midpoint();
      const near = cy.nodes().filter((n) => Math.hypot(n.position('x') - m.x, n.position('y') - m.y) < 45).nonempty();
      const crowded = cy.edges().filter((e) => e.id() !== edgeId && e.visible() && Math.hypot(e.midpoint().x - m.x, e.midpoint().y - m.y) < 12).nonempty();
      if (!near && !crowded) return edgeId;
    }
    return null;
  }, candidates);
  expect(id, 'an edge with a clear midpoint').not.toBeNull();
  return id as string;
}

export function sentenceText(graph: Graph, id: string): string {
  const s = graph.article.sentences.find((x) => x.id === id);
  if (!s) throw new Error(`no sentence ${id}`);
  return s.text;
}

/** Press, move and release the mouse from the middle of one element to the middle of another. */
export async function dragBetween(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
}

/**
 * Drag across the words like a user, from the first character's outer edge to the last's;
 * the words' first occurrence in the sentence, or its last.
 */
export async function dragSelect(page: Page, target: Locator, quote: string, occurrence: 'first' | 'last' = 'first') {
  // As a user would: the sentence scrolled to the middle of the view first, and below the
  // sticky tools where they are tall enough to cover the middle (the relation picker).
  await target.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const tools = element.closest('section')?.querySelector('.annotate__tools')?.getBoundingClientRect();
    const top = element.getBoundingClientRect().top;
    if (!tools || top >= tools.bottom + 8) return;
    let scroller: Element | null = element.parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
    (scroller ?? document.scrollingElement)?.scrollBy(0, top - tools.bottom - 24);
  });
  const box = await target.evaluate((element, { q, fromEnd }) => {
    const text = element.querySelector('.ann-text')!;
    const full = text.textContent ?? '';
    const at = fromEnd ? full.lastIndexOf(q) : full.indexOf(q);
    if (at < 0) throw new Error(`"${q}" not in "${full}"`);
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const charRect = (offset: number) => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (offset < seen + len) {
          const r = document.createRange();
          r.setStart(node, offset - seen);
          r.setEnd(node, offset - seen + 1);
          walker.currentNode = text;
          const rect = r.getBoundingClientRect();
          return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
        }
        seen += len;
      }
      throw new Error('offset past the text');
    };
    const rtl = getComputedStyle(element).direction === 'rtl';
    const first = charRect(at);
    const last = charRect(at + q.length - 1);
    return { from: { x: rtl ? first.right - 1 : first.left + 1, y: first.y }, to: { x: rtl ? last.left + 1 : last.right - 1, y: last.y } };
  }, { q: quote, fromEnd: occurrence === 'last' });
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move(box.to.x, box.to.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar').getByText(quote, { exact: true })).toBeVisible();
}
