// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, test } from 'vitest';
import { emptyPlan } from './plan';
import type { MilestoneRecord, Plan } from './plan-schema';
import { weeklyStreak } from './progress';
import { type Milestone, type StageId } from './types';

const TODAY = '2026-11-26'; // a Thursday; its week starts on Monday 2026-11-23

function milestone(id: string, stageId: StageId, hours: number, prerequisites: string[] = []): Milestone {
  return { id, stageId, title: id, summary: '', kind: 'skill', tier: 'core', hours, prerequisites, resources: [] };
}

/** A plan whose milestones were completed on the given days. */
function planCompletedOn(days: Record<string, string>, startDate: string): Plan {
  const milestones: Record<string, MilestoneRecord> = {};
  for (const [id, day] of Object.entries(days)) {
    const at = `${day}T18:00:00.000Z`;
    milestones[id] = { status: 'done', stamp: `${at}/0/t`, completedAt: at };
  }
  return { ...emptyPlan(startDate), milestones };
}

describe('weeklyStreak', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((id) => milestone(id, 'beyond', 1));

  test.each([
    ['nothing done', {}, TODAY, 0],
    ['done this week only', { a: '2026-11-24' }, TODAY, 1],
    ['this week and the two before', { a: '2026-11-24', b: '2026-11-17', c: '2026-11-09' }, TODAY, 3],
    ['this week still empty does not break it', { b: '2026-11-17', c: '2026-11-10' }, TODAY, 2],
    ['a week with nothing breaks it', { a: '2026-11-24', c: '2026-11-10', d: '2026-11-03' }, TODAY, 1],
    ['last week and this week both empty', { c: '2026-11-10', d: '2026-11-03' }, TODAY, 0],
    ['two in one week count once', { a: '2026-11-23', b: '2026-11-25' }, TODAY, 1],
    ['across the year end', { a: '2027-01-05', b: '2026-12-31', c: '2026-12-22' }, '2027-01-06', 3],
  ])('%s: %o on %s -> %s', (_label, days, today, streak) => {
    expect(weeklyStreak(five, planCompletedOn(days, '2026-09-01'), today)).toBe(streak);
  });
});
