import { describe, expect, it } from 'vitest';
import { fontFaceCss, fontsFor, type EmbeddedFont } from './fonts';

const arabic: EmbeddedFont = { family: 'Noto Sans Arabic', weight: 400, unicodeRange: 'U+0600-06FF,U+FB50-FDFF', woff2Base64: 'AAAA' };
const latin: EmbeddedFont = { family: 'Noto Sans Arabic', weight: 400, unicodeRange: 'U+0000-00FF,U+2000-206F', woff2Base64: 'BBBB' };

describe('embedded fonts', () => {
  it('picks the subsets the text uses, ignoring spaces and bidi isolates', () => {
    expect(fontsFor('\u2067بوتين\u2069', [arabic, latin])).toEqual([arabic]);
    expect(fontsFor('Putin', [arabic, latin])).toEqual([latin]);
    expect(fontsFor('ما يقرب من 8000', [arabic, latin])).toEqual([arabic, latin]);
  });

  it('writes @font-face rules and refuses anything that is not base64', () => {
    expect(fontFaceCss([arabic])).toBe(
      '@font-face{font-family:"Noto Sans Arabic";font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format("woff2");unicode-range:U+600-6ff,U+fb50-fdff;}',
    );
    expect(fontFaceCss([{ ...arabic, woff2Base64: 'AAAA);}</style><script>' }])).toBe('');
    expect(fontFaceCss([{ ...arabic, family: 'x";}' }])).toBe('');
  });
});
