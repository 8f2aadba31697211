import type { Plan } from './plan-schema';
import { addDays, mondayOf } from './calendar';
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
