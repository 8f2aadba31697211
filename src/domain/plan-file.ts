import * as v from 'valibot';
import type { Plan } from './plan';
import { PLAN_FORMAT, PLAN_VERSION, PlanDocumentSchema } from './plan-schema';
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
  const parsed = v.safeParse(PlanDocumentSchema, migrated.value);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.issues[0]) };
  const plan: Plan = parsed.output.plan;
  return { ok: true, value: plan };
}

export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'This plan file could not be read.';
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const value = JSON.stringify(issue.input)?.slice(0, 60) ?? 'nothing';
  if (keys[0] === 'plan' && keys[1] === 'milestones' && keys.length >= 3) {
    const id = keys[2] ?? '';
    if (keys.length === 3 && issue.kind === 'schema' && issue.type !== 'object') {
      return `The milestone id '${id.slice(0, 80)}' is not valid: ${issue.expected ?? 'unexpected value'}.`;
    }
    const field = keys[3];
    if (field === 'status') return `Milestone '${id}' has an unknown status ${value}.`;
    if (field) return `Milestone '${id}' has a ${field} that is not valid (${value}).`;
    return `Milestone '${id}' is not valid.`;
  }
  const where = keys.length ? keys.join('.') : 'the file';
  if (issue.input === undefined) return `This plan file is missing ${where}.`;
  return `This plan file has a value at ${where} that is not valid: ${issue.message}.`;
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
