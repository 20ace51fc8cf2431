import type { Plugin } from 'vite';

/**
 * The canvas waits for the Arabic font (Cytoscape measures labels once), and the font
 * files are only referenced from CSS, so the browser would start fetching them after the
 * script has run. In the build, preload them from index.html: they download alongside
 * the script instead of after it.
 */
export function fontPreloadPlugin(pattern = /noto-sans-arabic-(arabic|latin)-(400|700)-normal-[\w-]+\.woff2$/): Plugin {
  return {
    name: 'age-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((name) => pattern.test(name)).sort();
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The default graph file is fetched by the app's script once it runs; preloaded from
 * index.html it downloads alongside the script instead, and the app's fetch finds it in
 * the cache. `as="fetch"` with `crossorigin` matches the app's same-origin `fetch()`.
 */
export function graphPreloadPlugin(pattern = /^assets\/putin-china-visit\.graph-[\w-]+\.json$/): Plugin {
  return {
    name: 'age-graph-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((name) => pattern.test(name))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: `/${file}`, crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * The canvas (Cytoscape) is a chunk of its own, so the first script stays small; the
 * first frame needs it, so index.html names it as a module preload: it downloads and
 * compiles beside the first script instead of after it has run.
 */
export function canvasPreloadPlugin(pattern = /^assets\/GraphView-[\w-]+\.js$/): Plugin {
  return {
    name: 'age-canvas-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((name) => pattern.test(name))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${file}`, crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}
