/** A WOFF2 font to embed in an exported file, with the characters it covers. */
export interface EmbeddedFont {
  family: string;
  weight: number;
  /** CSS unicode-range, e.g. "U+0600-06FF,U+FB50-FDFF". */
  unicodeRange: string;
  woff2Base64: string;
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => /^[0-9a-f]+(-[0-9a-f]+)?$/i.test(part))
    .map((part) => {
      const [from = '0', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });
}

function covers(ranges: readonly [number, number][], codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The fonts whose ranges cover a character of `text` other than spaces and bidi controls. */
export function fontsFor(text: string, fonts: readonly EmbeddedFont[]): EmbeddedFont[] {
  const codePoints = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x20 && !(cp >= 0x2066 && cp <= 0x2069)) codePoints.add(cp);
  }
  return fonts.filter((font) => {
    const ranges = parseRanges(font.unicodeRange);
    for (const cp of codePoints) if (covers(ranges, cp)) return true;
    return false;
  });
}

/** `@font-face` rules with the fonts as data URLs. Base64 and ranges are checked, never trusted. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .filter((f) => /^[A-Za-z0-9+/]+={0,2}$/.test(f.woff2Base64) && /^[A-Za-z0-9 ]+$/.test(f.family))
    .map((f) => {
      const range = parseRanges(f.unicodeRange)
        .map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
        .join(',');
      return (
        `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${Math.round(f.weight)};` +
        `src:url(data:font/woff2;base64,${f.woff2Base64}) format("woff2");unicode-range:${range};}`
      );
    })
    .join('\n');
}
