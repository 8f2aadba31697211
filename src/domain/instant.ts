/**
 * Instants (a moment in time) as the plan stores them: one canonical text form, UTC with
 * milliseconds (`2026-11-26T09:30:00.000Z`), read by hand rather than by `Date.parse`, and
 * compared as numbers, never as text: `+010000-…` or `-000001-…` sort below `2026` as text.
 */

/** The earliest instant a plan may hold: Backend Path did not exist before. */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
/** The last instant with a four-digit year, the only years the canonical form can spell. */
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ISO_DATE_TIME =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Any ISO 8601 date-time with a `Z` or an offset (as other tools write them), as milliseconds
 * since 1970; NaN for text that names no real moment (2026-02-31, 25:00, no zone).
 */
export function parseInstant(text: string): number {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction, zone, sign, offsetH, offsetM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (y === '-000000' || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let offset = 0;
  if (zone?.toUpperCase() !== 'Z') {
    const oh = Number(offsetH);
    const om = Number(offsetM);
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const millis = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offset;
}

/** True for the one form the plan stores, and only for moments that exist. */
export function isCanonicalInstant(text: string): boolean {
  if (!CANONICAL.test(text)) return false;
  const ms = parseInstant(text);
  return Number.isFinite(ms) && formatInstant(ms) === text;
}

/** The canonical form of an instant between 2000 and 9999 (callers clamp first). */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Within the calendar the plan can spell: not before 2000, not after `latest`. */
export function isInRange(ms: number, latest = LATEST_INSTANT): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_INSTANT && ms <= latest;
}

/**
 * The learner's calendar day of a moment (YYYY-MM-DD in this device's time zone): a milestone
 * done on Sunday evening in New York belongs to Sunday, not to Monday in UTC.
 */
export function localDay(dateTime: string): string {
  const date = new Date(dateTime);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
