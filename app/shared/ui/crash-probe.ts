/**
 * A way to prove, in the production build, that a part of the page failing to draw does
 * not blank the page: `?crash=<part>` in the URL (canvas, filters, side, list or authoring) makes
 * that part throw while it renders, until its "Try again" button is pressed. It is read
 * once at start-up, changes no data, and anyone can get rid of it by removing it from the
 * URL; the browser test `e2e/error-boundary.spec.ts` uses it.
 */
export type CrashPart = 'canvas' | 'filters' | 'side' | 'list' | 'authoring';

let armed: string | null = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('crash');

/** Throws while the probe is armed for this part. */
export function throwIfCrashForced(part: CrashPart): void {
  if (armed === part) throw new Error(`Forced render error in “${part}” (?crash=${part})`);
}

/** Pressing "Try again" disarms the probe, so the retry draws normally. */
export function disarmCrash(part: CrashPart): void {
  if (armed === part) armed = null;
}

/** For unit tests: arm the probe as the URL would. */
export function armCrashForTest(part: CrashPart | null): void {
  armed = part;
}
