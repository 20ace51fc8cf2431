import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests and the benchmark drive: CHROMIUM_PATH if set, else a
 * system Chromium, else the one shipped inside the @sparticuz/chromium npm package
 * (installed by `npm install`, so a fresh machine needs nothing else).
 */
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Flags measured to keep headless Chromium quiet on a closed network (see field notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function findChromium(): Promise<{ path: string; from: string }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return { path: fromEnv, from: 'CHROMIUM_PATH' };
  }
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return { path: candidate, from: 'system' };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const path = await chromium.executablePath();
    if (path && existsSync(path)) return { path, from: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      `No Chromium found. Set CHROMIUM_PATH to a Chromium binary, install one (Debian: apt-get install -y chromium), ` +
        `or run npm install so that @sparticuz/chromium can unpack its own (${(error as Error).message}).`,
    );
  }
  throw new Error('No Chromium found. Set CHROMIUM_PATH, install chromium, or run npm install.');
}
