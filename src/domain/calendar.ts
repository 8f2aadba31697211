/**
 * The learner's calendar: day arithmetic on YYYY-MM-DD dates (in UTC, so time zones and daylight
 * saving never shift them), when the learner finishes at their pace and whether that meets their
 * target date. Apart from progress.ts so that a first visit (Home promises a date before any
 * roadmap loads) needs only this small module.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The Monday that starts the week of this date. */
export function mondayOf(date: string): string {
  return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
}

export type Projection =
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-pace' }
  | { readonly kind: 'date'; readonly date: string; readonly weeks: number };

/** When the remaining hours are done at this many hours a week, counted from today. */
export function projectFinish(remainingHours: number, hoursPerWeek: number, today: string): Projection {
  if (remainingHours <= 0) return { kind: 'finished' };
  if (!(hoursPerWeek > 0)) return { kind: 'no-pace' };
  const weeks = remainingHours / hoursPerWeek;
  return { kind: 'date', date: addDays(today, Math.ceil(weeks * 7)), weeks: Math.ceil(weeks) };
}

export type TargetCheck =
  | { readonly kind: 'no-target' }
  | { readonly kind: 'on-track'; readonly spareDays: number }
  | { readonly kind: 'behind'; readonly lateDays: number; readonly hoursPerWeekNeeded: number | null };

/** Whether the projected finish meets the learner's target date, and what pace would. */
export function checkTarget(
  projection: Projection,
  targetDate: string | null,
  remainingHours: number,
  today: string,
): TargetCheck {
  if (!targetDate) return { kind: 'no-target' };
  if (projection.kind === 'finished') return { kind: 'on-track', spareDays: daysBetween(today, targetDate) };
  const daysLeft = daysBetween(today, targetDate);
  const hoursPerWeekNeeded = daysLeft > 0 ? Math.ceil((remainingHours / daysLeft) * 7 * 2) / 2 : null;
  if (projection.kind === 'no-pace') return { kind: 'behind', lateDays: Infinity, hoursPerWeekNeeded };
  const lateDays = daysBetween(targetDate, projection.date);
  return lateDays <= 0
    ? { kind: 'on-track', spareDays: Math.max(0, -lateDays) }
    : { kind: 'behind', lateDays, hoursPerWeekNeeded };
}
