/**
 * Dates as the timeline reads them: an ISO 8601 calendar date or interval of two, turned
 * into a range of whole UTC days (start and end inclusive, in milliseconds).
 */

export interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-31 over into March: a date that does not round-trip is not a date.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

/** `2024-05-16` or `2024-05-16/2024-05-17` as a day range; null when it is not a real date or runs backwards. */
export function parseIsoRange(value: string): DayRange | null {
  const [first, second, extra] = value.split('/');
  if (first === undefined || extra !== undefined) return null;
  const start = parseDay(first);
  if (start === null) return null;
  if (second === undefined) return { start, end: start };
  const end = parseDay(second);
  if (end === null || end < start) return null;
  return { start, end };
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function toIsoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** `2024-05-16/2024-05-17` from a range (a single day when start and end agree). */
export function formatIsoRange(range: DayRange): string {
  const start = toIsoDay(range.start);
  const end = toIsoDay(range.end);
  return start === end ? start : `${start}/${end}`;
}

export { DAY_MS };
