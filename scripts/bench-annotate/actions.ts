/**
 * Every user action of the annotation benchmark goes through one counter, so the way of
 * counting is the same for every strategy:
 * - a click, a drag, or a key press (Enter to submit, Tab, arrows, a shortcut) is 1;
 * - typing a label or other text into a field is 0, whatever its length;
 * - choosing from a drop-down list by mouse is 2 (open it, pick the option): the list's
 *   popup is drawn outside the page, so the choice is made through Playwright and counted
 *   as the two clicks a user makes.
 * Checks the benchmark makes between steps (waiting for a dialog, reading the list) are
 * not actions and do not go through here.
 */

/**
 * What the benchmark counts actions for. `label`: labels written in an entity's panel after
 * the palette made it (the English label, and the Arabic one where it is not the selected
 * words); a strategy that writes them while creating the entity counts them under `entity`.
 */
export type Phase = 'entity' | 'mention' | 'relation' | 'label' | 'setup';
export const PHASES: readonly Phase[] = ['entity', 'mention', 'relation', 'label', 'setup'];

/**
 * Key presses that only move the caret or the focus (arrows with or without Shift or Alt,
 * Home, End, Tab, N to the next mark, F to the article's search, T to the text): the keyboard's way of pointing. They count like any
 * other press; they are also counted apart, so a report can say how much of the keyboard's
 * cost is pointing.
 */
export function isPointingKey(key: string): boolean {
  return /^((Shift|Alt)\+)*(ArrowLeft|ArrowRight|ArrowUp|ArrowDown|Home|End|Tab|KeyN|KeyF|KeyT)$/.test(key);
}

export interface Point {
  x: number;
  y: number;
}

/** The part of Playwright's Locator the counter uses. */
export interface Target {
  click(): Promise<void>;
  selectOption(option: { label: string }): Promise<unknown>;
}

/** The part of Playwright's Page the counter uses. */
export interface Driver {
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: {
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
}

export class ActionCounter {
  private readonly counts = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  private readonly items = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  private readonly pointingCounts = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  private phase: Phase = 'setup';
  /** Each item's own count, in the order they were made. */
  readonly log: { phase: Phase; item: string; actions: number }[] = [];

  /**
   * `typeKeys` types text as key events, character by character, so that a focused list
   * searches by them; Playwright's own typing sends characters off the US keyboard (Arabic)
   * as bare input, which a list ignores.
   */
  constructor(
    private readonly driver: Driver,
    private readonly typeKeys: (text: string) => Promise<void> = (text) => driver.keyboard.type(text),
    /**
     * Awaited after each click, drag and key press: where a step is timed, it lets the frame
     * after the input be drawn before the strategy goes on querying the page (a query by
     * role walks the whole document on the page's main thread, and would be timed as the app's).
     */
    private readonly settle: () => Promise<void> = async () => undefined,
  ) {}

  /** Count what follows for one more item of this phase (a new entity, a mention, a relation), named for the log. */
  startItem(phase: Phase, item: string): void {
    this.phase = phase;
    this.items.set(phase, (this.items.get(phase) ?? 0) + 1);
    this.log.push({ phase, item, actions: 0 });
  }

  private add(n: number): void {
    this.counts.set(this.phase, (this.counts.get(this.phase) ?? 0) + n);
    const last = this.log.at(-1);
    if (last && last.phase === this.phase) last.actions += n;
  }

  async click(target: Target): Promise<void> {
    this.add(1);
    await target.click();
    await this.settle();
  }

  /** Press, move and release the mouse: one drag. */
  async drag(from: Point, to: Point): Promise<void> {
    this.add(1);
    await this.driver.mouse.move(from.x, from.y);
    await this.driver.mouse.down();
    await this.driver.mouse.move(to.x, to.y, { steps: 5 });
    await this.driver.mouse.up();
    await this.settle();
  }

  /** A key or chord (`Enter`, `Shift+ArrowLeft`), `times` times: each press is one action. */
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      this.add(1);
      if (isPointingKey(key)) this.pointingCounts.set(this.phase, (this.pointingCounts.get(this.phase) ?? 0) + 1);
      await this.driver.keyboard.press(key);
      await this.settle();
    }
  }

  /** Text typed into the focused field (a label, a name to search for): no action. */
  async type(text: string): Promise<void> {
    await this.driver.keyboard.type(text);
  }

  /** Text typed into a focused drop-down list to pick the option it begins: no action, like any typing. */
  async typeToSearch(text: string): Promise<void> {
    await this.typeKeys(text);
  }

  /** An option of a drop-down list chosen by mouse: open, pick. */
  async chooseByMouse(select: Target, label: string): Promise<void> {
    this.add(2);
    await select.selectOption({ label });
  }

  actions(phase: Phase): number {
    return this.counts.get(phase) ?? 0;
  }

  /** Of a phase's actions, the key presses that moved the caret or the focus. */
  pointing(phase: Phase): number {
    return this.pointingCounts.get(phase) ?? 0;
  }

  itemCount(phase: Phase): number {
    return this.items.get(phase) ?? 0;
  }

  /** Actions per item of a phase (null when the phase had no item). */
  perItem(phase: Phase): number | null {
    const n = this.itemCount(phase);
    return n === 0 ? null : this.actions(phase) / n;
  }
}
