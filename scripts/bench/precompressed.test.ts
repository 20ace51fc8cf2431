import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress, precompressedPlugin } from './precompressed.ts';

type Middleware = (req: { url?: string; method?: string; headers: Record<string, string> }, res: FakeResponse, next: () => void) => void;

class FakeResponse {
  statusCode = 0;
  headers: Record<string, string> = {};
  body: Buffer | undefined;
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  end(body?: Buffer) {
    this.body = body;
  }
}

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function middlewareFor(dir: string): Middleware {
  let registered: Middleware | null = null;
  const plugin = precompressedPlugin(dir);
  const hook = plugin.configurePreviewServer as unknown as (server: { middlewares: { use: (m: Middleware) => void } }) => void;
  hook({ middlewares: { use: (m) => (registered = m) } });
  return registered!;
}

function ask(middleware: Middleware, url: string, acceptEncoding = 'gzip, deflate') {
  const res = new FakeResponse();
  let passed = false;
  middleware({ url, method: 'GET', headers: { 'accept-encoding': acceptEncoding } }, res, () => (passed = true));
  return { res, passed };
}

describe('precompressed graphs for the benchmark', () => {
  it('sends a graph’s gzip as it is, with its length, when the browser accepts gzip', () => {
    root = mkdtempSync(join(os.tmpdir(), 'precompressed-'));
    mkdirSync(join(root, 'bench-graphs'));
    const text = JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}` })) });
    writeFileSync(join(root, 'bench-graphs', 'g.json'), text);
    precompress(join(root, 'bench-graphs', 'g.json'));
    const { res, passed } = ask(middlewareFor(root), '/bench-graphs/g.json?x=1');
    expect(passed).toBe(false);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json');
    expect(Number(res.headers['content-length'])).toBe(res.body!.length);
    expect(gunzipSync(res.body!).toString('utf8')).toBe(text);
  });

  it('leaves to vite preview a request without gzip, outside the folder, or for a file with no gzip beside it', () => {
    root = mkdtempSync(join(os.tmpdir(), 'precompressed-'));
    mkdirSync(join(root, 'bench-graphs'));
    writeFileSync(join(root, 'bench-graphs', 'g.json'), '{}');
    writeFileSync(join(root, 'bench-graphs', 'plain.json'), '{}');
    precompress(join(root, 'bench-graphs', 'g.json'));
    const middleware = middlewareFor(root);
    expect(ask(middleware, '/bench-graphs/g.json', 'identity').passed).toBe(true);
    expect(ask(middleware, '/assets/g.json').passed).toBe(true);
    expect(ask(middleware, '/bench-graphs/plain.json').passed).toBe(true);
    expect(ask(middleware, '/bench-graphs/../bench-graphs/g.json').passed).toBe(true);
  });

  it('sends the build’s scripts and styles compressed once, as a static host does, and leaves fonts and the rest to vite preview', () => {
    root = mkdtempSync(join(os.tmpdir(), 'precompressed-'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'bench-pages', 'assets'), { recursive: true });
    const script = `export const x = ${JSON.stringify('a'.repeat(5000))};`;
    writeFileSync(join(root, 'assets', 'index-abc.js'), script);
    writeFileSync(join(root, 'assets', 'index-abc.css'), 'body { margin: 0 }');
    writeFileSync(join(root, 'assets', 'font.woff2'), 'not text');
    writeFileSync(join(root, 'bench-pages', 'assets', 'cytoscape-page.js'), 'console.log(1)');
    const middleware = middlewareFor(root);
    const js = ask(middleware, '/assets/index-abc.js');
    expect(js.passed).toBe(false);
    expect(js.res.headers['content-type']).toBe('text/javascript');
    expect(js.res.headers['content-encoding']).toBe('gzip');
    expect(Number(js.res.headers['content-length'])).toBe(js.res.body!.length);
    expect(gunzipSync(js.res.body!).toString('utf8')).toBe(script);
    expect(ask(middleware, '/assets/index-abc.css').res.headers['content-type']).toBe('text/css');
    expect(gunzipSync(ask(middleware, '/bench-pages/assets/cytoscape-page.js').res.body!).toString('utf8')).toBe('console.log(1)');
    expect(ask(middleware, '/assets/font.woff2').passed).toBe(true);
    expect(ask(middleware, '/assets/index-abc.js', 'identity').passed).toBe(true);
    expect(ask(middleware, '/index.html').passed).toBe(true);
  });
});
