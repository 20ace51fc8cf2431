import { describe, expect, it } from 'vitest';
import { escapeXml, num, stripIsolates, textDirection } from './escape';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<img src=x onerror=alert(1)> & "it's"`)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;it&#39;s&quot;');
  });

  it('drops characters XML 1.0 forbids and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0001c\u001Fd\tz\n')).toBe('abcd\tz\n');
    expect(escapeXml('lone \uD800 surrogate, \uFFFE, and 😀 emoji')).toBe('lone  surrogate, , and 😀 emoji');
    expect(escapeXml('بوتين')).toBe('بوتين');
  });
});

describe('text helpers', () => {
  it('strips bidi isolates and finds the base direction', () => {
    expect(stripIsolates('\u2067بوتين\u2069')).toBe('بوتين');
    expect(textDirection('بوتين Putin')).toBe('rtl');
    expect(textDirection('8000 شخص')).toBe('rtl');
    expect(textDirection('S-400 صواريخ')).toBe('ltr');
  });

  it('rounds numbers for output', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
  });
});
