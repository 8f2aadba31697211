/**
 * Small, hand-written plans and documents for domain and store tests: changes at known times,
 * records, own milestones, and version-1 documents written the way the first release wrote them.
 */
import { emptyPlan, type Change } from '../../src/domain/plan';
import { readPlanDocument, type ReadOptions, type ReadPlan } from '../../src/domain/plan-file';
import type { CustomMilestone, MilestoneRecord, Plan } from '../../src/domain/plan-schema';

export const TODAY = '2026-11-26';

/** A change at a wall time, stamped as a tab's clock would stamp it then. */
export const at = (now: string): Change => ({ stamp: `${now}/0/t`, now });

// Changes in the order they happen.
export const T1 = at('2026-11-20T08:00:00.000Z');
export const T2 = at('2026-11-21T08:00:00.000Z');
export const T3 = at('2026-11-22T08:00:00.000Z');
export const T4 = at('2026-11-23T08:00:00.000Z');
export const T5 = at('2026-11-24T08:00:00.000Z');
export const T6 = at('2026-11-25T08:00:00.000Z');

export const done = (change: Change, note?: string): MilestoneRecord => ({
  status: 'done',
  stamp: change.stamp,
  completedAt: change.now,
  ...(note ? { note } : {}),
});

export const learning = (change: Change, note?: string): MilestoneRecord => ({
  status: 'learning',
  stamp: change.stamp,
  ...(note ? { note } : {}),
});

export function planWith(overrides: Partial<Plan>): Plan {
  return { ...emptyPlan(TODAY), ...overrides };
}

export function own(id: string, title: string, change: Change): CustomMilestone {
  return { id, stageId: 'beyond', title, hours: 5, resources: [], stamp: change.stamp };
}

/** Reading a file or a link: dates ahead of this moment come back to it. */
export const FILE: ReadOptions = {
  source: 'file',
  now: Date.parse('2026-11-26T10:00:00.000Z'),
  today: TODAY,
  retired: {},
};
/** Reading this browser's storage. */
export const STORAGE: ReadOptions = { ...FILE, source: 'storage' };

/** A version-1 document around a plan, written by hand rather than by the code under test. */
export function documentText(plan: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'backend-path-plan',
    version: 1,
    plan: {
      language: 'python',
      settings: { hoursPerWeek: 8, startDate: TODAY, targetDate: null },
      milestones: {},
      ...plan,
    },
    ...extra,
  });
}

export function reading(text: string, options: ReadOptions = FILE): ReadPlan {
  const result = readPlanDocument(text, options);
  if (!result.ok) throw new Error(`expected the document to be read, got: ${result.error}`);
  return result.value;
}

export const read = (text: string, options?: ReadOptions): Plan => reading(text, options).plan;
