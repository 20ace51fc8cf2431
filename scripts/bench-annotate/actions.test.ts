import { describe, expect, it } from 'vitest';
import { ActionCounter, type Driver, type Target } from './actions.ts';

/** A driver and targets that record what the counter asked of them. */
function recorder() {
  const calls: string[] = [];
  const driver: Driver = {
    mouse: {
      move: async (x, y) => void calls.push(`move ${x},${y}`),
      down: async () => void calls.push('down'),
      up: async () => void calls.push('up'),
    },
    keyboard: {
      press: async (key) => void calls.push(`press ${key}`),
      type: async (text) => void calls.push(`type ${text}`),
    },
  };
  const target = (name: string): Target => ({
    click: async () => void calls.push(`click ${name}`),
    selectOption: async ({ label }) => void calls.push(`select ${name} ${label}`),
  });
  return { calls, driver, target };
}

describe('ActionCounter', () => {
  it('counts a click, a drag and each key press as one, typed text as none, a pick from a list by mouse as two', async () => {
    const { calls, driver, target } = recorder();
    const act = new ActionCounter(driver);
    act.startItem('entity', 'Russia');
    await act.drag({ x: 10, y: 5 }, { x: 60, y: 5 });
    await act.click(target('New entity…'));
    await act.type('Russia');
    await act.chooseByMouse(target('Entity type'), 'Country (state actor)');
    await act.press('Tab', 3);
    await act.press('Enter');
    expect(act.actions('entity')).toBe(1 + 1 + 0 + 2 + 3 + 1);
    // Every action reached the page, in order.
    expect(calls).toEqual([
      'move 10,5',
      'down',
      'move 60,5',
      'up',
      'click New entity…',
      'type Russia',
      'select Entity type Country (state actor)',
      'press Tab',
      'press Tab',
      'press Tab',
      'press Enter',
    ]);
    // Typing to search a list is typing too; without a key typer it goes through the keyboard.
    await act.typeToSearch('Country');
    expect(act.actions('entity')).toBe(8);
    expect(calls.at(-1)).toBe('type Country');
    const keyed: string[] = [];
    const withKeys = new ActionCounter(driver, async (text) => void keyed.push(text));
    withKeys.startItem('mention', 'x');
    await withKeys.typeToSearch('دولة');
    expect([withKeys.actions('mention'), keyed]).toEqual([0, ['دولة']]);
  });

  it('keeps the phases apart and gives actions per item and per item of the log', async () => {
    const { driver, target } = recorder();
    const act = new ActionCounter(driver);
    await act.click(target('setup'));
    for (const name of ['a', 'b']) {
      act.startItem('mention', name);
      await act.click(target('Mention of…'));
      await act.type('a long label typed into a field');
      await act.press('Enter');
    }
    act.startItem('mention', 'c');
    await act.press('ArrowLeft', 4);
    act.startItem('relation', 'r');
    await act.click(target('New relation…'));
    expect(act.actions('setup')).toBe(1);
    expect(act.actions('mention')).toBe(8);
    // The arrows are pointing; Enter is not.
    expect([act.pointing('mention'), act.pointing('relation')]).toEqual([4, 0]);
    expect(act.itemCount('mention')).toBe(3);
    expect(act.perItem('mention')).toBeCloseTo(8 / 3);
    expect(act.perItem('relation')).toBe(1);
    expect(act.perItem('entity')).toBeNull();
    expect(act.log).toEqual([
      { phase: 'mention', item: 'a', actions: 2 },
      { phase: 'mention', item: 'b', actions: 2 },
      { phase: 'mention', item: 'c', actions: 4 },
      { phase: 'relation', item: 'r', actions: 1 },
    ]);
  });
});
