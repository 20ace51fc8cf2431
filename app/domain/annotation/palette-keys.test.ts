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
    expect(paletteKeys(12).map(keyLabel)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'A', 'B']);
  });

  it('gives every type its own key, none of them a letter the text uses for a command', () => {
    for (const count of [1, 11, 17, 20, 34, 58]) {
      const keys = paletteKeys(count);
      expect(keys).toHaveLength(count);
      expect(new Set(keys.map(keyShortcut)).size).toBe(count);
      expect(keys.filter((k) => !k.shift && TEXT_COMMAND_CODES.includes(k.code))).toEqual([]);
    }
    // The bundled graph's eleven types and the news vocabulary's: Condition and Concept no longer share "C".
    expect(paletteKeys(17).map(keyLabel).slice(10)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('goes on with Shift and the letters, and stops when the keys run out', () => {
    const keys = paletteKeys(100);
    expect(keys).toHaveLength(10 + 24 + 24);
    expect(keyLabel(keys[34]!)).toBe('⇧A');
    expect(keyShortcut(keys[34]!)).toBe('Shift+A');
    expect(paletteKeys(0)).toEqual([]);
  });
});

describe('paletteKeyIndex', () => {
  it('finds the type of a digit, a numeric-pad digit, a letter and Shift with a letter', () => {
    expect(paletteKeyIndex(press('Digit1'), 20)).toBe(0);
    expect(paletteKeyIndex(press('Digit0'), 20)).toBe(9);
    expect(paletteKeyIndex(press('Numpad3'), 20)).toBe(2);
    expect(paletteKeyIndex(press('KeyA'), 20)).toBe(10);
    expect(paletteKeyIndex(press('KeyN'), 30)).toBe(10 + 12); // A-L, then N (M is a command)
    expect(paletteKeyIndex(press('KeyA', { shiftKey: true }), 40)).toBe(34);
  });

  it('leaves the commands, modifiers, Shift with a digit and keys past the types alone', () => {
    expect(paletteKeyIndex(press('KeyR'), 50)).toBeNull();
    expect(paletteKeyIndex(press('KeyM'), 50)).toBeNull();
    expect(paletteKeyIndex(press('Digit1', { ctrlKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('KeyA', { altKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('Digit2', { shiftKey: true }), 20)).toBeNull();
    expect(paletteKeyIndex(press('KeyB'), 11)).toBeNull();
    expect(paletteKeyIndex(press('ArrowLeft'), 20)).toBeNull();
  });
});
