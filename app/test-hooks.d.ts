/**
 * True where the test hooks exist: the dev server, unit tests and `npm run build:test`
 * (the build the browser tests and the benchmark drive); false in `npm run build`. The
 * hooks are the live Cytoscape instance as `window.cy`, `?crash=<part>` (a panel throws
 * while it draws, to prove the error boundaries) and `?renderer=webgl` (Cytoscape's WebGL
 * renderer, for the benchmark). Set by scripts/vite/test-hooks.ts.
 */
declare const __TEST_HOOKS__: boolean;
