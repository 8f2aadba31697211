import type { Result } from './plan-file';
import { PLAN_FORMAT, PLAN_VERSION } from './plan-schema';

/**
 * One step per shipped version: steps[n] turns a version-n document into version n+1.
 * Version 1 is the first shipped version, so there are no steps yet; add one with its fixture
 * in tests/fixtures/ whenever the document shape changes.
 */
const steps: Readonly<Record<number, (document: Record<string, unknown>) => Record<string, unknown>>> = {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Brings a parsed document of any shipped version up to the current one. */
export function migrateDocument(raw: unknown): Result<Record<string, unknown>> {
  if (!isRecord(raw) || raw.format !== PLAN_FORMAT) {
    return { ok: false, error: 'This is not a Backend Path plan file.' };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This plan file has no valid version number.' };
  }
  if (version > PLAN_VERSION) {
    return {
      ok: false,
      error: `This plan was made by a newer version of Backend Path (file version ${version}, this app reads up to ${PLAN_VERSION}). Open it in the latest Backend Path.`,
    };
  }
  let document = raw;
  for (let from = version; from < PLAN_VERSION; from++) {
    const step = steps[from];
    if (!step) return { ok: false, error: `This plan file's version ${from} cannot be upgraded.` };
    document = { ...step(document), version: from + 1 };
  }
  return { ok: true, value: document };
}
