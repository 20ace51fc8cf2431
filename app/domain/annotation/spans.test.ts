import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASHKEEL_SENTENCE } from './fixtures';
import { countOccurrences, locateSpan, spanFromOffsets, splitsCluster, splitsSurrogate } from './spans';

describe('locateSpan', () => {
  const text = 'قال بوتين إن روسيا والصين شريكتان، وإن روسيا تدعم الصين.';

  it('finds the first occurrence by default, end exclusive, in UTF-16 indices', () => {
    const at = locateSpan(text, { quote: 'روسيا' });
    expect(at).toEqual({ start: 13, end: 18 });
    expect(text.slice(at!.start, at!.end)).toBe('روسيا');
  });

  it('finds the n-th occurrence (1-based) and null past the last one', () => {
    const second = locateSpan(text, { quote: 'روسيا', occurrence: 2 });
    expect(second).not.toBeNull();
    expect(second!.start).toBe(text.lastIndexOf('روسيا'));
    expect(locateSpan(text, { quote: 'روسيا', occurrence: 3 })).toBeNull();
  });

  it('refuses malformed references', () => {
    expect(locateSpan(text, { quote: '' })).toBeNull();
    expect(locateSpan(text, { quote: 'روسيا', occurrence: 0 })).toBeNull();
    expect(locateSpan(text, { quote: 'روسيا', occurrence: 1.5 })).toBeNull();
    expect(locateSpan(text, { quote: 'موسكو' })).toBeNull();
  });

  it('counts combining marks (tashkeel) and tatweel as the code units they are', () => {
    const quote = 'الرئيسُ الصينيُّ';
    const at = locateSpan(TASHKEEL_SENTENCE, { quote })!;
    expect(at.end - at.start).toBe(quote.length);
    expect(quote.length).toBe(16); // 13 letters and space + damma + shadda + damma
    expect(TASHKEEL_SENTENCE.slice(at.start, at.end)).toBe(quote);
    // Without its marks the word is a different string: no silent folding.
    expect(locateSpan(TASHKEEL_SENTENCE, { quote: 'الرئيس الصيني' })).toBeNull();
    const tatweel = locateSpan(TASHKEEL_SENTENCE, { quote: 'قويـــة' })!;
    expect(TASHKEEL_SENTENCE.slice(tatweel.start, tatweel.end)).toBe('قويـــة');
    expect(locateSpan(TASHKEEL_SENTENCE, { quote: 'قوية' })).toBeNull();
  });

  it('finds Latin text and an emoji inside Arabic text at their logical (not visual) offsets', () => {
    const nato = locateSpan(TASHKEEL_SENTENCE, { quote: 'NATO' })!;
    expect(TASHKEEL_SENTENCE.slice(nato.start, nato.end)).toBe('NATO');
    const flag = locateSpan(TASHKEEL_SENTENCE, { quote: '🇷🇺' })!;
    expect(flag.end - flag.start).toBe(4); // two regional indicators, each a surrogate pair
    expect(flag.start).toBe(nato.end + 1);
  });

  it('counts overlapping occurrences', () => {
    expect(locateSpan('ااا', { quote: 'اا', occurrence: 2 })).toEqual({ start: 1, end: 3 });
    expect(countOccurrences('ااا', 'اا')).toBe(2);
  });
});

