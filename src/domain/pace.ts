import { addDays, daysBetween, mondayOf } from './calendar';
import { localDay } from './instant';
import type { Plan } from './plan-schema';
import { isReady, progressOf } from './progress';
import { statusOf } from './plan';
import type { Milestone, Stage, StageId } from './types';

/**
 * Where the learner is and how fast they go: the current stage, hours done over time against
 * the planned pace, the days they finished something, and the pace of the last weeks.
 */

/** The first stage, in road order, with something left to do; null when all is done. */
export function currentStage(stages: readonly Stage[], road: readonly Milestone[], plan: Plan): StageId | null {
  for (const stage of stages) {
    const open = road.some((m) => m.stageId === stage.id && !['done', 'skipped'].includes(statusOf(plan, m.id)));
    if (open) return stage.id;
  }
  return null;
}

export interface NowList {
  /** Milestones being learned now, in road order. */
  readonly learning: readonly Milestone[];
  /** Ready to start (every prerequisite done or skipped), core first, then recommended, optional. */
  readonly ready: readonly Milestone[];
}

const TIER_ORDER = { core: 0, recommended: 1, optional: 2 } as const;

/** What to do now: what is being learned, then up to `limit` ready milestones, core first. */
export function nowList(road: readonly Milestone[], plan: Plan, limit: number): NowList {
  const onRoad = new Set(road.map((m) => m.id));
  const learning = road.filter((m) => statusOf(plan, m.id) === 'learning');
  const ready = road
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => statusOf(plan, m.id) === 'todo' && isReady(m, plan, onRoad))
    .sort((a, b) => TIER_ORDER[a.m.tier] - TIER_ORDER[b.m.tier] || a.index - b.index)
    .slice(0, limit)
    .map(({ m }) => m);
  return { learning, ready };
}

/** The days milestones were done on, with their hours, oldest first. */
function completions(road: readonly Milestone[], plan: Plan): { day: string; hours: number }[] {
  return road
    .flatMap((m) => {
      const record = plan.milestones[m.id];
      return record?.status === 'done' && record.completedAt
        ? [{ day: localDay(record.completedAt), hours: m.hours }]
        : [];
    })
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export interface HoursPoint {
  /** Monday of the week, YYYY-MM-DD. */
  readonly week: string;
  /** Hours of milestones done by the end of that week. */
  readonly hours: number;
  /** Hours the planned pace would have reached by then, from the start date. */
  readonly planned: number;
}

const MAX_WEEKS = 520;

/** Hours done week by week, from the start date (or the first completion) to this week, next to the plan. */
export function hoursOverTime(road: readonly Milestone[], plan: Plan, today: string): HoursPoint[] {
  const done = completions(road, plan);
  const total = progressOf(road, plan).totalHours;
  const { startDate, hoursPerWeek } = plan.settings;
  const earliest = mondayOf(addDays(today, -7 * (MAX_WEEKS - 1)));
  let start = mondayOf([done[0]?.day ?? today, startDate, today].sort()[0] ?? today);
  if (start < earliest) start = earliest;
  const points: HoursPoint[] = [];
  let index = 0;
  let hours = 0;
  for (let week = start; week <= today; week = addDays(week, 7)) {
    const end = addDays(week, 7);
    while (index < done.length && (done[index]?.day ?? '') < end) hours += done[index++]?.hours ?? 0;
    const weeksFromStart = Math.max(0, daysBetween(startDate, end) / 7);
    points.push({ week, hours, planned: Math.min(total, Math.round(weeksFromStart * hoursPerWeek * 10) / 10) });
  }
  return points;
}

export interface ActivityDay {
  readonly day: string;
  /** Milestones done that day. */
  readonly done: number;
}

/** The last `weeks` weeks, Monday to Sunday, each day with the milestones done on it. */
export function activity(road: readonly Milestone[], plan: Plan, today: string, weeks = 26): ActivityDay[][] {
  const counts = new Map<string, number>();
  for (const { day } of completions(road, plan)) counts.set(day, (counts.get(day) ?? 0) + 1);
  const first = addDays(mondayOf(today), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = addDays(first, w * 7 + d);
      return { day, done: day > today ? 0 : (counts.get(day) ?? 0) };
    }),
  );
}

/** Hours a week over the last `weeks` weeks: the hours of the milestones finished in them. */
export function recentPace(road: readonly Milestone[], plan: Plan, today: string, weeks = 6): number {
  const since = addDays(today, -7 * weeks);
  const hours = completions(road, plan)
    .filter(({ day }) => day > since && day <= today)
    .reduce((sum, { hours: h }) => sum + h, 0);
  return Math.round((hours / weeks) * 10) / 10;
}
