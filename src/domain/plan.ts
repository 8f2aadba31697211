import { compareStamps, latestStamp } from './hlc';
import { isPlanDate, isPlanLink, LIMITS, OWN_ID_PATTERN } from './plan-limits';
import type { CustomMilestone, MilestoneRecord, PaceSettings, Plan } from './plan-schema';
import type { LanguageId, MilestoneStatus } from './types';

/**
 * One change the learner makes: its stamp on the plan's logical clock orders it against every
 * other change, and `now` (wall time) is kept only as history (when a milestone was done).
 */
export interface Change {
  readonly stamp: string;
  readonly now: string;
}

export const DEFAULT_HOURS_PER_WEEK = 8;

export function emptyPlan(today: string): Plan {
  return {
    language: null,
    settings: { hoursPerWeek: DEFAULT_HOURS_PER_WEEK, startDate: today, targetDate: null },
    settingsStamp: null,
    milestones: {},
    custom: [],
    removedCustom: {},
    resetStamp: null,
  };
}

export function statusOf(plan: Plan, milestoneId: string): MilestoneStatus {
  return plan.milestones[milestoneId]?.status ?? 'todo';
}

export function markMilestone(plan: Plan, milestoneId: string, status: MilestoneStatus, change: Change): Plan {
  const previous = plan.milestones[milestoneId];
  if (previous?.status === status || (!previous && status === 'todo')) return plan;
  const record: MilestoneRecord = {
    status,
    stamp: change.stamp,
    ...(status === 'done' ? { completedAt: change.now } : {}),
    ...(previous?.note ? { note: previous.note } : {}),
  };
  return { ...plan, milestones: { ...plan.milestones, [milestoneId]: record } };
}

/** Notes longer than a plan can hold are cut to the limit (the note field never allows more). */
export function writeNote(plan: Plan, milestoneId: string, note: string, change: Change): Plan {
  const previous = plan.milestones[milestoneId];
  const kept = note.slice(0, LIMITS.noteLength);
  if ((previous?.note ?? '') === kept) return plan;
  const { note: _old, ...rest } = previous ?? { status: 'todo' as const };
  const record: MilestoneRecord = { ...rest, stamp: change.stamp, ...(kept ? { note: kept } : {}) };
  return { ...plan, milestones: { ...plan.milestones, [milestoneId]: record } };
}

/** Switching language keeps every record: the old track waits for the learner to come back. */
export function chooseLanguage(plan: Plan, language: LanguageId, change: Change): Plan {
  if (plan.language === language) return plan;
  return { ...plan, language, settingsStamp: change.stamp };
}

/** Every action leaves a plan the schema accepts: a date that is no real day is ignored. */
export function updateSettings(plan: Plan, settings: Partial<PaceSettings>, change: Change): Plan {
  const next = { ...plan.settings, ...settings };
  next.hoursPerWeek = clampHours(next.hoursPerWeek);
  if (!isPlanDate(next.startDate)) next.startDate = plan.settings.startDate;
  if (next.targetDate !== null && !isPlanDate(next.targetDate)) next.targetDate = plan.settings.targetDate;
  if (next.weights) next.weights = clampWeights(next.weights);
  return { ...plan, settings: next, settingsStamp: change.stamp };
}

export function clampHours(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) return 0;
  // "+ 0" turns -0 into 0: JSON has no -0, so a saved plan would not read back the same.
  return Math.min(LIMITS.hoursPerWeek, Math.round(hours * 2) / 2) + 0;
}

function clampWeights(weights: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(weights)
      .slice(0, LIMITS.weights)
      .map(([criterion, weight]) => [
        criterion,
        Number.isFinite(weight) ? Math.min(LIMITS.maxWeight, Math.max(0, Math.round(weight))) + 0 : 0,
      ]),
  );
}

