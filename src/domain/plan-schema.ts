import * as v from 'valibot';
import type { Plan } from './plan';
import { LANGUAGE_IDS, MILESTONE_STATUSES, STAGE_IDS } from './types';

/**
 * One schema for both doors: what localStorage holds and what a plan file holds.
 * Every string and collection is bounded so a hostile file cannot exhaust memory later on.
 */
export const PLAN_FORMAT = 'backend-path-plan';
export const PLAN_VERSION = 1;
export const MAX_MILESTONE_RECORDS = 5000;
export const MAX_HOURS_PER_WEEK = 80;
export const MAX_NOTE_LENGTH = 5000;
export const MAX_TITLE_LENGTH = 200;
export const MAX_CUSTOM_MILESTONES = 500;

const MilestoneIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a milestone id is lowercase letters, digits and dashes'),
);

/**
 * valibot's record skips these keys without a word (a guard against prototype pollution), so a
 * file using them is refused before validation rather than read with records missing.
 */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
const DateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('a date and time like 2026-11-26T09:30:00.000Z'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'a date and time that exists'),
);
/** 2026-02-31 has the right shape but is no day: it must survive a round trip through Date. */
const isRealDate = (date: string) => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
};
export const DateSchema = v.pipe(v.string(), v.isoDate('a date like 2026-11-26'), v.check(isRealDate, 'a date that exists'));

export const MilestoneRecordSchema = v.object({
  status: v.picklist(MILESTONE_STATUSES),
  updatedAt: DateTimeSchema,
  completedAt: v.optional(DateTimeSchema),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH))),
});

export const LinkSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TITLE_LENGTH)),
  url: v.pipe(
    v.string(),
    v.maxLength(2000),
    v.url('a web address'),
    v.regex(/^https?:\/\//, 'a link starting with https:// or http://'),
  ),
});

export const CustomMilestoneSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^own-[a-z0-9-]{1,76}$/, 'an id of your own milestone starts with own-')),
  stageId: v.picklist(STAGE_IDS),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TITLE_LENGTH)),
  hours: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
  resources: v.pipe(v.array(LinkSchema), v.maxLength(20)),
  updatedAt: DateTimeSchema,
  /** Removed by the learner: kept so that another tab's older copy cannot bring it back. */
  removed: v.optional(v.boolean()),
});

export const PlanSchema = v.object({
  language: v.nullable(v.picklist(LANGUAGE_IDS)),
  settings: v.object({
    hoursPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_HOURS_PER_WEEK)),
    startDate: DateSchema,
    targetDate: v.nullable(DateSchema),
  }),
  settingsUpdatedAt: v.optional(v.nullable(DateTimeSchema), null),
  milestones: v.pipe(v.record(MilestoneIdSchema, MilestoneRecordSchema), v.maxEntries(MAX_MILESTONE_RECORDS)),
  custom: v.optional(
    v.pipe(
      v.array(CustomMilestoneSchema),
      v.maxLength(MAX_CUSTOM_MILESTONES),
      v.check((list) => new Set(list.map((m) => m.id)).size === list.length, 'own milestones with different ids'),
    ),
    [],
  ),
  resetAt: v.optional(v.nullable(DateTimeSchema), null),
});

/** The plan file, and the value stored in localStorage (which has no exportedAt). */
export const PlanDocumentSchema = v.object({
  format: v.literal(PLAN_FORMAT),
  version: v.literal(PLAN_VERSION),
  exportedAt: v.optional(DateTimeSchema),
  plan: PlanSchema,
});

export type PlanDocument = v.InferOutput<typeof PlanDocumentSchema>;

/**
 * The hand-written `Plan` (readable in editors) and what this schema accepts must not drift
 * apart: whatever the schema accepts is a Plan, and both have the same fields.
 */
type SchemaPlan = v.InferOutput<typeof PlanSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
export const PLAN_TYPE_MATCHES_SCHEMA: [SchemaPlan extends Plan ? true : false, SameKeys<Plan, SchemaPlan>] = [true, true];
