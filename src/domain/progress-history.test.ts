// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { emptyPlan, markMilestone } from './plan';
import type { MilestoneRecord, Plan } from './plan-schema';
import { progressOverTime, weeklyStreak } from './progress';
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

const road = [
  milestone('a', 'web-foundations', 10),
  milestone('b', 'web-foundations', 20),
  milestone('c', 'data-skills', 30),
];
describe('progressOverTime', () => {
  it('counts milestones done, cumulatively, week by week from the start date to this week', () => {
    const plan = planCompletedOn({ a: '2026-11-03', b: '2026-11-04', c: '2026-11-18' }, '2026-11-02');
    expect(progressOverTime(road, plan, TODAY)).toEqual([
      { week: '2026-11-02', done: 2 },
      { week: '2026-11-09', done: 2 },
      { week: '2026-11-16', done: 3 },
      { week: '2026-11-23', done: 3 },
    ]);
  });

  it('starts on the Monday of the start week', () => {
    const plan = planCompletedOn({ a: '2026-11-25' }, '2026-11-12'); // a Thursday
    expect(progressOverTime(road, plan, TODAY)).toEqual([
      { week: '2026-11-09', done: 0 },
      { week: '2026-11-16', done: 0 },
      { week: '2026-11-23', done: 1 },
    ]);
  });

  it('starts earlier when something was done before the start date', () => {
    const plan = planCompletedOn({ b: '2026-11-10' }, '2026-11-20');
    expect(progressOverTime(road, plan, TODAY)[0]).toEqual({ week: '2026-11-09', done: 1 });
  });

  it('counts only done milestones on the road', () => {
    const plan = planCompletedOn({ a: '2026-11-24', elsewhere: '2026-11-24' }, '2026-11-23');
    const withLearning = markMilestone(plan, 'b', 'learning', {
      stamp: '2026-11-24T10:00:00.000Z/0/t',
      now: '2026-11-24T10:00:00.000Z',
    });
    expect(progressOverTime(road, withLearning, TODAY)).toEqual([{ week: '2026-11-23', done: 1 }]);
  });

  it('still ends with this week, holding every completion, when the start date is years back', () => {
    // A start year typed as 2014 instead of 2024, say: the chart must still reach today.
    const plan = planCompletedOn({ a: '2026-11-03', b: '2026-11-24' }, '2014-11-24');
    const points = progressOverTime(road, plan, TODAY);
    expect(points[points.length - 1]).toEqual({ week: '2026-11-23', done: 2 });
  });

  it('runs across a year end', () => {
    const plan = planCompletedOn({ a: '2026-12-31', b: '2027-01-05' }, '2026-12-21');
    expect(progressOverTime(road, plan, '2027-01-06')).toEqual([
      { week: '2026-12-21', done: 0 },
      { week: '2026-12-28', done: 1 },
      { week: '2027-01-04', done: 2 },
    ]);
  });
});

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
