import * as v from 'valibot';
import type { Plan } from './plan';
import { mapPlanDates } from './plan';
import { PLAN_FORMAT, PLAN_VERSION, PlanDocumentSchema, RESERVED_IDS } from './plan-schema';
import { migrateDocument } from './migrations';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Plan files above this size are refused before they are read. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;

/**
 * Reads a plan document (a plan file or the value saved in localStorage): parse, migrate,
 * validate. Never throws; a refusal says in plain words what is wrong.
 */
export function readPlanDocument(text: string): Result<Plan> {
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return { ok: false, error: 'This file is larger than 1 MB, too large to be a Backend Path plan file.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a Backend Path plan file: it is not valid JSON.' };
  }
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return migrated;
  const reserved = reservedIdIn(migrated.value);
  if (reserved) {
    return { ok: false, error: `The milestone id '${reserved}' is not valid: it is a reserved word.` };
  }
  const parsed = v.safeParse(PlanDocumentSchema, migrated.value);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.issues[0]) };
  // One spelling for every date-time (UTC, milliseconds), so that comparing them as text,
  // as merging does, compares the moments.
  const plan: Plan = mapPlanDates(parsed.output.plan, (date) => new Date(Date.parse(date)).toISOString());
  return { ok: true, value: plan };
}

function reservedIdIn(document: Record<string, unknown>): string | undefined {
  const plan = document.plan;
  const milestones = typeof plan === 'object' && plan !== null ? (plan as Record<string, unknown>).milestones : undefined;
  if (typeof milestones !== 'object' || milestones === null) return undefined;
  return RESERVED_IDS.find((id) => Object.prototype.hasOwnProperty.call(milestones, id));
}

const MAX_MESSAGE_LENGTH = 300;

/** A short, safe description of any value: never the whole of a long or deeply nested input. */
function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return `'${clip(input, 40)}'`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  status: 'status',
  updatedAt: 'date of change',
  completedAt: 'date of completion',
  note: 'note',
};

/** Turns the first schema problem into a sentence a learner can act on, at most 300 characters. */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  return clip(describe(issue), MAX_MESSAGE_LENGTH);
}

function describe(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'This plan file could not be read.';
  const path = issue.path ?? [];
  const keys = path.map((item) => String(item.key));
  const value = describeValue(issue.input);
  if (keys[0] === 'plan' && keys[1] === 'milestones' && keys.length >= 3) {
    const id = clip(keys[2] ?? '', 40);
    if (path[2]?.origin === 'key') {
      return `The milestone id '${id}' is not valid: ids are lowercase letters, digits and dashes, at most 80 characters.`;
    }
    const field = keys[3];
    if (field === 'status' && issue.input !== undefined) {
      return `Milestone '${id}' has an unknown status ${value}: it should be todo, learning, done or skipped.`;
    }
    if (field) {
      const name = FIELD_NAMES[field] ?? `field '${clip(field, 30)}'`;
      return issue.input === undefined
        ? `Milestone '${id}' has no ${name}.`
        : `Milestone '${id}' has a ${name} that is not valid (${value}).`;
    }
    return `Milestone '${id}' is not valid: it is ${value}, not a record of its status.`;
  }
  const where = keys.length ? keys.map((k) => clip(k, 30)).join('.') : 'the file';
  if (issue.input === undefined) return `This plan file is missing ${where}.`;
  const expected = issue.expected ? `, where ${clip(issue.expected, 80)} was expected` : '';
  return `This plan file has ${value} at ${where}${expected}.`;
}

/** The plan file: pretty-printed, milestone ids sorted so the same plan always gives the same text. */
export function serializePlanDocument(plan: Plan, exportedAt?: string): string {
  const milestones = Object.fromEntries(
    Object.keys(plan.milestones)
      .sort()
      .map((id) => [id, plan.milestones[id]]),
  );
  return JSON.stringify(
    {
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      ...(exportedAt ? { exportedAt } : {}),
      plan: { ...plan, milestones },
    },
    null,
    2,
  );
}

/** backend-path-plan-YYYY-MM-DD.json */
export function planFileName(today: string): string {
  return `backend-path-plan-${today}.json`;
}
