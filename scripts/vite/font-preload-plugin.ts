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
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const named = (file: string) => html.includes(`/${file}"`);
        return Object.keys(bundle)
          .filter((name) => pattern.test(name))
          .flatMap((file) => {
            // The chunks the canvas imports and its stylesheet too: else the browser learns
            // of them only when the app asks for the canvas, and they arrive after it.
            const chunk = bundle[file];
            const imports = chunk?.type === 'chunk' ? chunk.imports.filter((dep) => !named(dep)) : [];
            const css = chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
            return [
              ...[file, ...imports].map((js) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${js}`, crossorigin: '' }, injectTo: 'head' as const })),
              ...css.map((sheet) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `/${sheet}`, crossorigin: '' }, injectTo: 'head' as const })),
            ];
          });
      },
    },
  };
}

/**
 * The reader's dictionary is chosen and requested by app/start-language.ts, a build entry
 * of its own (vite.config.ts): named here as an `async` module script, it runs as soon as
 * it has arrived (it is a few KB and imports nothing at start), instead of once the app's
 * much larger first script has downloaded and compiled.
 */
export function startLanguagePlugin(pattern = /^assets\/start-language-[\w-]+\.js$/): Plugin {
  return {
    name: 'age-start-language',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((name) => pattern.test(name))
          .map((file) => ({ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
