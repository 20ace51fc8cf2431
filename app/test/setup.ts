// Shared set-up for Vitest; component tests opt into jsdom per file.
import { afterEach } from 'vitest';
import '../shared/i18n/all-dictionaries';

// Vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
