import * as v from 'valibot';
import { describeIssue } from './describe-issue';
import { migrateDocument } from './migrations';
import { documentBytes, utf8Length } from './plan-document';
import { PlanSchema, type Plan } from './plan-schema';
import { DOCUMENT_SIZE_LABEL, LIMITS } from './plan-limits';
import { salvagePlan, type SalvageOptions } from './plan-salvage';
import { fail, ok, type Result } from './result';

export type ReadSource = 'file' | 'storage';

export interface ReadOptions extends Omit<SalvageOptions, 'fromElsewhere'> {
  /** A file or a link (from elsewhere: future dates come back to now), or this browser's storage. */
  readonly source: ReadSource;
}

export interface ReadPlan {
  readonly plan: Plan;
  /** What could not be read and was left out, one sentence each. */
  readonly setAside: readonly string[];
  readonly datesAdjusted: number;
}

/**
 * The one reader for every door (localStorage, a file, a share link, a backup, another tab):
 * size cap, parse, migrate, salvage, validate. Never throws; a refusal says what is wrong.
 */
export function readPlanDocument(text: string, options: ReadOptions): Result<ReadPlan> {
  // Storage may hold a plan saved by an older version past today's limit: read it, then trim.
  const cap = options.source === 'storage' ? 5 * LIMITS.documentBytes : LIMITS.documentBytes;
  if (text.length > cap || utf8Length(text) > cap) {
    return fail(`This file is larger than ${DOCUMENT_SIZE_LABEL}, too large to be a Backend Path plan file.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This is not a Backend Path plan file: it is not valid JSON.');
  }
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return migrated;
  const body = migrated.value.plan;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('This plan file has no plan in it.');
  }
  const salvaged = salvagePlan(body as Record<string, unknown>, {
    ...options,
    fromElsewhere: options.source === 'file',
  });
  const plan = options.source === 'storage' ? trimToSize(salvaged.plan, salvaged.setAside as string[]) : salvaged.plan;
  // Whatever the salvage kept must be a plan the schema accepts: if not, that is our bug.
  const checked = v.safeParse(PlanSchema, plan);
  if (!checked.success) return fail(describeIssue(checked.issues[0]));
  return ok({ plan: checked.output, setAside: salvaged.setAside, datesAdjusted: salvaged.datesAdjusted });
}

/** Notes set aside, longest first, until the plan fits the size a plan file may have. */
function trimToSize(plan: Plan, setAside: string[]): Plan {
  if (documentBytes(plan) <= LIMITS.documentBytes) return plan;
  const milestones = { ...plan.milestones };
  const byLength = Object.entries(milestones)
    .filter(([, r]) => r.note)
    .sort(([, a], [, b]) => (b.note?.length ?? 0) - (a.note?.length ?? 0));
  let trimmed = plan;
  for (const [id, record] of byLength) {
    const { note, ...rest } = record;
    milestones[id] = rest;
    setAside.push(
      `the note on '${id}' (${(note ?? '').length.toLocaleString('en')} characters): the plan was larger than ${DOCUMENT_SIZE_LABEL}`,
    );
    trimmed = { ...plan, milestones: { ...milestones } };
    if (documentBytes(trimmed) <= LIMITS.documentBytes) break;
  }
  return trimmed;
}
