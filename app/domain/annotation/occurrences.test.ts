import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../fold';
import { findOccurrences } from './occurrences';

const one = (text: string, names: string[]) => findOccurrences([{ id: 's', text }], names);
const quotes = (text: string, names: string[]) => one(text, names).map((h) => h.quote);

describe('findOccurrences', () => {
  it('finds a name as a whole word, never inside a longer word', () => {
    expect(quotes('زار بوتين الصين ثم عاد بوتين', ['بوتين'])).toEqual(['بوتين', 'بوتين']);
    expect(quotes('الصينية ليست الصين', ['الصين'])).toEqual(['الصين']);
    expect(quotes('البوتينية', ['بوتين'])).toEqual([]);
  });

  it('leaves attached proclitics outside the span: و ف ب ك ل, ال, and their combinations', () => {
    const text = 'وروسيا فروسيا بروسيا كروسيا لروسيا وبروسيا فلروسيا';
    const hits = one(text, ['روسيا']);
    expect(hits.map((h) => h.quote)).toEqual(Array(7).fill('روسيا'));
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe('روسيا');
    expect(quotes('والصين وبالصين بالصين كالصين', ['الصين'])).toEqual(['الصين', 'الصين', 'الصين', 'الصين']);
    // An article on a name written without one.
    expect(quotes('والرئيس قال', ['رئيس'])).toEqual(['رئيس']);
  });

  it('reads ل + ال as لل and quotes the whole word from the preposition on, leaving a conjunction out', () => {
    const text = 'زيارة بوتين للصين وللصين';
    const hits = one(text, ['الصين']);
    expect(hits.map((h) => h.quote)).toEqual(['للصين', 'للصين']);
    expect(hits[0]?.start).toBe(text.indexOf('للصين'));
    expect(hits[1]?.start).toBe(text.indexOf('وللصين') + 1);
    expect(quotes('فللأمم المتحدة', ['الأمم المتحدة'])).toEqual(['للأمم المتحدة']);
    // A name without the article is not found behind لل.
    expect(quotes('للصين', ['لصين'])).toEqual(['لصين']);
  });

  it('does not strip a letter that belongs to the name', () => {
    expect(quotes('زار بكين وبكين', ['بكين'])).toEqual(['بكين', 'بكين']);
    expect(quotes('فلاديمير', ['فلاديمير'])).toEqual(['فلاديمير']);
  });

  it('matches across the folds: hamza seats, alef maqsura, ta marbuta, tashkeel, tatweel', () => {
    expect(quotes('أوكرانيا وإوكرانيا', ['اوكرانيا'])).toEqual(['أوكرانيا', 'إوكرانيا']);
    expect(quotes('مصطفى', ['مصطفي'])).toEqual(['مصطفى']);
    expect(quotes('قوية', ['قويه'])).toEqual(['قوية']);
    expect(quotes('الرئيسُ الصينيُّ', ['الرئيس الصيني'])).toEqual(['الرئيسُ الصينيُّ']);
    expect(quotes('قويـــة جدًا', ['قوية'])).toEqual(['قويـــة']);
  });

  it('keeps the tashkeel of the last letter inside the span (grapheme-safe)', () => {
    const text = 'وصفَ الرئيسُ العلاقاتِ';
    const [hit] = one(text, ['الرئيس']);
    expect(hit?.quote).toBe('الرئيسُ');
    expect(hit?.end).toBe(text.indexOf('الرئيسُ') + 'الرئيسُ'.length);
  });

  it('finds names of several words across spacing, and prefers the longest of overlapping names', () => {
    const text = 'الرئيس الروسي  فلاديمير بوتين وبوتين';
    const hits = one(text, ['بوتين', 'فلاديمير بوتين', 'الرئيس الروسي فلاديمير بوتين']);
    expect(hits.map((h) => [h.quote, h.name])).toEqual([
      ['الرئيس الروسي  فلاديمير بوتين', 2],
      ['بوتين', 0],
    ]);
  });

  it('finds Latin names whatever their case and accents, and ignores empty names', () => {
    expect(quotes('NATO and nato, Nató', ['Nato', '  '])).toEqual(['NATO', 'nato', 'Nató']);
    expect(one('anything', [''])).toEqual([]);
  });

  it('counts offsets in UTF-16 units after a surrogate pair', () => {
    const text = '🇷🇺 روسيا';
    const [hit] = one(text, ['روسيا']);
    expect(hit?.start).toBe(5);
    expect(text.slice(hit?.start, hit?.end)).toBe('روسيا');
  });

  it('property: every hit is the exact text at its offsets and folds to a name, minus its proclitics (or with ل for لل)', () => {
    const names = ['الصين', 'روسيا', 'فلاديمير بوتين', 'بكين', 'الأمم المتحدة'];
    const word = fc.constantFrom(...names, 'للصين', 'للأمم المتحدة', 'قال', 'إن', 'الصينية', 'يوم', 'الخميس', '🇷🇺', 'NATO', 'مع', 'بالأمس');
    const prefix = fc.constantFrom('', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فل', 'ال', 'وال', 'بال');
    const mark = fc.constantFrom('', '\u064E', '\u0651', '\u0640');
    const piece = fc.tuple(prefix, word, mark).map(([p, w, m]) => p + w + m);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(' ', '  ', '، ', ' «'), (pieces, sep) => {
        const text = pieces.join(sep);
        const hits = findOccurrences([{ id: 's', text }], names);
        let last = -1;
        for (const h of hits) {
          expect(text.slice(h.start, h.end)).toBe(h.quote);
          expect(h.start).toBeGreaterThanOrEqual(last);
          last = h.end;
          const name = fold(names[h.name] ?? '');
          const got = fold(h.quote);
          // ل + ال written لل: the whole word from the preposition, the article's alef dropped.
          const contracted = name.startsWith('ال') && got === 'ل' + name.slice(1);
          expect(got === name || contracted).toBe(true);
          // Whole words: no letter right before the proclitics or right after the span.
          expect(/[\p{L}\p{N}]/u.test(text[h.end] ?? ' ')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
