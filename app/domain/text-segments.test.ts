import { describe, expect, it } from 'vitest';
import { segmentSentence, segmentText } from './text-segments';

const TEXT = 'زار الرئيس الروسي فلاديمير بوتين الصين';

describe('segmentSentence', () => {
  it('cuts at every mark and selection edge; the runs join back to the text', () => {
    const mention = { start: 18, end: 32, kind: 'mention' as const, title: 'Putin' };
    const evidence = { start: 0, end: 38, kind: 'evidence' as const, title: 'putin-visits-china' };
    const segments = segmentSentence(TEXT, [mention, evidence], { start: 27, end: 38 });
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 18],
      [18, 27],
      [27, 32],
      [32, 38],
    ]);
    expect(segments.map((s) => [s.mention, s.evidence, s.selected])).toEqual([
      [false, true, false],
      [true, true, false],
      [true, true, true],
      [false, true, true],
    ]);
    expect(segments[1]?.titles).toEqual(['Putin', 'putin-visits-china']);
  });

  it('a collapsed selection only cuts (the caret position), selecting nothing', () => {
    const segments = segmentSentence(TEXT, [], { start: 4, end: 4 });
    expect(segments.map((s) => s.text)).toEqual(['زار ', TEXT.slice(4)]);
    expect(segments.some((s) => s.selected)).toBe(false);
  });
});

describe('segmentText', () => {
  it('splits text into plain and highlighted runs; overlapping and touching ranges make one highlight', () => {
    expect(segmentText('abcdefghij', [{ start: 2, end: 4 }])).toEqual([
      { text: 'ab', mark: false },
      { text: 'cd', mark: true },
      { text: 'efghij', mark: false },
    ]);
    expect(segmentText('abcdefghij', [{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 7, end: 7 }])).toEqual([
      { text: 'abcdefghi', mark: true },
      { text: 'j', mark: false },
    ]);
  });

  it('clips ranges to the text and gives nothing for no text', () => {
    expect(segmentText('abc', [{ start: 1, end: 99 }])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
    ]);
    expect(segmentText('', [{ start: 0, end: 2 }])).toEqual([]);
  });
});
