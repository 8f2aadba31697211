// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomMilestone,
  adoptPlan,
  chooseLanguage,
  emptyPlan,
  markMilestone,
  removeCustomMilestone,
  resetPlan,
  updateSettings,
  writeNote,
  type Change,
} from './plan';
import { readPlanDocument } from './plan-file';
import { serializePlanDocument } from './plan-document';
import { mergeImported } from './plan-merge';
import type { Plan } from './plan-schema';
import { LANGUAGE_IDS, MILESTONE_STATUSES, STAGE_IDS } from './types';

const NOW: Change = { stamp: '2026-11-26T10:00:00.000Z/0/t', now: '2026-11-26T10:00:00.000Z' };
const STORAGE = {
  source: 'storage',
  now: Date.parse('2026-11-26T10:00:00.000Z'),
  today: '2026-11-26',
  retired: {},
} as const;
const id = fc.constantFrom('html-basics', 'css-basics', 'git-basics', 'python-basics', 'x');
const anyText = fc.string({ maxLength: 300, unit: 'grapheme' });
const anyDate = fc.oneof(
  fc.constantFrom('2026-12-01', '2026-02-31', '20261-10-12', '', 'tomorrow', '2027-01-15'),
  fc.string({ maxLength: 12 }),
);

type Action = (plan: Plan) => Plan;
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(id, fc.constantFrom(...MILESTONE_STATUSES)).map(
    ([m, s]): Action =>
      (p) =>
        markMilestone(p, m, s, NOW),
  ),
  fc.tuple(id, fc.string({ maxLength: 6000 })).map(
    ([m, note]): Action =>
      (p) =>
        writeNote(p, m, note, NOW),
  ),
  fc.constantFrom(...LANGUAGE_IDS).map(
    (l): Action =>
      (p) =>
        chooseLanguage(p, l, NOW),
  ),
  fc.record({ hoursPerWeek: fc.double(), startDate: anyDate, targetDate: fc.option(anyDate) }).map(
    (settings): Action =>
      (p) =>
        updateSettings(p, settings, NOW),
  ),
  fc
    .record({
      id: fc.oneof(
        fc.constant('own-a'),
        fc.constant('own-b'),
        fc.constant('html-basics'),
        fc.string({ maxLength: 10 }),
      ),
      stageId: fc.constantFrom(...STAGE_IDS),
      title: anyText,
      hours: fc.double(),
      url: fc.oneof(
        fc.webUrl(),
        fc.constant('https://%'),
        fc.constant('javascript:alert(1)'),
        fc.string({ maxLength: 300 }),
      ),
    })
    .map(
      ({ url, ...m }): Action =>
        (p) =>
          addCustomMilestone(p, { ...m, resources: [{ title: url, url }] }, NOW),
    ),
  fc.constantFrom('own-a', 'own-b').map(
    (own): Action =>
      (p) =>
        removeCustomMilestone(p, own, NOW),
  ),
  fc.constant<Action>((p) => adoptPlan(p, NOW)),
  fc.constant<Action>((p) => mergeImported(p, markMilestone(emptyPlan('2026-11-01'), 'sql-basics', 'done', NOW), NOW)),
  fc.constant<Action>(() => resetPlan('2026-11-26', NOW)),
);

describe('every action of the learner', () => {
  it('leaves a plan that saves and loads again unchanged (2,000 random sequences)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const plan = actions.reduce((p, act) => act(p), emptyPlan('2026-11-26'));
        const read = readPlanDocument(serializePlanDocument(plan), STORAGE);
        expect(read).toEqual({ ok: true, value: { plan, setAside: [], datesAdjusted: 0 } });
      }),
      { numRuns: 2000 },
    );
  });
});
