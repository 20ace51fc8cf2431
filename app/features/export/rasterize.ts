/** Browsers refuse canvases much larger than this on a side; the scale is capped to stay under it. */
const MAX_SIDE = 8192;
const FONT_SETTLE_MS = 400;

/** The largest scale at or under `wanted` at which an image of this size can be drawn. */
export function cappedScale(width: number, height: number, wanted: number): number {
  const side = Math.max(width, height, 1);
  return Math.max(0.1, Math.min(wanted, MAX_SIDE / side));
}

/**
 * An SVG document drawn to a PNG at `scale`. The SVG carries its fonts (data URLs), so the
 * Arabic is shaped the same as in the SVG file; the image element loads it as a static
 * picture (no scripts, no outside requests).
 */
export async function svgToPng(svg: string, scale: number): Promise<{ blob: Blob; width: number; height: number }> {
  const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const width = Number(size?.[1] ?? 0);
  const height = Number(size?.[2] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error('the SVG has no size');
  const s = cappedScale(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // The picture's fonts (data URLs inside the SVG) load after it decodes, and text in a
    // font still loading is drawn invisible: give them the moment they need.
    await new Promise((resolve) => setTimeout(resolve, FONT_SETTLE_MS));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image could not be encoded');
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
