// @vitest-environment node
// The roads the content builds, one per language: the domain's road rules on the real milestones.
import { describe, expect, it } from 'vitest';
import { emptyPlan, markMilestone } from '../domain/plan';
import type { Plan } from '../domain/plan-schema';
import { isReady, progressOf } from '../domain/progress';
import { buildRoad } from '../domain/roadmap';
import type { Milestone, MilestoneStatus } from '../domain/types';
import { commonMilestones } from './milestones-common';
import { stages } from './stages';
import { pythonTrack } from './tracks/python';

function planWithStatuses(statuses: Record<string, MilestoneStatus>): Plan {
  let plan = emptyPlan('2026-11-26');
  for (const [id, status] of Object.entries(statuses))
    plan = markMilestone(plan, id, status, { stamp: '2026-11-20T10:00:00.000Z/0/t', now: '2026-11-20T10:00:00.000Z' });
  return plan;
}

describe('a road without a language', () => {
  it('counts only the common milestones while no language is chosen', () => {
    const commonOnly = buildRoad(stages, commonMilestones, []);
    // A tick on a language track waits for that language to be chosen.
    const plan = planWithStatuses({ 'html-basics': 'done', 'python-basics': 'done' });
    const progress = progressOf(commonOnly, plan);
    expect(progress.total).toBe(commonMilestones.length);
    expect(progress.done).toBe(1);
    expect(progress.totalHours).toBe(commonMilestones.reduce((sum, m) => sum + m.hours, 0));
  });
});

describe('a common project in your chosen language', () => {
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
});

describe('the Python road', () => {
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
      for (const p of m.prerequisites)
        expect(position.get(p), `${m.id} after ${p}`).toBeLessThan(position.get(m.id) ?? -1);
    }
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
