import * as v from 'valibot';
import { compareStamps, formatStamp } from './hlc';
import { formatInstant, isInRange, LATEST_INSTANT, parseInstant } from './instant';
import { compactRemoved, DEFAULT_HOURS_PER_WEEK } from './plan';
import {
  CustomMilestoneSchema,
  DateSchema,
  LanguageSchema,
  MilestoneRecordSchema,
  PaceSettingsSchema,
  StampSchema,
  type CustomMilestone,
  type MilestoneRecord,
  type PaceSettings,
  type Plan,
} from './plan-schema';
import { LIMITS, MILESTONE_ID_PATTERN, OWN_ID_PATTERN, RESERVED_IDS } from './plan-limits';
import { clip, describeEntryIssue, describeValue } from './describe-issue';

export interface SalvageOptions {
  /** Wall time of the reading, in ms. */
  readonly now: number;
  /** Today in the learner's time zone, for a start date that cannot be read. */
  readonly today: string;
  /**
   * Files and links come from elsewhere: their dates may not lie in the future, so that a wrong
   * clock (or a file made to win) cannot override the learner's own later changes.
   */
  readonly fromElsewhere: boolean;
  /** Retired milestone ids and what replaces them (content/retired-ids.ts). */
  readonly retired: Readonly<Record<string, string | null>>;
}

export interface Salvaged {
  readonly plan: Plan;
  /** What could not be read, one sentence each, e.g. "'git-basics' has status 'paused'". */
  readonly setAside: readonly string[];
  /** Dates brought back into the calendar (to now), told once. */
  readonly datesAdjusted: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a version-2 plan part by part: every readable entry is kept, and each one that is not is
 * set aside and named, so one bad entry never hides the rest of a learner's plan.
 */
export function salvagePlan(raw: Record<string, unknown>, options: SalvageOptions): Salvaged {
  const setAside: string[] = [];
  let datesAdjusted = 0;
  const latest = options.fromElsewhere ? options.now : LATEST_INSTANT;

  /** Any ISO date-time becomes the canonical form; outside the calendar (or ahead of now), now. */
  const instant = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const ms = parseInstant(value);
    if (Number.isNaN(ms)) return value;
    if (isInRange(ms, latest)) return formatInstant(ms);
    datesAdjusted++;
    return formatInstant(options.now);
  };
  const stamp = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const match = /^([^/]+)\/(0|[1-9]\d{0,5})\/([a-z0-9]{1,16})$/.exec(value);
    if (!match) return value;
    const wall = instant(match[1]);
    if (typeof wall !== 'string' || Number.isNaN(parseInstant(wall))) return value;
    return formatStamp({ wall: parseInstant(wall), count: Number(match[2]), node: match[3] ?? '' });
  };

  const language =
    raw.language === undefined ? { success: true as const, output: null } : v.safeParse(LanguageSchema, raw.language);
  if (!language.success) setAside.push(`the language ${describeValue(raw.language)} is not one Backend Path knows`);

  const settings = salvageSettings(raw.settings, options.today, setAside);

  const topStamp = (name: string, value: unknown): string | null => {
    if (value === null || value === undefined) return null;
    const normal = stamp(value);
    if (typeof normal === 'string' && v.is(StampSchema, normal)) return normal;
    setAside.push(`the ${name} ${describeValue(value)} is not valid`);
    return null;
  };
  const settingsStamp = topStamp('date the settings changed', raw.settingsStamp);
  const resetStamp = topStamp('date of the last reset', raw.resetStamp);

  let milestones: Record<string, MilestoneRecord> = {};
  if (isRecord(raw.milestones)) {
    for (const [id, record] of Object.entries(raw.milestones)) {
      const name = `'${clip(id, 40)}'`;
      if (RESERVED_IDS.includes(id) || !MILESTONE_ID_PATTERN.test(id)) {
        setAside.push(`${name} is not a valid milestone id`);
        continue;
      }
      const normal = isRecord(record)
        ? { ...record, stamp: stamp(record.stamp), completedAt: instant(record.completedAt) }
        : record;
      const parsed = v.safeParse(MilestoneRecordSchema, normal);
      if (parsed.success) milestones[id] = parsed.output;
      else setAside.push(`${name} ${describeEntryIssue(parsed.issues[0])}`);
    }
  } else if (raw.milestones !== undefined) {
    setAside.push(`the milestones are ${describeValue(raw.milestones)}, not a list of records`);
  }
  milestones = moveRetired(milestones, options.retired);
  milestones = keepLatest(milestones, setAside);

  const custom: CustomMilestone[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(raw.custom) ? raw.custom : []) {
    const normal = isRecord(entry) ? { ...entry, stamp: stamp(entry.stamp) } : entry;
    const parsed = v.safeParse(CustomMilestoneSchema, normal);
    const name =
      isRecord(entry) && typeof entry.title === 'string'
        ? `your milestone '${clip(entry.title, 40)}'`
        : 'one of your own milestones';
    if (!parsed.success) setAside.push(`${name} ${describeEntryIssue(parsed.issues[0])}`);
    else if (seen.has(parsed.output.id)) setAside.push(`${name} has the same id as another one`);
    else if (custom.length >= LIMITS.ownMilestones)
      setAside.push(`${name} is one more than the ${LIMITS.ownMilestones} a plan can hold`);
    else {
      seen.add(parsed.output.id);
      custom.push(parsed.output);
    }
  }

  // Removals are bookkeeping, not the learner's work: what cannot be read is simply dropped.
  const removed: Record<string, string> = {};
  if (isRecord(raw.removedCustom)) {
    for (const [id, value] of Object.entries(raw.removedCustom)) {
      const normal = stamp(value);
      if (OWN_ID_PATTERN.test(id) && !RESERVED_IDS.includes(id) && v.is(StampSchema, normal) && !seen.has(id)) {
        removed[id] = normal as string;
      }
    }
  }

  return {
    plan: {
      language: language.success ? language.output : null,
      settings,
      settingsStamp,
      milestones,
      custom,
      removedCustom: compactRemoved(removed),
      resetStamp,
    },
    setAside,
    datesAdjusted,
  };
}

