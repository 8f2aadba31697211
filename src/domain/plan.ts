import * as v from 'valibot';
import { DateSchema, LinkSchema, MAX_HOURS_PER_WEEK, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from './plan-schema';
import type { LanguageId, MilestoneStatus, StageId } from './types';

/** What the learner has said about one milestone. */
export interface MilestoneRecord {
  readonly status: MilestoneStatus;
  /** When the status or the note last changed (ISO date-time). */
  readonly updatedAt: string;
  /** When it was marked done (ISO date-time); kept only while done. */
  readonly completedAt?: string;
  readonly note?: string;
}

export interface CustomResource {
  readonly title: string;
  readonly url: string;
}

/** A milestone the learner added themselves. */
export interface CustomMilestone {
  readonly id: string;
  readonly stageId: StageId;
  readonly title: string;
  readonly hours: number;
  readonly resources: readonly CustomResource[];
  readonly updatedAt: string;
  /** Removed by the learner: kept so that another tab's older copy cannot bring it back. */
  readonly removed?: boolean;
}

export interface PaceSettings {
  readonly hoursPerWeek: number;
  /** YYYY-MM-DD */
  readonly startDate: string;
  /** YYYY-MM-DD or null */
  readonly targetDate: string | null;
}

/** Everything the app persists. Everything else is derived from it and the content. */
export interface Plan {
  readonly language: LanguageId | null;
  readonly settings: PaceSettings;
  /** When language or settings last changed: the newer side wins when two plans meet. */
  readonly settingsUpdatedAt: string | null;
  /** Keyed by milestone id; ids this version does not know are kept as they are. */
  readonly milestones: Readonly<Record<string, MilestoneRecord>>;
  readonly custom: readonly CustomMilestone[];
  /** When the plan was last reset: older records from another tab must not come back. */
  readonly resetAt: string | null;
}

export const DEFAULT_HOURS_PER_WEEK = 8;
export { MAX_HOURS_PER_WEEK, MAX_NOTE_LENGTH };

export function emptyPlan(today: string): Plan {
  return {
    language: null,
    settings: { hoursPerWeek: DEFAULT_HOURS_PER_WEEK, startDate: today, targetDate: null },
    settingsUpdatedAt: null,
    milestones: {},
    custom: [],
    resetAt: null,
  };
}

export function statusOf(plan: Plan, milestoneId: string): MilestoneStatus {
  return plan.milestones[milestoneId]?.status ?? 'todo';
}

export function markMilestone(plan: Plan, milestoneId: string, status: MilestoneStatus, now: string): Plan {
  const previous = plan.milestones[milestoneId];
  if (previous?.status === status || (!previous && status === 'todo')) return plan;
  const record: MilestoneRecord = {
    status,
    updatedAt: now,
    ...(status === 'done' ? { completedAt: now } : {}),
    ...(previous?.note ? { note: previous.note } : {}),
  };
  return { ...plan, milestones: { ...plan.milestones, [milestoneId]: record } };
}

export function writeNote(plan: Plan, milestoneId: string, note: string, now: string): Plan {
  const previous = plan.milestones[milestoneId];
  const trimmed = note.slice(0, MAX_NOTE_LENGTH);
  if ((previous?.note ?? '') === trimmed) return plan;
  const { note: _old, ...rest } = previous ?? { status: 'todo' as const, updatedAt: now };
  const record: MilestoneRecord = { ...rest, updatedAt: now, ...(trimmed ? { note: trimmed } : {}) };
  return { ...plan, milestones: { ...plan.milestones, [milestoneId]: record } };
}

/** Switching language keeps every record: the old track waits for the learner to come back. */
export function chooseLanguage(plan: Plan, language: LanguageId, now: string): Plan {
  if (plan.language === language) return plan;
  return { ...plan, language, settingsUpdatedAt: now };
}

/** Every action leaves a plan the schema accepts: a date that is no real day is ignored. */
export function updateSettings(plan: Plan, settings: Partial<PaceSettings>, now: string): Plan {
  const next = { ...plan.settings, ...settings };
  next.hoursPerWeek = clampHours(next.hoursPerWeek);
  if (!v.is(DateSchema, next.startDate)) next.startDate = plan.settings.startDate;
  if (next.targetDate !== null && !v.is(DateSchema, next.targetDate)) next.targetDate = plan.settings.targetDate;
  return { ...plan, settings: next, settingsUpdatedAt: now };
}

function clampHours(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) return 0;
  // "+ 0" turns -0 into 0: JSON has no -0, so a saved plan would not read back the same.
  return Math.min(MAX_HOURS_PER_WEEK, Math.round(hours * 2) / 2) + 0;
}

