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

  it('moves by one character as read: a letter with its marks, a surrogate pair, a flag', () => {
    // «الصّين»: the shadda (at 14) goes with the sad (at 13).
    expect(TEXT[14]).toBe('\u0651');
    expect(moveByChar(TEXT, 13, true)).toBe(15);
    expect(moveByChar(TEXT, 15, false)).toBe(13);
    // Two steps back from the end of «أكّد» select «كّد», never «أك» without its shadda.
    const word = 'أكّد';
    expect(moveByChar(word, moveByChar(word, word.length, false), false)).toBe(1);
    expect(moveByChar(word, 0, true)).toBe(1);
    expect(moveByChar(word, 1, true)).toBe(3);
    expect(moveByChar('🇷🇺x', 0, true)).toBe(4);
    const emoji = 'a😀b';
    expect(moveByChar(emoji, 1, true)).toBe(3);
    expect(moveByChar(emoji, 3, false)).toBe(1);
    expect(moveByChar(emoji, 0, false)).toBe(0);
    expect(moveByChar(emoji, emoji.length, true)).toBe(emoji.length);
  });
});