function salvageSettings(raw: unknown, today: string, setAside: string[]): PaceSettings {
  const fallback: PaceSettings = { hoursPerWeek: DEFAULT_HOURS_PER_WEEK, startDate: today, targetDate: null };
  const whole = v.safeParse(PaceSettingsSchema, raw);
  if (whole.success) return whole.output;
  if (!isRecord(raw)) {
    setAside.push(
      raw === undefined ? 'the pace settings are missing' : `the pace settings are ${describeValue(raw)}, not settings`,
    );
    return fallback;
  }
  const field = <T>(name: keyof PaceSettings, label: string, schema: v.GenericSchema<unknown, T>, otherwise: T): T => {
    const parsed = v.safeParse(schema, raw[name]);
    if (parsed.success) return parsed.output;
    setAside.push(`the ${label} ${describeValue(raw[name])} is not valid`);
    return otherwise;
  };
  const entries = PaceSettingsSchema.entries;
  return {
    hoursPerWeek: field('hoursPerWeek', 'hours per week', entries.hoursPerWeek, fallback.hoursPerWeek),
    startDate: field('startDate', 'start date', DateSchema, fallback.startDate),
    targetDate: field('targetDate', 'target date', entries.targetDate, null),
    ...(raw.weights === undefined
      ? {}
      : { weights: field('weights', 'comparison weights', entries.weights, undefined) }),
  };
}

/** A retired id's record moves to the milestone that replaced it, unless that one is newer. */
function moveRetired(
  milestones: Record<string, MilestoneRecord>,
  retired: Readonly<Record<string, string | null>>,
): Record<string, MilestoneRecord> {
  const out = { ...milestones };
  for (const [oldId, newId] of Object.entries(retired)) {
    const record = out[oldId];
    if (!record || !newId) continue;
    const current = out[newId];
    if (!current || compareStamps(record.stamp, current.stamp) > 0) out[newId] = record;
    delete out[oldId];
  }
  return out;
}

/** At most as many records as a plan holds: the latest changes are kept. */
function keepLatest(milestones: Record<string, MilestoneRecord>, setAside: string[]): Record<string, MilestoneRecord> {
  const entries = Object.entries(milestones);
  if (entries.length <= LIMITS.records) return milestones;
  entries.sort(([, a], [, b]) => compareStamps(b.stamp, a.stamp));
  const extra = entries.length - LIMITS.records;
  setAside.push(
    `${extra.toLocaleString('en')} records beyond the ${LIMITS.records.toLocaleString('en')} a plan can hold (the oldest changes)`,
  );
  return Object.fromEntries(entries.slice(0, LIMITS.records));
}
