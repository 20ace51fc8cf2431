import arabicUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latinUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import type { EmbeddedFont } from './writers/fonts';

/**
 * The label font, fetched from the app's own assets (the same files the page uses, so
 * usually from the cache) for embedding in SVG and HTML exports. The subsets go in
 * whole: subsetting in the browser needs WebAssembly (hb-subset), which the app's
 * Content-Security-Policy does not allow.
 */

const FAMILY = 'Noto Sans Arabic';
// Ranges of the two @fontsource subsets (unicode.json of @fontsource/noto-sans-arabic).
const ARABIC_RANGE = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN_RANGE = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

let pending: Promise<EmbeddedFont[]> | null = null;

export function loadEmbeddedFonts(): Promise<EmbeddedFont[]> {
  pending ??= Promise.all([fetchBase64(arabicUrl), fetchBase64(latinUrl)]).then(
    ([arabic, latin]) => [
      { family: FAMILY, weight: 400, unicodeRange: ARABIC_RANGE, woff2Base64: arabic },
      { family: FAMILY, weight: 400, unicodeRange: LATIN_RANGE, woff2Base64: latin },
    ],
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return bytesToBase64(new Uint8Array(await response.arrayBuffer()));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Label widths as the canvas draws them, for wrapping SVG labels the same way. */
export function canvasMeasure(): (text: string, fontSize: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, fontSize) => {
    if (!context) return text.length * fontSize * 0.55;
    context.font = `${fontSize}px "${FAMILY}", sans-serif`;
    return context.measureText(text).width;
  };
}
