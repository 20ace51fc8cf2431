/**
 * A way to prove, in a build made for tests, that a part of the page failing to draw does
 * not blank the page: `?crash=<part>` in the URL (canvas, filters, side, list or authoring) makes
 * that part throw while it renders, until its "Try again" button is pressed. It is read
 * once at start-up and changes no data; the browser test `e2e/error-boundary.spec.ts` uses
 * it. The production build has none of it (`__TEST_HOOKS__`).
 */
export type CrashPart = 'canvas' | 'filters' | 'side' | 'list' | 'authoring';

let armed: string | null = __TEST_HOOKS__ && typeof location !== 'undefined' ? new URLSearchParams(location.search).get('crash') : null;

/** Throws while the probe is armed for this part. */
export function throwIfCrashForced(part: CrashPart): void {
  if (__TEST_HOOKS__ && armed === part) throw new Error(`Forced render error in “${part}” (?crash=${part})`);
}

/** Pressing "Try again" disarms the probe, so the retry draws normally. */
export function disarmCrash(part: CrashPart): void {
  if (armed === part) armed = null;
}

/** For unit tests: arm the probe as the URL would. */
export function armCrashForTest(part: CrashPart | null): void {
  armed = part;
}
