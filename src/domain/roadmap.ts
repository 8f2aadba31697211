import type { CustomMilestone, Plan } from './plan-schema';
import type { Milestone, Stage } from './types';

/**
 * A learner's own milestone, shaped like content so the roadmap treats both alike. It counts as
 * recommended: the learner chose it, but it is not part of the job-ready core we can vouch for.
 */
function customAsMilestone(custom: CustomMilestone): Milestone {
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
 * language's track (empty while no language is chosen) and their own milestones. A track may
 * have milestones in any stage from 'server-language' on (its database tools sit in Data
 * skills, its test tools in Testing and shipping). Within a stage, content order holds, except
 * that a milestone comes after the milestones of that stage it needs; own milestones come last.
 */
export function buildRoad(
  stages: readonly Stage[],
  common: readonly Milestone[],
  track: readonly Milestone[],
  custom: Plan['custom'] = [],
): Milestone[] {
  const all = [...common, ...track, ...custom.map(customAsMilestone)];
  return stages.flatMap((stage) => prerequisitesFirst(all.filter((m) => m.stageId === stage.id)));
}

/** A stable order in which every milestone follows the ones it needs from the same list. */
function prerequisitesFirst(milestones: readonly Milestone[]): Milestone[] {
  const here = new Set(milestones.map((m) => m.id));
  const placed = new Set<string>();
  const pending = [...milestones];
  const ordered: Milestone[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex((m) => m.prerequisites.every((p) => placed.has(p) || !here.has(p)));
    // A cycle (which the content test rules out) keeps content order rather than looping forever.
    const [next] = pending.splice(Math.max(ready, 0), 1);
    if (!next) break;
    placed.add(next.id);
    ordered.push(next);
  }
  return ordered;
}
