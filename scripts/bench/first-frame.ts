import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a reader's browser downloads before the first frame can be drawn: the scripts
 * index.html names (the first script and its module preloads, the canvas among them)
 * and the reader's dictionary, which main.tsx loads before rendering. Gzipped with zlib
 * at level 9, per language.
 */

export interface FirstFrameBytes {
  /** The scripts index.html references, by path. */
  files: string[];
  raw: number;
  gzip: number;
  /** The initial scripts plus each language's dictionary chunk. */
  byLang: Record<'en' | 'ar', { raw: number; gzip: number; dictionary: string | null }>;
}

/** What the first frame may cost, gzipped (issue goal). */
export const FIRST_FRAME_GOAL_KB = 200;

function size(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function firstFrameBytes(dist: string): FirstFrameBytes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const s = size(join(dist, file.replace(/^\//, '')));
    raw += s.raw;
    gzip += s.gzip;
  }
  const assets = readdirSync(join(dist, 'assets'));
  const byLang = {} as FirstFrameBytes['byLang'];
  for (const lang of ['en', 'ar'] as const) {
    const dictionary = assets.find((f) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(f)) ?? null;
    const d = dictionary && !files.includes(`/assets/${dictionary}`) ? size(join(dist, 'assets', dictionary)) : { raw: 0, gzip: 0 };
    byLang[lang] = { raw: raw + d.raw, gzip: gzip + d.gzip, dictionary };
  }
  return { files, raw, gzip, byLang };
}

/** The report's row: both languages against the goal. */
export function firstFrameRow(bytes: FirstFrameBytes): [string, string] {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const worst = Math.max(bytes.byLang.en.gzip, bytes.byLang.ar.gzip) / 1024;
  return [
    'before the first frame (initial JS + the reader\u2019s dictionary), gzip',
    `en ${kb(bytes.byLang.en.gzip)} KB, ar ${kb(bytes.byLang.ar.gzip)} KB (goal ${FIRST_FRAME_GOAL_KB} KB: ${worst <= FIRST_FRAME_GOAL_KB ? 'met' : `${(worst - FIRST_FRAME_GOAL_KB).toFixed(1)} KB over`})`,
  ];
}
