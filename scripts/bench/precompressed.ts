import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Serving the benchmark's generated graphs as a static host serves a large file: compressed
 * once, ahead of time, and sent with its length (nginx `gzip_static`, a CDN's cache).
 * `vite preview` instead gzips every response again as it streams it, without a length:
 * for a 21 MB graph that is a second or more of the server's CPU on every open, on the
 * same two cores the browser measures with, which no user's host would charge. The same
 * holds, smaller, for the scripts and styles: the app's 0.8 MB of JavaScript (and the
 * baseline pages' own bundles) were compressed again for every page the benchmark
 * opened, while the page being measured was starting; a static host sends them as
 * they were compressed once.
 */

/** Writes FILE.gz beside FILE (gzip level 9, as a build step would), unless it is there already. */
export function precompress(file: string): void {
  const gz = `${file}.gz`;
  if (existsSync(gz) && statSync(gz).mtimeMs >= statSync(file).mtimeMs) return;
  writeFileSync(gz, gzipSync(readFileSync(file), { level: 9 }));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The text files (scripts, styles, JSON, SVG) under each of `dirs` and their folders, compressed once: URL path → gzip bytes. */
export function compressedAssets(root: string, dirs: readonly string[] = ['assets', 'bench-pages/assets']): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (TYPES[extname(entry.name)]) out.set(`/${rel}`, gzipSync(readFileSync(join(root, rel)), { level: 9 }));
    }
  };
  dirs.forEach(walk);
  return out;
}

/**
 * A preview-server plugin that answers as a static host does: a request that accepts
 * gzip, under `prefix` for a file with a `.gz` beside it in `root`, or for a script,
 * style or other text file of the build (compressed once when the server starts), gets
 * those bytes as they are, with `Content-Encoding: gzip` and `Content-Length`. Anything
 * else goes on to `vite preview`.
 */
export function precompressedPlugin(root: string, prefix = '/bench-graphs/'): Plugin {
  return {
    name: 'bench-precompressed',
    configurePreviewServer(server) {
      const assets = compressedAssets(root);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
        if ((req.method !== 'GET' && req.method !== 'HEAD') || path.includes('..')) return next();
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        const gz = path.startsWith(prefix) ? join(root, `${decodeURIComponent(path)}.gz`) : null;
        const bytes = gz ? (existsSync(gz) ? readFileSync(gz) : null) : (assets.get(path) ?? null);
        if (!bytes) return next();
        res.statusCode = 200;
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', String(bytes.length));
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : bytes);
      });
    },
  };
}
