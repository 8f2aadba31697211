import type { CustomMilestone, Plan } from './plan';
import type { Milestone, Stage } from './types';

/**
 * A learner's own milestone, shaped like content so the roadmap treats both alike. It counts as
 * recommended: the learner chose it, but it is not part of the job-ready core we can vouch for.
 */
export function customAsMilestone(custom: CustomMilestone): Milestone {
  return {
    id: custom.id,
    stageId: custom.stageId,
    title: custom.title,
    summary: 'Your own milestone.',
    kind: 'skill',
    tier: 'recommended',
    hours: custom.hours,
    prerequisites: [],
    resources: custom.resources.map((r) => ({ ...r, kind: 'article' as const })),
  };
}

/**
 * The milestones on this learner's road, in stage order: every common milestone, the chosen
 * language's track (empty while no language is chosen) and their own milestones.
 */
export function buildRoad(
  stages: readonly Stage[],
  common: readonly Milestone[],
  track: readonly Milestone[],
  custom: Plan['custom'] = [],
): Milestone[] {
  const order = new Map(stages.map((stage, index) => [stage.id, index]));
  // Array.prototype.sort is stable: content order holds within a stage, own milestones last.
  return [...common, ...track, ...custom.filter((m) => !m.removed).map(customAsMilestone)].sort(
    (a, b) => (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0),
  );
}
