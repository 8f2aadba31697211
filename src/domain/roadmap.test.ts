// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildRoad } from './roadmap';
import { STAGE_IDS, type Milestone, type Stage, type StageId } from './types';

const stages: Stage[] = STAGE_IDS.map((id) => ({ id, title: id, summary: '' }));

function milestone(id: string, stageId: StageId, hours: number, prerequisites: string[] = []): Milestone {
  return { id, stageId, title: id, summary: '', kind: 'skill', tier: 'core', hours, prerequisites, resources: [] };
}

describe('buildRoad', () => {
  it('orders milestones by stage, whatever order they come in', () => {
    const built = buildRoad(
      stages,
      [milestone('sql', 'data-skills', 5), milestone('html', 'web-foundations', 5)],
      [milestone('py', 'server-language', 5)],
    );
    expect(built.map((m) => m.id)).toEqual(['html', 'py', 'sql']);
  });

  it('within a stage, puts a milestone after one it needs even when the content lists it first', () => {
    const needsTrack = milestone('common-project', 'data-skills', 5, ['track-data']);
    const trackData = milestone('track-data', 'data-skills', 5);
    const other = milestone('common-other', 'data-skills', 5);
    const built = buildRoad(stages, [needsTrack, other], [trackData]).map((m) => m.id);
    expect(built).toEqual(['common-other', 'track-data', 'common-project']);
  });

  it('adds the learner’s own milestones, last in their stage, shaped like content', () => {
    const own = {
      id: 'own-ddia',
      stageId: 'data-skills' as const,
      title: 'Read DDIA',
      hours: 30,
      resources: [{ title: 'Book', url: 'https://dataintensive.net/' }],
      stamp: '2026-11-20T10:00:00.000Z/0/t',
    };
    const built = buildRoad(stages, [milestone('sql', 'data-skills', 5), milestone('beyond', 'beyond', 5)], [], [own]);
    expect(built.map((m) => m.id)).toEqual(['sql', 'own-ddia', 'beyond']);
    expect(built[1]).toMatchObject({
      title: 'Read DDIA',
      hours: 30,
      prerequisites: [],
      resources: [{ title: 'Book', url: 'https://dataintensive.net/', kind: 'article' }],
    });
  });
});