describe('spanFromOffsets', () => {
  const text = 'قال بوتين إن روسيا والصين شريكتان، وإن روسيا تدعم الصين.';

  it('takes the selection as given and counts its occurrence', () => {
    const second = text.lastIndexOf('روسيا');
    expect(spanFromOffsets(text, second, second + 5, 's2')).toEqual({ ok: true, span: { sentence: 's2', quote: 'روسيا', occurrence: 2 } });
    expect(spanFromOffsets(text, 13, 18, 's2')).toEqual({ ok: true, span: { sentence: 's2', quote: 'روسيا' } });
  });

  it('keeps surrounding spaces and partial words exactly as selected', () => {
    const result = spanFromOffsets(text, 3, 11);
    expect(result).toEqual({ ok: true, span: { sentence: '', quote: ' بوتين إ' } });
  });

  it('refuses a selection that separates a letter from its mark, and keeps one that takes both', () => {
    const start = TASHKEEL_SENTENCE.indexOf('الرئيس');
    expect(spanFromOffsets(TASHKEEL_SENTENCE, start, start + 6)).toEqual({ ok: false, error: { code: 'splits-character', params: { start, end: start + 6 } } });
    const result = spanFromOffsets(TASHKEEL_SENTENCE, start, start + 7);
    expect(result.ok && result.span.quote).toBe('الرئيسُ');
    expect(result.ok && locateSpan(TASHKEEL_SENTENCE, result.span)).toEqual({ start, end: start + 7 });
    // «أكّد»: the shadda belongs to the kaf, so «أك» alone is half a character.
    expect(spanFromOffsets('أكّد', 0, 2)).toMatchObject({ ok: false, error: { code: 'splits-character' } });
    expect(spanFromOffsets('أكّد', 0, 3)).toMatchObject({ ok: true, span: { quote: 'أكّ' } });
    // Two marks on one letter (shadda and fatha) stay with it as well.
    expect(splitsCluster('بَّ', 2)).toBe(true);
  });

  it('refuses empty, whitespace-only and out-of-range selections', () => {
    expect(spanFromOffsets(text, 5, 5)).toEqual({ ok: false, error: { code: 'empty-span' } });
    expect(spanFromOffsets(text, 9, 10)).toEqual({ ok: false, error: { code: 'empty-span' } });
    expect(spanFromOffsets(text, 6, 2)).toEqual({ ok: false, error: { code: 'empty-span' } });
    expect(spanFromOffsets(text, 0, text.length + 1)).toMatchObject({ ok: false, error: { code: 'span-out-of-range' } });
    expect(spanFromOffsets(text, -1, 3)).toMatchObject({ ok: false, error: { code: 'span-out-of-range' } });
  });

  it('refuses a selection that cuts a surrogate pair in half', () => {
    const flag = TASHKEEL_SENTENCE.indexOf('🇷🇺');
    expect(splitsSurrogate(TASHKEEL_SENTENCE, flag + 1)).toBe(true);
    expect(splitsSurrogate(TASHKEEL_SENTENCE, flag + 2)).toBe(false);
    expect(spanFromOffsets(TASHKEEL_SENTENCE, flag, flag + 1)).toMatchObject({ ok: false, error: { code: 'splits-character' } });
    expect(spanFromOffsets(TASHKEEL_SENTENCE, flag + 1, flag + 4)).toMatchObject({ ok: false, error: { code: 'splits-character' } });
    // A flag is two regional indicators that read as one character.
    expect(spanFromOffsets(TASHKEEL_SENTENCE, flag, flag + 2)).toMatchObject({ ok: false, error: { code: 'splits-character' } });
    expect(spanFromOffsets(TASHKEEL_SENTENCE, flag, flag + 4)).toMatchObject({ ok: true, span: { quote: '🇷🇺' } });
  });

  it('refuses a selection of only bidi controls and spaces (nothing visible)', () => {
    const text = 'قال \u200F \u2067بوتين\u2069';
    expect(spanFromOffsets(text, 3, 6)).toEqual({ ok: false, error: { code: 'empty-span' } });
  });

  it('keeps bidi control characters inside a quote', () => {
    const withMarks = 'قال \u202Bبوتين\u202C اليوم';
    const start = withMarks.indexOf('\u202B');
    const result = spanFromOffsets(withMarks, start, start + 7);
    expect(result.ok && result.span.quote).toBe('\u202Bبوتين\u202C');
  });

  it('round-trips with locateSpan for every non-blank selection (property)', () => {
    const alphabet = fc.constantFrom('ب', 'و', 'ت', 'ي', 'ن', ' ', 'ـ', '\u064E', '\u0651', 'a', 'A', '1', '.', '\u200F', '😀');
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % (text.length + 1);
          const end = b % (text.length + 1);
          const result = spanFromOffsets(text, start, end, 's');
          if (!result.ok) {
            const blank = end <= start || text.slice(start, end).replace(/\u200F/g, '').trim() === '';
            expect(blank || splitsCluster(text, start) || splitsCluster(text, end)).toBe(true);
            return;
          }
          expect(locateSpan(text, result.span)).toEqual({ start, end });
        },
      ),
      { numRuns: 500 },
    );
  });
});
