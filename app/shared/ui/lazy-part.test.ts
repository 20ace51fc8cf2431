import { describe, expect, it } from 'vitest';
import { ChunkLoadError, failedModuleUrl } from './lazy-part';

describe('failedModuleUrl', () => {
  it('reads the module address from Chromium’s failed dynamic import message', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/GraphView-DRtGC0wu.js');
    expect(failedModuleUrl(error)).toBe('http://127.0.0.1:4173/assets/GraphView-DRtGC0wu.js');
  });

  it('drops a query an earlier retry added', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://x.test/assets/a-1.js?retry=1'))).toBe('https://x.test/assets/a-1.js');
  });

  it('reads Firefox’s and Safari’s wording too, and nothing from a message without an address', () => {
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: https://x.test/assets/b.mjs"))).toBe('https://x.test/assets/b.mjs');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });
});

describe('ChunkLoadError', () => {
  it('keeps the browser’s message and the original error', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new ChunkLoadError(cause);
    expect(error.message).toBe('Failed to fetch');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });
});
