/**
 * The plan's format and limits, and the checks every action makes, in plain code: the writer
 * (each action, in the first page's script) needs these, not the schema library, which only the
 * reader (plan-file.ts, plan-schema.ts) loads. plan-schema.ts builds its schema from these, so
 * the two agree.
 */
export const PLAN_FORMAT = 'backend-path-plan';
export const PLAN_VERSION = 2;

export const LIMITS = {
  /** A plan document, as saved and exported (pretty-printed), in UTF-8 bytes. */
  documentBytes: 1024 * 1024,
  /** Records of status and note, one per milestone id. */
  records: 5000,
  noteLength: 5000,
  titleLength: 200,
  /** The learner's own milestones on their road. */
  ownMilestones: 500,
  /** Own milestones removed recently, kept so another tab's old copy cannot bring them back. */
  removedOwnKept: 100,
  linksPerOwnMilestone: 20,
  urlLength: 2000,
  hoursPerWeek: 80,
  ownMilestoneHours: 1000,
  /** How many weights a plan keeps for the comparison (one per criterion). */
  weights: 20,
  maxWeight: 5,
} as const;

/** Sizes in words a learner reads: "1 MB". */
export const DOCUMENT_SIZE_LABEL = '1 MB';

export const MILESTONE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const OWN_ID_PATTERN = /^own-[a-z0-9-]{1,76}$/;

/**
 * valibot's record skips these keys without a word (a guard against prototype pollution), so a
 * file using them is refused before validation rather than read with records missing.
 */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** 2026-02-31 has the right shape but is no day: it must survive a round trip through Date. */
export const isRealDate = (date: string) => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
};

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;

/** A date as a plan holds it (2026-11-26), and a day that exists: what the schema's DateSchema accepts. */
export const isPlanDate = (value: string): boolean => ISO_DATE.test(value) && isRealDate(value);

const canParseUrl = (url: string): boolean => {
  try {
    return URL.canParse ? URL.canParse(url) : Boolean(new URL(url));
  } catch {
    return false;
  }
};

/** A link a plan can hold: what the schema's LinkSchema accepts. */
export const isPlanLink = ({ title, url }: { readonly title: string; readonly url: string }): boolean =>
  title.length >= 1 &&
  title.length <= LIMITS.titleLength &&
  url.length <= LIMITS.urlLength &&
  canParseUrl(url) &&
  /^https?:\/\//.test(url);
