import type { Plan } from './plan-schema';
import { DOCUMENT_SIZE_LABEL, LIMITS, PLAN_FORMAT, PLAN_VERSION } from './plan-limits';
import { fail, ok, type Result } from './result';

/**
 * The plan as a document: its text (what a plan file and localStorage hold), its size and the
 * limits every change must keep. Apart from the reader (plan-file.ts), which only loads when
 * there is something to read: a first visit has nothing saved and never needs it.
 */

/** Bytes of text in UTF-8, as a file on disk measures it, without encoding the text. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
        continue;
      }
    }
    if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

const serialized = new WeakMap<Plan, string>();
const sizes = new WeakMap<Plan, number>();

/**
 * The plan file, and what localStorage holds: pretty-printed, milestone ids sorted so the same
 * plan always gives the same text. Plans never change once made, so each one's text is kept
 * with it: a change is measured against the limits and then saved, and both need the text.
 */
export function serializePlanDocument(plan: Plan, exportedAt?: string): string {
  const known = exportedAt ? undefined : serialized.get(plan);
  if (known !== undefined) return known;
  const sorted = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((id) => [id, record[id]]),
    );
  const text = JSON.stringify(
    {
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      ...(exportedAt ? { exportedAt } : {}),
      plan: { ...plan, milestones: sorted(plan.milestones), removedCustom: sorted(plan.removedCustom) },
    },
    null,
    2,
  );
  if (!exportedAt) serialized.set(plan, text);
  return text;
}

/** The saved plan's size in bytes, with room for an export date. */
export function documentBytes(plan: Plan): number {
  let size = sizes.get(plan);
  if (size === undefined) {
    size = utf8Length(serializePlanDocument(plan)) + EXPORT_ALLOWANCE;
    sizes.set(plan, size);
  }
  return size;
}

/** backend-path-plan-YYYY-MM-DD.json */
export function planFileName(today: string): string {
  return `backend-path-plan-${today}.json`;
}

/** Room for the size of the export date: a saved plan must still fit once exported. */
const EXPORT_ALLOWANCE = 64;

/**
 * An action may not leave a plan that the reader would refuse. A plan already over a limit (saved
 * by an older version) may still shrink, so the learner is never stuck.
 */
export function checkLimits(next: Plan, previous: Plan): Result<Plan> {
  const count = Object.keys(next.milestones).length;
  if (count > LIMITS.records && count > Object.keys(previous.milestones).length) {
    return fail(
      `This would make your plan hold ${count.toLocaleString('en')} milestone records, more than the ${LIMITS.records.toLocaleString('en')} a plan can hold. Nothing was changed.`,
    );
  }
  if (next.custom.length > LIMITS.ownMilestones && next.custom.length > previous.custom.length) {
    return fail(
      `A plan holds at most ${LIMITS.ownMilestones} of your own milestones. Remove one you no longer need, then add this one. Nothing was changed.`,
    );
  }
  const bytes = documentBytes(next);
  if (bytes > LIMITS.documentBytes && bytes > documentBytes(previous)) {
    return fail(
      `This would make your plan larger than ${DOCUMENT_SIZE_LABEL} (${(bytes / 1024 / 1024).toFixed(2)} MB), the most a plan file can hold. Shorten some notes or remove own milestones' links, then try again. Nothing was changed.`,
    );
  }
  return ok(next);
}

/** "1 record could not be read: 'git-basics' has status 'paused'", at most three named. */
export function describeSetAside(setAside: readonly string[]): string {
  if (setAside.length === 0) return '';
  const shown = setAside.slice(0, 3).join('; ');
  const more = setAside.length > 3 ? `; and ${setAside.length - 3} more` : '';
  return `${setAside.length} ${setAside.length === 1 ? 'record' : 'records'} could not be read: ${shown}${more}.`;
}
