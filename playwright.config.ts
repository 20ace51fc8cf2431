import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.ts';
import { freePort } from './scripts/free-port.ts';

/** Where `npm run build:test` writes (package.json). */
const TEST_BUILD_DIR = 'dist-test';

const chromium = await findChromium();
// Chosen once in the runner; workers inherit the variable, so all agree on the port.
process.env.E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry, so a timing miss on a loaded shared machine is reported as flaky (the list
  // names it, and the summary counts it) rather than failing the whole run.
  retries: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'off',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    acceptDownloads: true,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS } } }],
  // The build made for tests (the production build plus the test hooks: window.cy, ?crash=,
  // ?renderer=), made afresh from the sources each run and served by `vite preview`, so every
  // browser test also runs under the strict CSP.
  webServer: {
    command: `npm run build:test -- --logLevel warn && npx vite preview --outDir ${TEST_BUILD_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