export function addCustomMilestone(plan: Plan, milestone: Omit<CustomMilestone, 'stamp'>, change: Change): Plan {
  const title = milestone.title.trim().slice(0, LIMITS.titleLength);
  // An id is never used twice, also not the id of a milestone removed earlier.
  const taken = plan.custom.some((m) => m.id === milestone.id) || milestone.id in plan.removedCustom;
  if (!title || !OWN_ID_PATTERN.test(milestone.id) || taken) return plan;
  // Links are kept only if a plan file could hold them: http(s), a valid address, a short title.
  const resources = milestone.resources
    .map((r) => ({ title: r.title.trim().slice(0, LIMITS.titleLength), url: r.url.trim() }))
    .filter(isPlanLink)
    .slice(0, LIMITS.linksPerOwnMilestone);
  const hours = Number.isFinite(milestone.hours)
    ? Math.min(LIMITS.ownMilestoneHours, Math.max(0, milestone.hours)) + 0
    : 0;
  return { ...plan, custom: [...plan.custom, { ...milestone, title, hours, resources, stamp: change.stamp }] };
}

/**
 * The milestone leaves the road; its id is remembered with the time of removal, so that another
 * tab's older copy cannot bring it back. Only the latest removals are remembered.
 */
export function removeCustomMilestone(plan: Plan, id: string, change: Change): Plan {
  if (!plan.custom.some((m) => m.id === id)) return plan;
  const { [id]: _record, ...milestones } = plan.milestones;
  return {
    ...plan,
    milestones,
    custom: plan.custom.filter((m) => m.id !== id),
    removedCustom: compactRemoved({ ...plan.removedCustom, [id]: change.stamp }),
  };
}

/**
 * Undo of a removal: the milestone comes back with the id it had (and its status and note), as a
 * change made now, so it wins over the removal in every tab.
 */
export function restoreCustomMilestone(
  plan: Plan,
  milestone: CustomMilestone,
  record: MilestoneRecord | undefined,
  change: Change,
): Plan {
  if (plan.custom.some((m) => m.id === milestone.id)) return plan;
  const { [milestone.id]: _removal, ...removedCustom } = plan.removedCustom;
  return {
    ...plan,
    custom: [...plan.custom, { ...milestone, stamp: change.stamp }],
    removedCustom,
    milestones: record ? { ...plan.milestones, [milestone.id]: { ...record, stamp: change.stamp } } : plan.milestones,
  };
}

/** The latest removals, at most as many as a plan keeps. */
export function compactRemoved(removed: Readonly<Record<string, string>>): Record<string, string> {
  const entries = Object.entries(removed);
  if (entries.length <= LIMITS.removedOwnKept) return { ...removed };
  entries.sort(([, a], [, b]) => compareStamps(b, a));
  return Object.fromEntries(entries.slice(0, LIMITS.removedOwnKept));
}

/**
 * A plan taken as a whole (an import that replaces) is one new change: every part is stamped
 * with it, and it counts as a reset, so another open tab adopts it instead of merging its older
 * records back in.
 */
export function adoptPlan(plan: Plan, change: Change): Plan {
  const milestones = Object.fromEntries(
    Object.entries(plan.milestones).map(([id, record]) => [id, { ...record, stamp: change.stamp }]),
  );
  return {
    ...plan,
    milestones,
    custom: plan.custom.map((m) => ({ ...m, stamp: change.stamp })),
    removedCustom: {},
    settingsStamp: change.stamp,
    resetStamp: change.stamp,
  };
}

export function resetPlan(today: string, change: Change): Plan {
  return { ...emptyPlan(today), settingsStamp: change.stamp, resetStamp: change.stamp };
}

export interface StatusCounts {
  readonly todo: number;
  readonly learning: number;
  readonly done: number;
  readonly skipped: number;
}

/** Counts of records per status, as an import preview shows them. */
export function countStatuses(plan: Plan): StatusCounts {
  const counts = { todo: 0, learning: 0, done: 0, skipped: 0 };
  for (const record of Object.values(plan.milestones)) counts[record.status] += 1;
  return counts;
}

export function countNotes(plan: Plan): number {
  return Object.values(plan.milestones).filter((r) => r.note).length;
}

/** The latest stamp anywhere in a plan: a clock that has seen it orders new changes after all of it. */
export function latestStampIn(plan: Plan): string | null {
  return latestStamp([
    ...(plan.settingsStamp ? [plan.settingsStamp] : []),
    ...(plan.resetStamp ? [plan.resetStamp] : []),
    ...Object.values(plan.milestones).map((r) => r.stamp),
    ...plan.custom.map((m) => m.stamp),
    ...Object.values(plan.removedCustom),
  ]);
}
