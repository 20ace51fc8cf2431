import { describe, expect, it } from 'vitest';
import { moveByChar, moveByWord, moveCaret, nextWordStart } from './caret';

// "Putin visited China" in Arabic, with a combining mark (shadda) and tatweel inside words.
const TEXT = 'زار بوتيـن الصّين  اليوم.';

describe('keyboard caret in a sentence', () => {
  it('extends word by word forward and back, over double spaces', () => {
    expect(moveByWord(TEXT, 0, true)).toBe(3);
    expect(moveByWord(TEXT, 3, true)).toBe(10);
    expect(moveByWord(TEXT, 10, true)).toBe(17);
    expect(moveByWord(TEXT, 17, true)).toBe(TEXT.length);
    expect(moveByWord(TEXT, TEXT.length, false)).toBe(19);
    expect(moveByWord(TEXT, 19, false)).toBe(11);
    expect(moveByWord(TEXT, 0, false)).toBe(0);
  });

  it('a bare caret goes to the next word start, so Shift then takes whole words', () => {
    expect(nextWordStart(TEXT, 0)).toBe(4);
    expect(nextWordStart(TEXT, 4)).toBe(11);
    expect(moveCaret(TEXT, 11, true, 'word', false)).toBe(19);
    expect(TEXT.slice(4, moveCaret(TEXT, 4, true, 'word', true))).toBe('بوتيـن');
  });

  it('moves by one UTF-16 unit, keeping combining marks selectable, never splitting a surrogate pair', () => {
    expect(moveByChar(TEXT, 12, true)).toBe(13);
    const emoji = 'a😀b';
    expect(moveByChar(emoji, 1, true)).toBe(3);
    expect(moveByChar(emoji, 3, false)).toBe(1);
    expect(moveByChar(emoji, 0, false)).toBe(0);
    expect(moveByChar(emoji, emoji.length, true)).toBe(emoji.length);
  });
});
