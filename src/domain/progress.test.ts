// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { emptyPlan, markMilestone } from './plan';
import type { Plan } from './plan-schema';
import { isReady, nextMilestones, progressByStage, progressOf } from './progress';
import { STAGE_IDS, type Milestone, type MilestoneStatus, type Stage, type StageId } from './types';

const stages: Stage[] = STAGE_IDS.map((id) => ({ id, title: id, summary: '' }));

const TODAY = '2026-11-26'; // a Thursday; its week starts on Monday 2026-11-23

function milestone(id: string, stageId: StageId, hours: number, prerequisites: string[] = []): Milestone {
  return { id, stageId, title: id, summary: '', kind: 'skill', tier: 'core', hours, prerequisites, resources: [] };
}

function planWithStatuses(statuses: Record<string, MilestoneStatus>, startDate = TODAY): Plan {
  let plan = emptyPlan(startDate);
  for (const [id, status] of Object.entries(statuses))
    plan = markMilestone(plan, id, status, { stamp: '2026-11-20T10:00:00.000Z/0/t', now: '2026-11-20T10:00:00.000Z' });
  return plan;
}

const road = [
  milestone('a', 'web-foundations', 10),
  milestone('b', 'web-foundations', 20),
  milestone('c', 'data-skills', 30),
];
describe('progressOf', () => {
  it('counts done over all milestones on the road', () => {
    expect(progressOf(road, planWithStatuses({ a: 'done', b: 'learning' }))).toEqual({
      done: 1,
      learning: 1,
      skipped: 0,
      total: 3,
      percent: 33.3,
      totalHours: 60,
      remainingHours: 50,
    });
  });

  test.each([
    [{ a: 'done' }, 33.3],
    [{ a: 'done', b: 'done' }, 66.7],
    [{ a: 'done', b: 'done', c: 'done' }, 100],
    [{}, 0],
    [{ a: 'done', c: 'skipped' }, 50],
  ] as const)('with %o the percentage is %s (one decimal)', (statuses, percent) => {
    expect(progressOf(road, planWithStatuses(statuses)).percent).toBe(percent);
  });

  it('leaves skipped milestones out of the total and the hours', () => {
    const progress = progressOf(road, planWithStatuses({ b: 'skipped', a: 'done' }));
    expect(progress).toMatchObject({ done: 1, skipped: 1, total: 2, percent: 50, totalHours: 40, remainingHours: 30 });
  });

  it('gives 0 of 0 and 0% when everything is skipped', () => {
    const progress = progressOf(road, planWithStatuses({ a: 'skipped', b: 'skipped', c: 'skipped' }));
    expect(progress).toMatchObject({ done: 0, total: 0, percent: 0, totalHours: 0, remainingHours: 0 });
  });

  it('ignores records of milestones not on the road', () => {
    const plan = planWithStatuses({ 'from-a-newer-version': 'done', elsewhere: 'skipped' });
    expect(progressOf(road, plan)).toMatchObject({ done: 0, skipped: 0, total: 3 });
  });

  it('sums the remaining hours of everything not done or skipped', () => {
    expect(progressOf(road, planWithStatuses({ c: 'done' })).remainingHours).toBe(30);
    expect(progressOf(road, planWithStatuses({ a: 'learning' })).remainingHours).toBe(60);
  });
});

describe('progressByStage', () => {
  it('gives one entry per stage, in stage order, each with its own milestones', () => {
    const byStage = progressByStage(stages, road, planWithStatuses({ a: 'done', c: 'skipped' }));
    expect([...byStage.keys()]).toEqual(stages.map((s) => s.id));
    expect(byStage.get('web-foundations')).toMatchObject({ done: 1, total: 2, percent: 50, remainingHours: 20 });
    expect(byStage.get('data-skills')).toMatchObject({ done: 0, skipped: 1, total: 0, percent: 0 });
    expect(byStage.get('beyond')).toMatchObject({ done: 0, total: 0, percent: 0 });
  });
});

describe('isReady and nextMilestones', () => {
  const chain = [
    milestone('html', 'web-foundations', 5),
    milestone('css', 'web-foundations', 5, ['html']),
    milestone('js', 'web-foundations', 5, ['html']),
    milestone('dom', 'web-foundations', 5, ['css', 'js']),
    milestone('python-web', 'server-language', 5, ['html', 'php-basics']), // php-basics is another track
    milestone('sql', 'data-skills', 5),
  ];
  const onRoad = new Set(chain.map((m) => m.id));
  const byId = (id: string) => chain.find((m) => m.id === id) as Milestone;

  test.each([
    ['html', {}, true],
    ['css', {}, false],
    ['css', { html: 'learning' }, false],
    ['css', { html: 'done' }, true],
    ['css', { html: 'skipped' }, true],
    ['dom', { html: 'done', css: 'done' }, false],
    ['dom', { html: 'done', css: 'done', js: 'skipped' }, true],
    ['python-web', { html: 'done' }, true], // a prerequisite off this road holds nobody back
    ['html', { html: 'done' }, false], // done is not "next"
    ['html', { html: 'skipped' }, false],
    ['html', { html: 'learning' }, true],
  ] as const)('%s with %o: ready is %s', (id, statuses, ready) => {
    expect(isReady(byId(id), planWithStatuses(statuses), onRoad)).toBe(ready);
  });

  it('puts milestones being learnt first, then the ready ones in road order', () => {
    const plan = planWithStatuses({ html: 'done', sql: 'learning' });
    expect(nextMilestones(chain, plan, 10).map((m) => m.id)).toEqual(['sql', 'css', 'js', 'python-web']);
  });

  it('respects the limit', () => {
    const plan = planWithStatuses({ html: 'done', sql: 'learning' });
    expect(nextMilestones(chain, plan, 2).map((m) => m.id)).toEqual(['sql', 'css']);
    expect(nextMilestones(chain, plan, 0)).toEqual([]);
  });

  it('offers nothing once everything is done or skipped', () => {
    const all = Object.fromEntries(chain.map((m, i) => [m.id, i % 2 ? 'done' : 'skipped'] as const));
    expect(nextMilestones(chain, planWithStatuses(all), 5)).toEqual([]);
  });
});
