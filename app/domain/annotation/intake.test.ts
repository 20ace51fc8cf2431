import { describe, expect, it } from 'vitest';
import { findBidiControls, MAX_ARTICLE_BYTES, readArticle } from './intake';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const utf8 = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('readArticle', () => {
  it('reads UTF-8 bytes and pasted text, normalising line endings only', () => {
    const result = readArticle(utf8('\uFEFFعنوان\r\nمقدمة.\rجملة.\n'), 'a.txt');
    expect(result).toEqual({ ok: true, text: 'عنوان\nمقدمة.\nجملة.\n', warnings: [] });
    expect(readArticle('  Title\n\nBody.  ')).toEqual({ ok: true, text: '  Title\n\nBody.  ', warnings: [] });
  });

  it('reads UTF-16 files that start with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'سلام'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(readArticle(le.buffer)).toMatchObject({ ok: true, text: 'سلام' });
  });

  it('refuses an empty or whitespace-only article', () => {
    expect(readArticle('')).toEqual({ ok: false, error: { code: 'empty', params: {} } });
    expect(readArticle(utf8(' \n\t\r\n'), 'blank.txt')).toEqual({ ok: false, error: { code: 'empty', params: { name: 'blank.txt' } } });
    expect(readArticle(new ArrayBuffer(0))).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses binary input: NUL bytes or bytes that are not UTF-8', () => {
    expect(readArticle(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), 'photo.png')).toEqual({
      ok: false,
      error: { code: 'binary', params: { size: 10, name: 'photo.png' } },
    });
    expect(readArticle(bytes(0x41, 0xc3, 0x28, 0x42))).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(readArticle('text with a \u0000 inside')).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses an article over 10 MB, giving its size', () => {
    const big = new ArrayBuffer(MAX_ARTICLE_BYTES + 1);
    expect(readArticle(big, 'big.txt')).toEqual({ ok: false, error: { code: 'too-large', params: { size: MAX_ARTICLE_BYTES + 1, limit: MAX_ARTICLE_BYTES, name: 'big.txt' } } });
    // 3.6 M Arabic letters are 7.2 MB of UTF-8 ... and 4 M of them are 8 MB: both accepted; 5.5 M (11 MB) refused.
    expect(readArticle('ب'.repeat(4_000_000)).ok).toBe(true);
    expect(readArticle('ب'.repeat(5_500_000))).toEqual({ ok: false, error: { code: 'too-large', params: { size: 11_000_000, limit: MAX_ARTICLE_BYTES } } });
    expect(readArticle(utf8('a'.repeat(MAX_ARTICLE_BYTES))).ok).toBe(true);
  });

  it('keeps bidi control characters and warns about them with the first line they are on', () => {
    const text = 'Title\nقال \u202Bبوتين\u202C و\u200Fالصين.';
    const result = readArticle(text);
    expect(result).toEqual({ ok: true, text, warnings: [{ code: 'bidi-controls', params: { count: 3, line: 2 } }] });
    expect(findBidiControls(text).map((c) => c.char)).toEqual(['\u202B', '\u202C', '\u200F']);
    expect(findBidiControls(text)[0]!.index).toBe(text.indexOf('\u202B'));
  });
});
