// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldScopes, pushScope } from './shortcut-layer';

const releases: (() => void)[] = [];
const hold = (...args: Parameters<typeof pushScope>) => {
  const release = pushScope(...args);
  releases.push(release);
  return release;
};
afterEach(() => {
  for (const release of releases.splice(0)) release();
  document.body.replaceChildren();
});

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, code: init.code ?? '', bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('the shortcut layer', () => {
  it('runs the shortcut of the scope held, with or without Shift for letters, never with Control', () => {
    const run = vi.fn();
    hold('explorer', run);
    press('f');
    press('F', { shiftKey: true });
    press('f', { ctrlKey: true });
    expect(run.mock.calls.map(([id]) => id)).toEqual(['fit', 'fit']);
  });

  it('leaves keys typed in a text field to the field, except those meant for fields', () => {
    const run = vi.fn();
    hold('explorer', run);
    hold('app', run);
    const input = document.body.appendChild(document.createElement('input'));
    press('/', {}, input);
    press('?', { shiftKey: true }, input);
    press('l', {}, input);
    expect(run).not.toHaveBeenCalled();
    press('Escape', {}, input);
    expect(run.mock.calls.map(([id]) => id)).toEqual(['clear']);
    const box = document.body.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    press('v', {}, box);
    expect(run.mock.calls.map(([id]) => id)).toEqual(['clear', 'view']);
  });

  it('gives an open dialog every key: the shells hear nothing until it closes', () => {
    const explorer = vi.fn();
    const authoring = vi.fn();
    hold('explorer', explorer);
    hold('authoring', authoring);
    const closeDialog = hold('dialog', vi.fn());
    press('Escape');
    press('z', { ctrlKey: true });
    expect(explorer).not.toHaveBeenCalled();
    expect(authoring).not.toHaveBeenCalled();
    closeDialog();
    press('Escape');
    press('z', { ctrlKey: true });
    press('Z', { ctrlKey: true, shiftKey: true });
    expect(explorer.mock.calls.map(([id]) => id)).toEqual(['clear']);
    expect(authoring.mock.calls.map(([id]) => id)).toEqual(['undo', 'redo']);
  });

  it('ignores a key a component has already handled, and forgets a scope released', () => {
    const run = vi.fn();
    const release = hold('app', run);
    const handled = document.body.appendChild(document.createElement('div'));
    handled.addEventListener('keydown', (e) => e.preventDefault());
    press('?', { shiftKey: true }, handled);
    expect(run).not.toHaveBeenCalled();
    press('؟', { shiftKey: true });
    expect(run).toHaveBeenCalledTimes(1);
    expect(heldScopes()).toEqual(['app']);
    release();
    expect(heldScopes()).toEqual([]);
    press('?', { shiftKey: true });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
