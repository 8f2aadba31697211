// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan';
import type { MilestoneRecord, Plan } from './plan-schema';
import { activity, currentStage, hoursOverTime, nowList, recentPace } from './pace';
import { STAGE_IDS, type Milestone, type MilestoneStatus, type MilestoneTier, type Stage, type StageId } from './types';

const TODAY = '2026-11-26'; // a Thursday
const stages: Stage[] = STAGE_IDS.map((id) => ({ id, title: id, summary: '' }));
const m = (
  id: string,
  stageId: StageId,
  hours: number,
  tier: MilestoneTier = 'core',
  prerequisites: string[] = [],
): Milestone => ({
  id,
  stageId,
  title: id,
  summary: '',
  kind: 'skill',
  tier,
  hours,
  prerequisites,
  resources: [],
});

const road = [
  m('html', 'web-foundations', 10),
  m('css', 'web-foundations', 10, 'core', ['html']),
  m('a11y', 'web-foundations', 4, 'optional', ['html']),
  m('devtools', 'web-foundations', 4, 'recommended', ['html']),
  m('git', 'internet-and-tools', 8),
  m('sql', 'data-skills', 20, 'core', ['git']),
];

function plan(
  records: Record<string, MilestoneStatus | [MilestoneStatus, string]>,
  settings: Partial<Plan['settings']> = {},
): Plan {
  const milestones: Record<string, MilestoneRecord> = {};
  for (const [id, value] of Object.entries(records)) {
    const [status, day] = Array.isArray(value) ? value : [value, '2026-11-20'];
    milestones[id] = {
      status,
      stamp: `${day}T12:00:00.000Z/0/t`,
      ...(status === 'done' ? { completedAt: `${day}T12:00:00.000Z` } : {}),
    };
  }
  const base = emptyPlan('2026-10-05');
  return { ...base, settings: { ...base.settings, ...settings }, milestones };
}

describe('currentStage', () => {
  it('is the first stage with something left to do', () => {
    expect(currentStage(stages, road, plan({}))).toBe('web-foundations');
    expect(currentStage(stages, road, plan({ html: 'done', css: 'done', a11y: 'skipped', devtools: 'done' }))).toBe(
      'internet-and-tools',
    );
    expect(currentStage(stages, road, plan(Object.fromEntries(road.map((x) => [x.id, 'done']))))).toBeNull();
  });
});

describe('nowList', () => {
  it('gives what is being learned, then ready milestones with core first', () => {
    const now = nowList(road, plan({ html: 'done', git: 'learning' }), 3);
    expect(now.learning.map((x) => x.id)).toEqual(['git']);
    expect(now.ready.map((x) => x.id)).toEqual(['css', 'devtools', 'a11y']);
    expect(nowList(road, plan({ html: 'done' }), 2).ready.map((x) => x.id)).toEqual(['css', 'git']);
  });
});

describe('hoursOverTime', () => {
  it('adds up the hours done by each week, next to the planned pace from the start date', () => {
    const points = hoursOverTime(
      road,
      plan({ html: ['done', '2026-10-07'], css: ['done', '2026-11-24'] }, { hoursPerWeek: 5 }),
      TODAY,
    );
    expect(points[0]).toEqual({ week: '2026-10-05', hours: 10, planned: 5 });
    expect(points.at(-1)).toEqual({ week: '2026-11-23', hours: 20, planned: 40 });
    expect(points).toHaveLength(8);
  });

  it('never plans more than the road holds', () => {
    const points = hoursOverTime(road, plan({}, { hoursPerWeek: 80, startDate: '2026-01-05' }), TODAY);
    expect(Math.max(...points.map((p) => p.planned))).toBe(56);
  });
});

describe('activity', () => {
  it('lays out 26 weeks of days, Monday first, with the milestones done on each', () => {
    const weeks = activity(
      road,
      plan({ html: ['done', '2026-11-24'], css: ['done', '2026-11-24'], git: ['done', '2026-06-01'] }),
      TODAY,
    );
    expect(weeks).toHaveLength(26);
    expect(weeks[0]?.[0]?.day).toBe('2026-06-01');
    expect(weeks[0]?.[0]?.done).toBe(1);
    expect(weeks[25]?.[1]).toEqual({ day: '2026-11-24', done: 2 });
    // Days after today are empty.
    expect(weeks[25]?.[6]).toEqual({ day: '2026-11-29', done: 0 });
  });
});

describe('recentPace', () => {
  it('is the hours finished in the last six weeks, per week', () => {
    const p = plan({ html: ['done', '2026-11-20'], css: ['done', '2026-10-20'], sql: ['done', '2026-09-01'] });
    expect(recentPace(road, p, TODAY)).toBe(Math.round((20 / 6) * 10) / 10);
    expect(recentPace(road, plan({}), TODAY)).toBe(0);
  });
});
