// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import {
  addCustomMilestone,
  chooseLanguage,
  emptyPlan,
  markMilestone,
  removeCustomMilestone,
  resetPlan,
  restoreCustomMilestone,
  statusOf,
  updateSettings,
  writeNote,
} from './plan';
import { mergePlans } from './plan-merge';
import { MILESTONE_STATUSES } from './types';
import { T1, T2, T3, T4, T5, T6, TODAY, at, learning } from '../../tests/support/plan-fixtures';

describe('markMilestone', () => {
  it('sets completedAt when a milestone is done', () => {
    const plan = markMilestone(emptyPlan(TODAY), 'html-basics', 'done', T1);
    expect(plan.milestones['html-basics']).toEqual({ status: 'done', stamp: T1.stamp, completedAt: T1.now });
  });

  test.each(['todo', 'learning', 'skipped'] as const)(
    'drops completedAt when a done milestone becomes %s',
    (status) => {
      const ticked = markMilestone(emptyPlan(TODAY), 'html-basics', 'done', T1);
      const unticked = markMilestone(ticked, 'html-basics', status, T2);
      expect(unticked.milestones['html-basics']).toEqual({ status, stamp: T2.stamp });
      expect(unticked.milestones['html-basics']).not.toHaveProperty('completedAt');
    },
  );

  it('keeps the note across status changes', () => {
    let plan = writeNote(emptyPlan(TODAY), 'git-basics', 'Pro Git, chapter 2', T1);
    plan = markMilestone(plan, 'git-basics', 'learning', T2);
    expect(plan.milestones['git-basics']?.note).toBe('Pro Git, chapter 2');
    plan = markMilestone(plan, 'git-basics', 'done', T3);
    expect(plan.milestones['git-basics']?.note).toBe('Pro Git, chapter 2');
    plan = markMilestone(plan, 'git-basics', 'todo', T4);
    expect(plan.milestones['git-basics']).toEqual({ status: 'todo', stamp: T4.stamp, note: 'Pro Git, chapter 2' });
  });

  it('returns the very same plan for todo on a milestone never touched', () => {
    const plan = emptyPlan(TODAY);
    expect(markMilestone(plan, 'from-a-newer-version', 'todo', T1)).toBe(plan);
  });

  it('does not move the completion date when done is chosen again', () => {
    const ticked = markMilestone(emptyPlan(TODAY), 'css-basics', 'done', T1);
    const again = markMilestone(ticked, 'css-basics', 'done', T2);
    expect(again).toBe(ticked);
    expect(again.milestones['css-basics']?.completedAt).toBe(T1.now);
  });

  it('leaves the plan it was given unchanged', () => {
    const before = emptyPlan(TODAY);
    const snapshot = structuredClone(before);
    markMilestone(before, 'css-basics', 'done', T1);
    expect(before).toEqual(snapshot);
  });
});

describe('writeNote', () => {
  it('cuts a note to 5000 characters', () => {
    const long = 'abcdefghij'.repeat(600);
    const plan = writeNote(emptyPlan(TODAY), 'sql-basics', long, T1);
    const note = plan.milestones['sql-basics']?.note ?? '';
    expect(note).toHaveLength(5000);
    expect(long.startsWith(note)).toBe(true);
  });

  it('keeps a note of exactly 5000 characters whole', () => {
    const exact = 'x'.repeat(5000);
    expect(writeNote(emptyPlan(TODAY), 'sql-basics', exact, T1).milestones['sql-basics']?.note).toBe(exact);
  });

  it('removes the note when it is emptied, keeping status and completion', () => {
    let plan = markMilestone(emptyPlan(TODAY), 'sql-basics', 'done', T1);
    plan = writeNote(plan, 'sql-basics', 'SELECT * is fine for learning', T2);
    plan = writeNote(plan, 'sql-basics', '', T3);
    expect(plan.milestones['sql-basics']).toEqual({ status: 'done', stamp: T3.stamp, completedAt: T1.now });
  });

  test.each(MILESTONE_STATUSES)('keeps the status %s', (status) => {
    const marked = markMilestone(emptyPlan(TODAY), 'orms', status, T1);
    const noted = writeNote(marked, 'orms', 'SQLAlchemy or Django ORM?', T2);
    expect(statusOf(noted, 'orms')).toBe(status);
    expect(noted.milestones['orms']?.note).toBe('SQLAlchemy or Django ORM?');
    expect(noted.milestones['orms']?.stamp).toBe(T2.stamp);
  });

  it('keeps markup in a note as the exact text typed', () => {
    const text = '<script>alert(1)</script> & <b>bold</b>';
    expect(writeNote(emptyPlan(TODAY), 'csp', text, T1).milestones['csp']?.note).toBe(text);
  });
});

describe('chooseLanguage', () => {
  it('keeps every milestone record when switching php -> python -> php', () => {
    let plan = chooseLanguage(emptyPlan(TODAY), 'php', T1);
    plan = markMilestone(plan, 'html-basics', 'done', T1);
    plan = markMilestone(plan, 'php-basics', 'done', T2);
    plan = writeNote(plan, 'php-arrays', 'array_map vs foreach', T2);
    const phpRecords = plan.milestones;

    plan = chooseLanguage(plan, 'python', T3);
    expect(plan.language).toBe('python');
    expect(plan.milestones).toEqual(phpRecords);
    plan = markMilestone(plan, 'python-basics', 'learning', T4);

    plan = chooseLanguage(plan, 'php', T5);
    expect(plan.language).toBe('php');
    expect(plan.settingsStamp).toBe(T5.stamp);
    expect(plan.milestones).toEqual({ ...phpRecords, 'python-basics': learning(T4) });
  });

  it('returns the same plan when the language does not change', () => {
    const plan = chooseLanguage(emptyPlan(TODAY), 'go', T1);
    expect(chooseLanguage(plan, 'go', T2)).toBe(plan);
  });
});

