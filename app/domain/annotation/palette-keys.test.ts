import { describe, expect, it } from 'vitest';
import { keyLabel, keyShortcut, paletteKeyIndex, paletteKeys, TEXT_COMMAND_CODES } from './palette-keys';

const press = (code: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('paletteKeys', () => {
  it('gives the first ten types the digits 1-9 and 0, then letters', () => {
    expect(paletteKeys(12).map(keyLabel)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'B', 'C']);
  });

  it('gives every type its own key, none of them a letter the text uses for a command', () => {
    for (const count of [1, 11, 17, 20, 28, 46]) {
      const keys = paletteKeys(count);
      expect(keys).toHaveLength(count);
      expect(new Set(keys.map(keyShortcut)).size).toBe(count);
      expect(keys.filter((k) => !k.shift && TEXT_COMMAND_CODES.includes(k.code))).toEqual([]);
    }
    // The bundled graph's eleven types and the news vocabulary's: Condition and Concept no longer share "C".
    expect(paletteKeys(17).map(keyLabel).slice(10)).toEqual(['B', 'C', 'D', 'G', 'H', 'I', 'J']);
  });

  it('goes on with Shift and the letters, and stops when the keys run out', () => {
    const keys = paletteKeys(100);
    expect(keys).toHaveLength(10 + 18 + 18);
    expect(keyLabel(keys[28]!)).toBe('⇧B');
    expect(keyShortcut(keys[28]!)).toBe('Shift+B');
    expect(paletteKeys(0)).toEqual([]);
  });
});

describe('paletteKeyIndex', () => {
  it('finds the type of a digit, a numeric-pad digit, a letter and Shift with a letter', () => {
    expect(paletteKeyIndex(press('Digit1'), 20)).toBe(0);
    expect(paletteKeyIndex(press('Digit0'), 20)).toBe(9);
    expect(paletteKeyIndex(press('Numpad3'), 20)).toBe(2);
    expect(paletteKeyIndex(press('KeyB'), 20)).toBe(10);
    expect(paletteKeyIndex(press('KeyG'), 30)).toBe(10 + 3); // B C D, then G (E and F are commands)
    expect(paletteKeyIndex(press('KeyB', { shiftKey: true }), 40)).toBe(28);
  });

  it('leaves the commands, modifiers, Shift with a digit and keys past the types alone', () => {
    expect(paletteKeyIndex(press('KeyR'), 50)).toBeNull();
    expect(paletteKeyIndex(press('KeyM'), 50)).toBeNull();
    for (const command of ['KeyE', 'KeyF', 'KeyO', 'KeyN', 'KeyA', 'KeyT']) {
      expect(paletteKeyIndex(press(command), 50)).toBeNull();
      expect(paletteKeyIndex(press(command, { shiftKey: true }), 50)).toBeNull();
    }
    expect(paletteKeyIndex(press('Digit1', { ctrlKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('KeyB', { altKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('Digit2', { shiftKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('KeyC'), 11)).toBeNull();
    expect(paletteKeyIndex(press('ArrowLeft'), 20)).toBeNull();
  });
});
