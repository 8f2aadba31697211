import { PLAN_FORMAT, PLAN_VERSION } from './plan-limits';
import { fail, ok, type Result } from './result';

type Json = Record<string, unknown>;
type Step = (document: Json) => Json;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A version-1 date-time becomes a version-2 stamp; the reader then checks and normalises it. */
const stampOf = (updatedAt: unknown): unknown => (typeof updatedAt === 'string' ? `${updatedAt}/0/v1` : updatedAt);

/**
 * Version 1 ordered changes by wall time (`updatedAt`, `settingsUpdatedAt`, `resetAt`) and kept
 * removed own milestones in the list. Version 2 orders them by stamps of a logical clock, and
 * keeps only the ids of removed own milestones, with when they were removed.
 */
function v1ToV2(document: Json): Json {
  const plan = document.plan;
  if (!isRecord(plan)) return document;
  const { settingsUpdatedAt, resetAt, milestones, custom, ...rest } = plan;
  const records = isRecord(milestones)
    ? Object.fromEntries(
        Object.entries(milestones).map(([id, record]) => {
          if (!isRecord(record)) return [id, record];
          const { updatedAt, ...fields } = record;
          return [id, { ...fields, stamp: stampOf(updatedAt) }];
        }),
      )
    : milestones;
  const kept: unknown[] = [];
  const removedCustom: Json = {};
  for (const entry of Array.isArray(custom) ? custom : []) {
    if (!isRecord(entry)) {
      kept.push(entry);
      continue;
    }
    const { updatedAt, removed, ...fields } = entry;
    if (removed === true && typeof fields.id === 'string') removedCustom[fields.id] = stampOf(updatedAt);
    else kept.push({ ...fields, stamp: stampOf(updatedAt) });
  }
  return {
    ...document,
    plan: {
      ...rest,
      settingsStamp: settingsUpdatedAt == null ? null : stampOf(settingsUpdatedAt),
      resetStamp: resetAt == null ? null : stampOf(resetAt),
      milestones: records,
      custom: Array.isArray(custom) || custom === undefined ? kept : custom,
      removedCustom,
    },
  };
}

/**
 * One step per shipped version: steps[n] turns a version-n document into version n+1. Each has
 * a fixture of its version in tests/fixtures/.
 */
export const MIGRATION_STEPS: Readonly<Record<number, Step>> = { 1: v1ToV2 };

/** Brings a parsed document of any shipped version up to the current one. Never throws. */
export function migrateDocument(raw: unknown, steps: Readonly<Record<number, Step>> = MIGRATION_STEPS): Result<Json> {
  if (!isRecord(raw) || raw.format !== PLAN_FORMAT) return fail('This is not a Backend Path plan file.');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This plan file has no valid version number.');
  }
  if (version > PLAN_VERSION) {
    return fail(
      `This plan was made by a newer version of Backend Path (file version ${version}, this app reads up to ${PLAN_VERSION}). Open it in the latest Backend Path.`,
    );
  }
  let document = raw;
  for (let from = version; from < PLAN_VERSION; from++) {
    const step = steps[from];
    if (!step) return fail(`This plan file's version ${from} cannot be upgraded.`);
    try {
      document = { ...step(document), version: from + 1 };
    } catch {
      return fail(`This plan file's version ${from} could not be upgraded to version ${from + 1}.`);
    }
  }
  return ok(document);
}
