import * as v from 'valibot';
import { isStamp } from './hlc';
import { isCanonicalInstant } from './instant';
import { LANGUAGE_IDS, MILESTONE_STATUSES, STAGE_IDS } from './types';
import { isRealDate, LIMITS, MILESTONE_ID_PATTERN, OWN_ID_PATTERN, PLAN_FORMAT, PLAN_VERSION } from './plan-limits';

/**
 * The plan: one schema for what localStorage holds and what a plan file holds, built on the
 * limits the writer (every action) shares with the reader (plan-limits.ts). The types below are
 * derived from the schema, so the two can never drift apart.
 */
const CRITERION_PATTERN = /^[a-z][a-zA-Z0-9]{0,39}$/;

const InstantSchema = v.pipe(v.string(), v.check(isCanonicalInstant, 'a date and time like 2026-11-26T09:30:00.000Z'));
export const StampSchema = v.pipe(
  v.string(),
  v.check(isStamp, 'a change stamp like 2026-11-26T09:30:00.000Z/0/k3x9q2'),
);

export const DateSchema = v.pipe(
  v.string(),
  v.isoDate('a date like 2026-11-26'),
  v.check(isRealDate, 'a date that exists'),
);

const MilestoneIdSchema = v.pipe(
  v.string(),
  v.regex(MILESTONE_ID_PATTERN, 'a milestone id is lowercase letters, digits and dashes'),
);
const OwnIdSchema = v.pipe(v.string(), v.regex(OWN_ID_PATTERN, 'an id of your own milestone starts with own-'));

export const MilestoneRecordSchema = v.object({
  status: v.picklist(MILESTONE_STATUSES),
  /** When the status or note last changed, on the plan's logical clock. */
  stamp: StampSchema,
  /** When it was marked done (wall time, for history); kept only while done. */
  completedAt: v.optional(InstantSchema),
  note: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.noteLength))),
});

export const LinkSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.titleLength)),
  url: v.pipe(
    v.string(),
    v.maxLength(LIMITS.urlLength),
    v.url('a web address'),
    v.regex(/^https?:\/\//, 'a link starting with https:// or http://'),
  ),
});

export const CustomMilestoneSchema = v.object({
  id: OwnIdSchema,
  stageId: v.picklist(STAGE_IDS),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.titleLength)),
  hours: v.pipe(v.number(), v.minValue(0), v.maxValue(LIMITS.ownMilestoneHours)),
  resources: v.pipe(v.array(LinkSchema), v.maxLength(LIMITS.linksPerOwnMilestone)),
  stamp: StampSchema,
});

const WeightsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(CRITERION_PATTERN)),
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxWeight)),
  ),
  v.maxEntries(LIMITS.weights),
);

export const PaceSettingsSchema = v.object({
  hoursPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(LIMITS.hoursPerWeek)),
  startDate: DateSchema,
  targetDate: v.nullable(DateSchema),
  /** What matters to the learner when comparing languages; absent until they set one. */
  weights: v.optional(WeightsSchema),
});

const uniqueIds = (list: readonly { id: string }[]) => new Set(list.map((m) => m.id)).size === list.length;

export const LanguageSchema = v.nullable(v.picklist(LANGUAGE_IDS));

export const PlanSchema = v.pipe(
  v.object({
    language: LanguageSchema,
    settings: PaceSettingsSchema,
    /** When language or settings last changed: the later side wins when two plans meet. */
    settingsStamp: v.nullable(StampSchema),
    /** Keyed by milestone id; ids this version does not know are kept as they are. */
    milestones: v.pipe(v.record(MilestoneIdSchema, MilestoneRecordSchema), v.maxEntries(LIMITS.records)),
    custom: v.pipe(
      v.array(CustomMilestoneSchema),
      v.maxLength(LIMITS.ownMilestones),
      v.check((list) => uniqueIds(list), 'own milestones with different ids'),
    ),
    /** Own milestones removed lately, with when: an older copy elsewhere cannot bring them back. */
    removedCustom: v.pipe(v.record(OwnIdSchema, StampSchema), v.maxEntries(LIMITS.removedOwnKept)),
    /** When the plan was last reset: older records from another tab must not come back. */
    resetStamp: v.nullable(StampSchema),
  }),
  v.check(
    (plan) => plan.custom.every((m) => !(m.id in plan.removedCustom)),
    'an own milestone that is not both on the road and removed',
  ),
);

/** The plan file, and the value stored in localStorage (which has no exportedAt). */
export const PlanDocumentSchema = v.object({
  format: v.literal(PLAN_FORMAT),
  version: v.literal(PLAN_VERSION),
  exportedAt: v.optional(InstantSchema),
  plan: PlanSchema,
});

export type Plan = Readonly<v.InferOutput<typeof PlanSchema>>;
export type MilestoneRecord = Readonly<v.InferOutput<typeof MilestoneRecordSchema>>;
export type CustomMilestone = Readonly<v.InferOutput<typeof CustomMilestoneSchema>>;
export type PaceSettings = Readonly<v.InferOutput<typeof PaceSettingsSchema>>;
export type Weights = Readonly<v.InferOutput<typeof WeightsSchema>>;
