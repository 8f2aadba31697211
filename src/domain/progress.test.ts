// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { commonMilestones } from '../content/milestones-common';
import { stages } from '../content/stages';
import { pythonTrack } from '../content/tracks/python';
import { emptyPlan, markMilestone } from './plan';
import type { MilestoneRecord, Plan } from './plan-schema';
import {
  checkTarget,
  isReady,
  nextMilestones,
  progressByStage,
  progressOf,
  progressOverTime,
  projectFinish,
  weeklyStreak,
} from './progress';
import { buildRoad } from './roadmap';
import type { Milestone, MilestoneStatus, StageId } from './types';

const TODAY = '2026-11-26'; // a Thursday; its week starts on Monday 2026-11-23

function milestone(id: string, stageId: StageId, hours: number, prerequisites: string[] = []): Milestone {
  return { id, stageId, title: id, summary: '', kind: 'skill', tier: 'core', hours, prerequisites, resources: [] };
}

function planWithStatuses(statuses: Record<string, MilestoneStatus>, startDate = TODAY): Plan {
  let plan = emptyPlan(startDate);
  for (const [id, status] of Object.entries(statuses)) plan = markMilestone(plan, id, status, { stamp: '2026-11-20T10:00:00.000Z/0/t', now: '2026-11-20T10:00:00.000Z' });
  return plan;
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

  it('counts only the common milestones while no language is chosen', () => {
    const commonOnly = buildRoad(stages, commonMilestones, []);
    // A tick on a language track waits for that language to be chosen.
    const plan = planWithStatuses({ 'html-basics': 'done', 'python-basics': 'done' });
    const progress = progressOf(commonOnly, plan);
    expect(progress.total).toBe(commonMilestones.length);
    expect(progress.done).toBe(1);
    expect(progress.totalHours).toBe(commonMilestones.reduce((sum, m) => sum + m.hours, 0));
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

describe('projectFinish', () => {
  it('says finished when nothing remains', () => {
    expect(projectFinish(0, 5, TODAY)).toEqual({ kind: 'finished' });
  });

  test.each([0, -1, Number.NaN])('has no pace at %s hours a week', (pace) => {
    expect(projectFinish(10, pace, TODAY)).toEqual({ kind: 'no-pace' });
  });

  test.each([
    [10, 5, '2026-11-26', '2026-12-10', 2],
    [5, 5, '2026-11-26', '2026-12-03', 1],
    [6, 5, '2026-11-26', '2026-12-05', 2], // 1.2 weeks = 8.4 days, rounded up to 9 days
    [8, 4, '2026-12-25', '2027-01-08', 2], // across the year end
    [40, 10, '2028-02-15', '2028-03-14', 4], // across a leap day
  ])('%s h left at %s h/week from %s ends on %s (%s weeks)', (remaining, pace, today, date, weeks) => {
    expect(projectFinish(remaining, pace, today)).toEqual({ kind: 'date', date, weeks });
  });

  // The process time zone is switched so a local-time implementation would land on another day.
  test.each([
    ['Europe/Berlin', '2026-03-26', '2026-04-02'], // clocks go forward on 2026-03-29
    ['Europe/Berlin', '2026-10-22', '2026-10-29'], // clocks go back on 2026-10-25
    ['America/New_York', '2026-10-29', '2026-11-05'], // clocks go back on 2026-11-01
    ['Australia/Sydney', '2026-04-01', '2026-04-08'], // clocks go back on 2026-04-05
  ])('in %s a week from %s across a daylight saving change is %s', (zone, today, date) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(projectFinish(5, 5, today)).toEqual({ kind: 'date', date, weeks: 1 });
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('checkTarget', () => {
  it('has nothing to say without a target date', () => {
    expect(checkTarget(projectFinish(10, 5, TODAY), null, 10, TODAY)).toEqual({ kind: 'no-target' });
  });

  it('is on track with the spare days before the target', () => {
    // Finishes 2026-12-10; the target is three weeks later.
    expect(checkTarget(projectFinish(10, 5, TODAY), '2026-12-31', 10, TODAY)).toEqual({
      kind: 'on-track',
      spareDays: 21,
    });
  });

  it('is on track when finishing on the target day itself', () => {
    const check = checkTarget(projectFinish(10, 5, TODAY), '2026-12-10', 10, TODAY);
    expect(check.kind).toBe('on-track');
    // Numeric equality: the value is -0 today, which reads as 0 everywhere but toLocaleString.
    expect(check.kind === 'on-track' && check.spareDays === 0).toBe(true);
  });

  it('is behind, with the days late and the weekly hours that would make it', () => {
    // 40 h at 5 h/week takes 8 weeks (to 2027-01-21); the target is in 4 weeks, so 10 h/week would do.
    expect(checkTarget(projectFinish(40, 5, TODAY), '2026-12-24', 40, TODAY)).toEqual({
      kind: 'behind',
      lateDays: 28,
      hoursPerWeekNeeded: 10,
    });
  });

  it('rounds the hours needed up to the next half hour', () => {
    // 10 h in 3 weeks is 3.33 h/week: 3.5 is the smallest pace on the half hour that makes it.
    const check = checkTarget(projectFinish(10, 1, TODAY), '2026-12-17', 10, TODAY);
    expect(check).toMatchObject({ kind: 'behind', hoursPerWeekNeeded: 3.5 });
  });

  it('is behind with no pace that could help when the target has passed', () => {
    expect(checkTarget(projectFinish(10, 5, TODAY), '2026-11-01', 10, TODAY)).toEqual({
      kind: 'behind',
      lateDays: 39,
      hoursPerWeekNeeded: null,
    });
  });

  it('is behind without a pace, still telling the pace needed', () => {
    const check = checkTarget(projectFinish(20, 0, TODAY), '2026-12-24', 20, TODAY);
    expect(check).toMatchObject({ kind: 'behind', hoursPerWeekNeeded: 5 });
  });

  it('is on track once everything is done', () => {
    expect(checkTarget(projectFinish(0, 5, TODAY), '2026-12-31', 0, TODAY)).toEqual({ kind: 'on-track', spareDays: 35 });
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

  it('keeps a common project "in your chosen language" waiting for that language\'s framework', () => {
    const road = buildRoad(stages, commonMilestones, pythonTrack);
    const onRoadIds = new Set(road.map((m) => m.id));
    const blog = road.find((m) => m.id === 'project-blogging-api') as Milestone;
    const onRoadNeeds = blog.prerequisites.filter((p) => onRoadIds.has(p));
    // Other tracks' frameworks (php-laravel, node-express, ...) are not on a Python road.
    expect(onRoadNeeds).toContain('python-fastapi');
    expect(blog.prerequisites).toContain('php-laravel');
    const allButFastapi = Object.fromEntries(
      onRoadNeeds.filter((p) => p !== 'python-fastapi').map((p) => [p, 'done'] as const),
    );
    expect(isReady(blog, planWithStatuses(allButFastapi), onRoadIds)).toBe(false);
    expect(isReady(blog, planWithStatuses({ ...allButFastapi, 'python-fastapi': 'done' }), onRoadIds)).toBe(true);
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
    const withLearning = markMilestone(plan, 'b', 'learning', { stamp: '2026-11-24T10:00:00.000Z/0/t', now: '2026-11-24T10:00:00.000Z' });
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

describe('buildRoad', () => {
  const track = pythonTrack;

  it('orders milestones by stage', () => {
    const built = buildRoad(stages, commonMilestones, track);
    const order = stages.map((s) => s.id);
    const positions = built.map((m) => order.indexOf(m.stageId));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('puts the track’s server-language milestones in their own stage, between the common stages', () => {
    const built = buildRoad(stages, commonMilestones, track).map((m) => m.id);
    const ownStage = track.filter((m) => m.stageId === 'server-language').map((m) => m.id);
    const firstTrack = built.indexOf(ownStage[0] ?? '');
    const lastTrack = built.indexOf(ownStage[ownStage.length - 1] ?? '');
    const lastInternet = built.lastIndexOf(
      [...commonMilestones].reverse().find((m) => m.stageId === 'internet-and-tools')?.id ?? '',
    );
    const firstData = built.indexOf(commonMilestones.find((m) => m.stageId === 'data-skills')?.id ?? '');
    expect(lastInternet).toBeLessThan(firstTrack);
    expect(lastTrack).toBeLessThan(firstData);
    expect(built.slice(firstTrack, lastTrack + 1)).toEqual(ownStage);
  });

  it('puts a track milestone of a later stage in that stage, after the milestones it needs', () => {
    const built = buildRoad(stages, commonMilestones, track);
    const position = new Map(built.map((m, i) => [m.id, i]));
    const later = track.filter((m) => m.stageId !== 'server-language');
    expect(later.length).toBeGreaterThan(0);
    for (const m of later) {
      expect(built.find((b) => b.id === m.id)?.stageId).toBe(m.stageId);
      for (const p of m.prerequisites) expect(position.get(p), `${m.id} after ${p}`).toBeLessThan(position.get(m.id) ?? -1);
    }
  });

  it('within a stage, puts a milestone after one it needs even when the content lists it first', () => {
    const needsTrack = milestone('common-project', 'data-skills', 5, ['track-data']);
    const trackData = milestone('track-data', 'data-skills', 5);
    const other = milestone('common-other', 'data-skills', 5);
    const built = buildRoad(stages, [needsTrack, other], [trackData]).map((m) => m.id);
    expect(built).toEqual(['common-other', 'track-data', 'common-project']);
  });

  it('keeps every milestone exactly once and content order within a stage', () => {
    const built = buildRoad(stages, commonMilestones, track);
    expect(built).toHaveLength(commonMilestones.length + track.length);
    expect(new Set(built.map((m) => m.id)).size).toBe(built.length);
    const webFoundations = commonMilestones.filter((m) => m.stageId === 'web-foundations').map((m) => m.id);
    expect(built.filter((m) => m.stageId === 'web-foundations').map((m) => m.id)).toEqual(webFoundations);
  });

  it('has no language track while no language is chosen', () => {
    const built = buildRoad(stages, commonMilestones, []);
    expect(built.filter((m) => m.languages && m.languages.length > 0)).toEqual([]);
    expect(built).toHaveLength(commonMilestones.length);
  });

  it('includes the learner’s own milestones, last in their stage', () => {
    const own = {
      id: 'own-ddia',
      stageId: 'data-skills' as const,
      title: 'Read DDIA',
      hours: 30,
      resources: [{ title: 'Book site', url: 'https://dataintensive.net/' }],
      stamp: '2026-11-20T10:00:00.000Z/0/t',
    };
    const built = buildRoad(stages, commonMilestones, track, [own]);
    const dataSkills = built.filter((m) => m.stageId === 'data-skills');
    expect(dataSkills[dataSkills.length - 1]).toMatchObject({
      id: 'own-ddia',
      title: 'Read DDIA',
      hours: 30,
      prerequisites: [],
      resources: [{ title: 'Book site', url: 'https://dataintensive.net/' }],
    });
    expect(built).toHaveLength(commonMilestones.length + track.length + 1);
  });
});