describe('updateSettings', () => {
  test.each([
    [-5, 0],
    [-0.5, 0],
    [Number.NaN, 0],
    [0, 0],
    [12, 12],
    [80, 80],
    [81, 80],
    [1000, 80],
  ])('stores %s hours a week as %s', (given, stored) => {
    const plan = updateSettings(emptyPlan(TODAY), { hoursPerWeek: given }, T1);
    expect(plan.settings.hoursPerWeek).toBe(stored);
  });

  it('changes only the settings given and records when', () => {
    const plan = updateSettings(emptyPlan(TODAY), { targetDate: '2027-06-30' }, T1);
    expect(plan.settings).toEqual({ hoursPerWeek: 8, startDate: TODAY, targetDate: '2027-06-30' });
    expect(plan.settingsStamp).toBe(T1.stamp);
  });
});

describe('own milestones', () => {
  it('are added with the time and removed with their record', () => {
    let plan = addCustomMilestone(
      emptyPlan(TODAY),
      { id: 'own-1', stageId: 'beyond', title: 'Read DDIA', hours: 30, resources: [] },
      T1,
    );
    expect(plan.custom).toEqual([
      { id: 'own-1', stageId: 'beyond', title: 'Read DDIA', hours: 30, resources: [], stamp: T1.stamp },
    ]);
    plan = markMilestone(plan, 'own-1', 'done', T2);
    plan = removeCustomMilestone(plan, 'own-1', T3);
    expect(plan.custom).toEqual([]);
    // Only the id is remembered, with when it went: another tab's old copy cannot bring it back.
    expect(plan.removedCustom).toEqual({ 'own-1': T3.stamp });
    expect(plan.milestones).toEqual({});
  });

  it('remember only the latest removals, so removed milestones never fill the plan', () => {
    let plan = emptyPlan(TODAY);
    for (let i = 0; i < 150; i++) {
      const change = at(new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString());
      plan = addCustomMilestone(
        plan,
        { id: `own-${i}`, stageId: 'beyond', title: `Mine ${i}`, hours: 1, resources: [] },
        change,
      );
      plan = removeCustomMilestone(plan, `own-${i}`, change);
    }
    expect(plan.custom).toEqual([]);
    expect(Object.keys(plan.removedCustom)).toHaveLength(100);
    expect(plan.removedCustom).toHaveProperty('own-149');
    expect(plan.removedCustom).not.toHaveProperty('own-49');
  });
});

describe('undoing the removal of an own milestone', () => {
  const own = { id: 'own-1', stageId: 'beyond' as const, title: 'Read DDIA', hours: 30, resources: [] };

  it('brings it back with its status and note, as a change that wins over the removal in any tab', () => {
    let plan = addCustomMilestone(emptyPlan(TODAY), own, T1);
    plan = writeNote(markMilestone(plan, 'own-1', 'learning', T2), 'own-1', 'chapter 3', T2);
    const removed = plan.custom[0];
    const record = plan.milestones['own-1'];
    plan = removeCustomMilestone(plan, 'own-1', T3);
    if (!removed) throw new Error('own milestone missing');
    plan = restoreCustomMilestone(plan, removed, record, T4);

    expect(plan.custom).toEqual([{ ...own, stamp: T4.stamp }]);
    expect(plan.removedCustom).toEqual({});
    expect(statusOf(plan, 'own-1')).toBe('learning');
    expect(plan.milestones['own-1']).toMatchObject({ note: 'chapter 3', stamp: T4.stamp });

    // Another tab still holding the removal (stamped T3) does not take it away again.
    const otherTab = removeCustomMilestone(addCustomMilestone(emptyPlan(TODAY), own, T1), 'own-1', T3);
    expect(mergePlans(plan, otherTab).custom.map((m) => m.id)).toEqual(['own-1']);
  });

  it('does nothing when the milestone is already there', () => {
    const plan = addCustomMilestone(emptyPlan(TODAY), own, T1);
    const [mine] = plan.custom;
    if (!mine) throw new Error('own milestone missing');
    expect(restoreCustomMilestone(plan, mine, undefined, T2)).toBe(plan);
  });
});

describe('resetPlan', () => {
  it('gives an empty plan that remembers when it was reset', () => {
    expect(resetPlan(TODAY, T6)).toEqual({
      language: null,
      settings: { hoursPerWeek: 8, startDate: TODAY, targetDate: null },
      settingsStamp: T6.stamp,
      milestones: {},
      custom: [],
      removedCustom: {},
      resetStamp: T6.stamp,
    });
  });

  it('is not undone by merging in the plan from before the reset', () => {
    let before = chooseLanguage(emptyPlan('2026-09-01'), 'python', T1);
    before = markMilestone(before, 'html-basics', 'done', T2);
    before = addCustomMilestone(before, { id: 'own-1', stageId: 'beyond', title: 'x', hours: 1, resources: [] }, T2);
    const reset = resetPlan(TODAY, T3);
    expect(mergePlans(reset, before)).toEqual(reset);
    expect(mergePlans(before, reset)).toEqual(reset);
  });
});
