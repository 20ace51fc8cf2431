import type { Plugin } from 'vite';

/** The Vite mode of a build made for the browser tests and the benchmark: `vite build --mode test`. */
export const TEST_MODE = 'test';

/**
 * Sets `__TEST_HOOKS__` (declared in app/test-hooks.d.ts): true in the dev server, in unit
 * tests and in a build made in the test mode, false in the production build. Each test
 * hook's code sits behind the constant, so the minifier drops it from the production
 * bundle (scripts/vite/test-hooks.test.ts checks that it does).
 */
export function testHooksPlugin(): Plugin {
  return {
    name: 'age-test-hooks',
    config(_config, { command, mode }) {
      return { define: { __TEST_HOOKS__: JSON.stringify(command === 'serve' || mode === TEST_MODE) } };
    },
  };
}