export function addCustomMilestone(
  plan: Plan,
  milestone: Omit<CustomMilestone, 'updatedAt'>,
  now: string,
): Plan {
  const title = milestone.title.trim().slice(0, MAX_TITLE_LENGTH);
  if (!title || !/^own-[a-z0-9-]{1,76}$/.test(milestone.id) || plan.custom.some((m) => m.id === milestone.id)) return plan;
  // Links are kept only if a plan file could hold them: http(s), a valid address, a short title.
  const resources = milestone.resources
    .map((r) => ({ title: r.title.trim().slice(0, MAX_TITLE_LENGTH), url: r.url.trim() }))
    .filter((r) => v.is(LinkSchema, r));
  const hours = Number.isFinite(milestone.hours) ? Math.min(1000, Math.max(0, milestone.hours)) : 0;
  return { ...plan, custom: [...plan.custom, { ...milestone, title, hours, resources, updatedAt: now }] };
}

export function removeCustomMilestone(plan: Plan, id: string, now: string): Plan {
  const { [id]: _removed, ...milestones } = plan.milestones;
  const custom = plan.custom.map((m) =>
    m.id === id ? { id: m.id, stageId: m.stageId, title: m.title, hours: m.hours, resources: [], updatedAt: now, removed: true } : m,
  );
  return { ...plan, custom, milestones };
}

/** The learner's own milestones that are on their road (not removed). */
export function activeCustomMilestones(plan: Plan): CustomMilestone[] {
  return plan.custom.filter((m) => !m.removed);
}

/**
 * A plan taken as a whole (an import that replaces, an undo) is a new change: every part is
 * stamped now, with a reset just before it, so another open tab adopts it instead of merging
 * its older records back in.
 */
export function adoptPlan(plan: Plan, now: string): Plan {
  const milestones = Object.fromEntries(
    Object.entries(plan.milestones).map(([id, record]) => [id, { ...record, updatedAt: now }]),
  );
  return {
    ...plan,
    milestones,
    custom: plan.custom.map((m) => ({ ...m, updatedAt: now })),
    settingsUpdatedAt: now,
    resetAt: now,
  };
}

/**
 * Merge with a file: per milestone the newer change wins, as between tabs, but whatever the file
 * brings in becomes a change made now, so no reset of this plan and no other open tab drops it.
 */
export function mergeImported(ours: Plan, file: Plan, now: string): Plan {
  const merged = mergePlans({ ...ours, resetAt: null }, { ...file, resetAt: null });
  const milestones = Object.fromEntries(
    Object.entries(merged.milestones).map(([id, record]) => [
      id,
      record === ours.milestones[id] ? record : { ...record, updatedAt: now },
    ]),
  );
  const ownIds = new Map(ours.custom.map((m) => [m.id, m]));
  const custom = merged.custom.map((m) => (ownIds.get(m.id) === m ? m : { ...m, updatedAt: now }));
  const settingsFromFile = merged.settings !== ours.settings || merged.language !== ours.language;
  return {
    ...merged,
    milestones,
    custom,
    settingsUpdatedAt: settingsFromFile ? now : ours.settingsUpdatedAt,
    resetAt: ours.resetAt,
  };
}

export function resetPlan(today: string, now: string): Plan {
  return { ...emptyPlan(today), resetAt: now };
}

const newer = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '') > (b ?? '');

/**
 * The more recent of two versions; on a tie, the same one whichever side it is on, so that two
 * tabs merging each other's saves always agree.
 */
function pickNewer<T extends { readonly updatedAt: string }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

/**
 * Two versions of one plan (another tab, an imported file): per milestone the newer change wins;
 * language and pace come from the side that changed them last. Records older than a reset on
 * either side stay reset.
 */
