// npm run bench: a plan with 1,000 milestones. DESIGN.md's targets: load and import/export under
// 50 ms, ticking well inside a 16 ms frame. These print numbers; they assert nothing.
import { bench, describe } from 'vitest';
import type { Milestone } from '../../src/domain/types';
import { emptyPlan, markMilestone } from '../../src/domain/plan';
import { readPlanDocument as read } from '../../src/domain/plan-file';
import { serializePlanDocument } from '../../src/domain/plan-document';
import { mergePlans } from '../../src/domain/plan-merge';
import type { Plan } from '../../src/domain/plan-schema';
import { nextMilestones, progressOf } from '../../src/domain/progress';

const NOW = '2026-11-26T10:00:00.000Z';
const AT = { stamp: `${NOW}/0/bench`, now: NOW };
const LATER = { stamp: '2026-11-27T10:00:00.000Z/0/bench', now: '2026-11-27T10:00:00.000Z' };
const readPlanDocument = (text: string) =>
  read(text, { source: 'storage', now: Date.parse(NOW), today: '2026-11-26', retired: {} });
const milestones: Milestone[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `milestone-${i}`,
  stageId: 'data-skills',
  title: `Milestone ${i}`,
  summary: 'A milestone for the benchmark.',
  kind: 'skill',
  tier: 'core',
  hours: 5,
  prerequisites: i > 0 ? [`milestone-${i - 1}`] : [],
  resources: [],
}));

let plan: Plan = emptyPlan('2026-11-26');
milestones.forEach((m, i) => {
  plan = markMilestone(plan, m.id, i % 3 === 0 ? 'done' : i % 3 === 1 ? 'learning' : 'skipped', AT);
});
const text = serializePlanDocument(plan, NOW);

describe('a plan with 1,000 milestones', () => {
  bench('tick one milestone', () => {
    markMilestone(plan, 'milestone-500', 'done', LATER);
  });
  bench('load: parse, migrate and validate the saved document', () => {
    readPlanDocument(text);
  });
  bench('export: serialize the plan file', () => {
    serializePlanDocument(plan, NOW);
  });
  bench('import with merge', () => {
    const result = readPlanDocument(text);
    if (result.ok) mergePlans(plan, result.value.plan);
  });
  bench('progress and what is ready next', () => {
    progressOf(milestones, plan);
    nextMilestones(milestones, plan, 3);
  });
});
