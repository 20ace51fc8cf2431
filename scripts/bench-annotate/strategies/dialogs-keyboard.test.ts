import { describe, expect, it } from 'vitest';
import { moveCaret } from '../../../app/features/authoring/caret.ts';
import { caretKeys } from './dialogs-keyboard.ts';

/** Play keys on the app's own caret rules (right-to-left: ArrowLeft is forward) and return the selection. */
function play(text: string, keys: string[], from: 'home' | 'end'): { anchor: number; focus: number } {
  let anchor = from === 'home' ? 0 : text.length;
  let focus = anchor;
  for (const key of keys) {
    const extending = key.includes('Shift+');
    const step = key.includes('Alt+') ? 'char' : 'word';
    const forward = key.endsWith('ArrowLeft');
    focus = moveCaret(text, focus, forward, step, extending);
    if (!extending) anchor = focus;
  }
  return { anchor, focus };
}

const S5 = 'وتتولى الشركة الوطنية للكهرباء تطوير محطة العلمين، على أن تورد روسيا المعدات اللازمة لها.';

describe('caretKeys', () => {
  it('selects whole words by word steps, from the start or from the end', () => {
    const quote = 'الشركة الوطنية للكهرباء';
    const start = S5.indexOf(quote);
    for (const from of ['home', 'end'] as const) {
      const keys = caretKeys(S5, start, start + quote.length, from);
      expect(play(S5, keys, from)).toEqual({ anchor: start, focus: start + quote.length });
      expect(keys.filter((k) => k.includes('Alt+'))).toEqual([]);
    }
    expect(caretKeys(S5, start, start + quote.length, 'home')).toEqual(['ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft']);
  });

  it('steps by character past an attached prefix and short of a comma', () => {
    const text = 'وأكد أن التعاون بين مصر وروسيا سيتوسع.';
    const start = text.indexOf('روسيا');
    const keys = caretKeys(text, start, start + 5, 'home');
    expect(keys.filter((k) => k === 'Alt+ArrowLeft')).toHaveLength(1);
    expect(play(text, keys, 'home')).toEqual({ anchor: start, focus: start + 5 });
    const comma = S5.indexOf('محطة العلمين');
    const upToComma = caretKeys(S5, comma, comma + 'محطة العلمين'.length, 'end');
    expect(upToComma).toContain('Shift+Alt+ArrowLeft');
    expect(play(S5, upToComma, 'end')).toEqual({ anchor: comma, focus: comma + 'محطة العلمين'.length });
  });
});