export function mergePlans(ours: Plan, theirs: Plan): Plan {
  const resetAt = newer(theirs.resetAt, ours.resetAt) ? theirs.resetAt : ours.resetAt;
  const survivesReset = (r: { updatedAt: string }): boolean => !resetAt || r.updatedAt >= resetAt;

  const milestones: Record<string, MilestoneRecord> = {};
  for (const id of new Set([...Object.keys(ours.milestones), ...Object.keys(theirs.milestones)])) {
    const a = ours.milestones[id];
    const b = theirs.milestones[id];
    const winner = !a ? b : !b ? a : pickNewer(a, b);
    if (winner && survivesReset(winner)) milestones[id] = winner;
  }

  const custom = new Map<string, CustomMilestone>();
  for (const m of [...ours.custom, ...theirs.custom]) {
    const existing = custom.get(m.id);
    const winner = existing ? pickNewer(existing, m) : m;
    if (survivesReset(winner)) custom.set(m.id, winner);
  }

  const topOf = (p: Plan) => ({ updatedAt: p.settingsUpdatedAt ?? '', language: p.language, settings: p.settings });
  const ourTop = topOf(ours);
  const top = pickNewer(ourTop, topOf(theirs)) === ourTop ? ours : theirs;
  const topSurvives = !resetAt || (top.settingsUpdatedAt ?? '') >= resetAt;
  const base = topSurvives ? top : newer(theirs.resetAt, ours.resetAt) ? theirs : ours;
  return {
    language: base.language,
    settings: base.settings,
    settingsUpdatedAt: base.settingsUpdatedAt,
    milestones,
    custom: [...custom.values()],
    resetAt,
  };
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

export interface ImportPreview {
  readonly languageBefore: LanguageId | null;
  readonly languageAfter: LanguageId | null;
  /** What the file holds. */
  readonly counts: StatusCounts;
  readonly notes: number;
  readonly ownMilestones: number;
  /** Milestones whose record the file would change (added or different). */
  readonly changed: number;
  /** What Replace would take away from the plan as it is now. */
  readonly replaceRemoves: { readonly records: number; readonly notes: number; readonly ownMilestones: number };
}

/** What an import would do, told before anything is replaced. */
export function previewImport(current: Plan, incoming: Plan): ImportPreview {
  let changed = 0;
  for (const [id, record] of Object.entries(incoming.milestones)) {
    const mine = current.milestones[id];
    if (!mine || mine.status !== record.status || (mine.note ?? '') !== (record.note ?? '')) changed++;
  }
  const lost = Object.entries(current.milestones).filter(([id]) => !(id in incoming.milestones));
  const incomingOwn = new Set(activeCustomMilestones(incoming).map((m) => m.id));
  return {
    languageBefore: current.language,
    languageAfter: incoming.language,
    counts: countStatuses(incoming),
    notes: countNotes(incoming),
    ownMilestones: incomingOwn.size,
    changed,
    replaceRemoves: {
      records: lost.filter(([, r]) => r.status !== 'todo').length,
      notes: lost.filter(([, r]) => r.note).length,
      ownMilestones: activeCustomMilestones(current).filter((m) => !incomingOwn.has(m.id)).length,
    },
  };
}

/** The plan with every date-time passed through `change`. */
export function mapPlanDates(plan: Plan, change: (dateTime: string) => string): Plan {
  const orNull = (date: string | null) => (date === null ? null : change(date));
  return {
    ...plan,
    settingsUpdatedAt: orNull(plan.settingsUpdatedAt),
    resetAt: orNull(plan.resetAt),
    milestones: Object.fromEntries(
      Object.entries(plan.milestones).map(([id, r]) => [
        id,
        { ...r, updatedAt: change(r.updatedAt), ...(r.completedAt ? { completedAt: change(r.completedAt) } : {}) },
      ]),
    ),
    custom: plan.custom.map((m) => ({ ...m, updatedAt: change(m.updatedAt) })),
  };
}

/**
 * Dates later than now in a file (a wrong clock, or a file made to win every merge) are brought
 * back to now, so they cannot override the learner's own changes for ever after.
 */
export function clampFutureDates(plan: Plan, now: string): Plan {
  return mapPlanDates(plan, (date) => (date > now ? now : date));
}
