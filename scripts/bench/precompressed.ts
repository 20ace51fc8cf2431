import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Serving the benchmark's generated graphs as a static host serves a large file: compressed
 * once, ahead of time, and sent with its length (nginx `gzip_static`, a CDN's cache).
 * `vite preview` instead gzips every response again as it streams it, without a length:
 * for a 21 MB graph that is a second or more of the server's CPU on every open, on the
 * same two cores the browser measures with, which no user's host would charge.
 */

/** Writes FILE.gz beside FILE (gzip level 9, as a build step would), unless it is there already. */
export function precompress(file: string): void {
  const gz = `${file}.gz`;
  if (existsSync(gz) && statSync(gz).mtimeMs >= statSync(file).mtimeMs) return;
  writeFileSync(gz, gzipSync(readFileSync(file), { level: 9 }));
}

/**
 * A preview-server plugin: a request under `prefix` that accepts gzip, for a file with a
 * `.gz` beside it in `root`, is answered with that file's bytes as they are, with
 * `Content-Encoding: gzip` and `Content-Length`. Anything else goes on to `vite preview`.
 */
export function precompressedPlugin(root: string, prefix = '/bench-graphs/'): Plugin {
  return {
    name: 'bench-precompressed',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith(prefix) || path.includes('..')) return next();
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        const gz = join(root, `${decodeURIComponent(path)}.gz`);
        if (!existsSync(gz)) return next();
        const bytes = readFileSync(gz);
        res.statusCode = 200;
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', String(bytes.length));
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : bytes);
      });
    },
  };
}
