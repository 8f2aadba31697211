import type { Plan } from './plan-schema';
import { localDay } from './instant';
import { statusOf } from './plan';
import type { Milestone, Stage, StageId } from './types';

export interface Progress {
  readonly done: number;
  readonly learning: number;
  readonly skipped: number;
  /** Milestones that count: all applicable ones except the skipped. */
  readonly total: number;
  /** 0..100 with one decimal. */
  readonly percent: number;
  readonly totalHours: number;
  readonly remainingHours: number;
}

/** Skipped milestones leave the plan: they count neither as done nor toward the total. */
export function progressOf(milestones: readonly Milestone[], plan: Plan): Progress {
  let done = 0;
  let learning = 0;
  let skipped = 0;
  let totalHours = 0;
  let remainingHours = 0;
  for (const m of milestones) {
    const status = statusOf(plan, m.id);
    if (status === 'skipped') {
      skipped++;
      continue;
    }
    totalHours += m.hours;
    if (status === 'done') done++;
    else {
      if (status === 'learning') learning++;
      remainingHours += m.hours;
    }
  }
  const total = milestones.length - skipped;
  const percent = total === 0 ? 0 : Math.round((done / total) * 1000) / 10;
  return { done, learning, skipped, total, percent, totalHours, remainingHours };
}

export function progressByStage(
  stages: readonly Stage[],
  milestones: readonly Milestone[],
  plan: Plan,
): Map<StageId, Progress> {
  return new Map(
    stages.map((stage) => [
      stage.id,
      progressOf(
        milestones.filter((m) => m.stageId === stage.id),
        plan,
      ),
    ]),
  );
}

export type Projection =
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-pace' }
  | { readonly kind: 'date'; readonly date: string; readonly weeks: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Adds days to a YYYY-MM-DD date, in UTC so time zones and daylight saving never shift it. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

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

/**
 * Ready means not yet done or skipped, with every prerequisite on this road done or skipped.
 * A prerequisite that is not on this road (another language's track) does not hold anyone back.
 */
export function isReady(milestone: Milestone, plan: Plan, onRoad: ReadonlySet<string>): boolean {
  const status = statusOf(plan, milestone.id);
  if (status === 'done' || status === 'skipped') return false;
  return milestone.prerequisites.every((id) => {
    if (!onRoad.has(id)) return true;
    const s = statusOf(plan, id);
    return s === 'done' || s === 'skipped';
  });
}

/** What to do next: milestones in progress first, then those ready, in roadmap order. */
export function nextMilestones(milestones: readonly Milestone[], plan: Plan, limit: number): Milestone[] {
  const onRoad = new Set(milestones.map((m) => m.id));
  const ready = milestones.filter((m) => isReady(m, plan, onRoad));
  const learning = ready.filter((m) => statusOf(plan, m.id) === 'learning');
  const rest = ready.filter((m) => statusOf(plan, m.id) !== 'learning');
  return [...learning, ...rest].slice(0, limit);
}

function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** Weeks in a row, up to this one, in which the learner finished at least one milestone. */
export function weeklyStreak(milestones: readonly Milestone[], plan: Plan, today: string): number {
  const weeks = new Set(
    milestones
      .map((m) => plan.milestones[m.id])
      .filter((r) => r?.status === 'done' && r.completedAt)
      .map((r) => mondayOf(localDay(r?.completedAt ?? ''))),
  );
  let streak = 0;
  let week = mondayOf(today);
  // This week may still be empty without breaking the streak.
  if (!weeks.has(week)) week = addDays(week, -7);
  while (weeks.has(week)) {
    streak++;
    week = addDays(week, -7);
  }
  return streak;
}
