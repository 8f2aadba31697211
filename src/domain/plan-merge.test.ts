// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { previewImport } from './import-preview';
import {
  addCustomMilestone,
  chooseLanguage,
  countNotes,
  countStatuses,
  emptyPlan,
  markMilestone,
  resetPlan,
  updateSettings,
  writeNote,
} from './plan';
import { mergePlans, undoChange } from './plan-merge';
import type { MilestoneRecord } from './plan-schema';
import { MILESTONE_STATUSES } from './types';
import { T1, T2, T3, T4, T5, T6, TODAY, done, learning, own, planWith } from '../../tests/support/plan-fixtures';

describe('mergePlans', () => {
  it('takes, per milestone, the newer record from either side', () => {
    const ours = planWith({
      milestones: { a: done(T4), b: learning(T1), 'only-ours': learning(T2, 'mine') },
    });
    const theirs = planWith({
      milestones: { a: learning(T2), b: done(T3, 'theirs'), 'only-theirs': done(T1) },
    });
    expect(mergePlans(ours, theirs).milestones).toEqual({
      a: done(T4),
      b: done(T3, 'theirs'),
      'only-ours': learning(T2, 'mine'),
      'only-theirs': done(T1),
    });
  });

  test.each([
    ['ours', T3, T2],
    ['theirs', T2, T3],
  ])('takes language and settings from %s, whose change is newer', (winner, oursAt, theirsAt) => {
    const ours = planWith({
      language: 'php',
      settings: { hoursPerWeek: 5, startDate: '2026-09-01', targetDate: null },
      settingsStamp: oursAt.stamp,
    });
    const theirs = planWith({
      language: 'go',
      settings: { hoursPerWeek: 12, startDate: '2026-10-01', targetDate: '2027-05-01' },
      settingsStamp: theirsAt.stamp,
    });
    const expected = winner === 'ours' ? ours : theirs;
    const merged = mergePlans(ours, theirs);
    expect(merged.language).toBe(expected.language);
    expect(merged.settings).toEqual(expected.settings);
    expect(merged.settingsStamp).toBe(expected.settingsStamp);
  });

  it('prefers settings someone chose over settings never chosen', () => {
    const ours = planWith({ language: null, settingsStamp: null });
    const theirs = planWith({ language: 'ruby', settingsStamp: T1.stamp });
    expect(mergePlans(ours, theirs).language).toBe('ruby');
    expect(mergePlans(theirs, ours).language).toBe('ruby');
  });

  test.each(['ours', 'theirs'] as const)('drops records older than a reset on %s side', (resetSide) => {
    const wasReset = planWith({
      resetStamp: T3.stamp,
      milestones: { fresh: done(T5) },
      custom: [own('own-new', 'After the reset', T4)],
    });
    const stale = planWith({
      language: 'java',
      settingsStamp: T1.stamp,
      milestones: { old: done(T2), fresh: learning(T1), newer: learning(T4) },
      custom: [own('own-old', 'Before the reset', T2)],
    });
    const merged = resetSide === 'ours' ? mergePlans(wasReset, stale) : mergePlans(stale, wasReset);
    expect(merged.resetStamp).toBe(T3.stamp);
    expect(merged.milestones).toEqual({ fresh: done(T5), newer: learning(T4) });
    expect(merged.custom).toEqual([own('own-new', 'After the reset', T4)]);
    // The language was chosen before the reset, so the reset wins.
    expect(merged.language).toBeNull();
  });

  it('unions own milestones by id, the newer version winning', () => {
    const ours = planWith({ custom: [own('own-a', 'A (old title)', T1), own('own-b', 'B', T2)] });
    const theirs = planWith({ custom: [own('own-a', 'A (new title)', T3), own('own-c', 'C', T1)] });
    const merged = mergePlans(ours, theirs);
    const byId = Object.fromEntries(merged.custom.map((m) => [m.id, m.title]));
    expect(byId).toEqual({ 'own-a': 'A (new title)', 'own-b': 'B', 'own-c': 'C' });
    expect(merged.custom).toHaveLength(3);
  });

  it('gives back an equal plan when a plan meets itself', () => {
    let plan = resetPlan('2026-09-01', T1);
    plan = chooseLanguage(plan, 'python', T2);
    plan = updateSettings(plan, { hoursPerWeek: 6, targetDate: '2027-03-01' }, T2);
    plan = markMilestone(plan, 'html-basics', 'done', T3);
    plan = writeNote(plan, 'css-basics', 'grid!', T4);
    plan = addCustomMilestone(plan, { id: 'own-1', stageId: 'beyond', title: 'Mine', hours: 3, resources: [] }, T5);
    expect(mergePlans(plan, plan)).toEqual(plan);
  });

  it('is commutative on milestones', () => {
    const a = planWith({ milestones: { x: done(T4), y: learning(T1), z: done(T2, 'z') } });
    const b = planWith({ milestones: { x: learning(T3), y: done(T5), w: learning(T6) } });
    expect(mergePlans(a, b).milestones).toEqual(mergePlans(b, a).milestones);
  });

  // Two tabs that each merge the other's plan must end up agreeing, even on a same-millisecond edit.
  it('is commutative on milestones even when both sides changed one at the same moment', () => {
    const a = planWith({ milestones: { x: done(T4) } });
    const b = planWith({ milestones: { x: learning(T4, 'still reading') } });
    expect(mergePlans(a, b).milestones).toEqual(mergePlans(b, a).milestones);
  });

  it('is commutative on milestones for any two plans changed at distinct moments (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const record = fc.record({
      status: fc.constantFrom(...MILESTONE_STATUSES),
      note: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }),
    });
    const side = fc.dictionary(ids, record, { maxKeys: 5, noNullPrototype: true });
    // Ten distinct minutes: every record gets its own moment (same-moment edits: the example above).
    const moments = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 10, maxLength: 10 });
    type Drawn = Record<string, { status: MilestoneRecord['status']; note: string | undefined }>;
    fc.assert(
      fc.property(side, side, moments, (left, right, minutes) => {
        const stampAt = (i: number) =>
          `${new Date(Date.UTC(2026, 0, 1) + (minutes[i] ?? 0) * 60_000).toISOString()}/0/t`;
        const build = (records: Drawn, offset: number) =>
          planWith({
            milestones: Object.fromEntries(
              Object.entries(records).map(([id, r], i) => [
                id,
                { status: r.status, stamp: stampAt(i + offset), ...(r.note ? { note: r.note } : {}) },
              ]),
            ),
          });
        const a = build(left, 0);
        const b = build(right, 5);
        expect(mergePlans(a, b).milestones).toEqual(mergePlans(b, a).milestones);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('counting for the import preview', () => {
  const incoming = planWith({
    language: 'python',
    milestones: {
      'html-basics': done(T1),
      'css-basics': done(T2, 'flexbox'),
      'js-basics': learning(T3, 'closures'),
      'git-basics': { status: 'skipped', stamp: T3.stamp },
      'sql-basics': { status: 'todo', stamp: T4.stamp, note: 'start here' },
      'from-a-newer-version': done(T4),
    },
    custom: [own('own-1', 'Mine', T1), own('own-2', 'Also mine', T2)],
  });

  it('counts records per status', () => {
    expect(countStatuses(incoming)).toEqual({ todo: 1, learning: 1, done: 3, skipped: 1 });
    expect(countStatuses(emptyPlan(TODAY))).toEqual({ todo: 0, learning: 0, done: 0, skipped: 0 });
  });

  it('counts notes', () => {
    expect(countNotes(incoming)).toBe(3);
    expect(countNotes(emptyPlan(TODAY))).toBe(0);
  });

  it('tells what an import would change', () => {
    const current = planWith({
      language: 'php',
      settingsStamp: T2.stamp,
      milestones: {
        'html-basics': done(T1), // same: unchanged
        'css-basics': done(T1), // a note is added
        'js-basics': done(T1), // another status
        'git-basics': { status: 'skipped', stamp: T1.stamp }, // same status, only the time differs
      },
    });
    expect(previewImport(current, incoming, T6)).toEqual({
      languageBefore: 'php',
      // The file never chose its language (no settings stamp) and ours did: Merge keeps ours.
      languageAfter: { merge: 'php', replace: 'python' },
      counts: { todo: 1, learning: 1, done: 3, skipped: 1 },
      notes: 3,
      ownMilestones: 2,
      // css-basics, js-basics, and those the current plan does not have (sql-basics only gains a note).
      differing: ['css-basics', 'from-a-newer-version', 'js-basics', 'sql-basics'],
      // Every record of the current plan is also in the file: Replace removes nothing of it.
      replaceRemoves: { records: 0, notes: 0, ownMilestones: 0 },
      refused: {},
    });
  });

  it('tells what Replace would take away', () => {
    const current = planWith({
      milestones: {
        'sql-basics': done(T1),
        'docker-basics': { status: 'learning', stamp: T1.stamp, note: 'compose next' },
        'redis-basics': { status: 'todo', stamp: T1.stamp, note: 'later' },
      },
    });
    const withOwn = addCustomMilestone(
      current,
      { id: 'own-ddia', stageId: 'beyond', title: 'Read DDIA', hours: 30, resources: [] },
      T1,
    );
    expect(previewImport(withOwn, emptyPlan('2026-11-26'), T6).replaceRemoves).toEqual({
      records: 2,
      notes: 2,
      ownMilestones: 1,
    });
  });

  it('tells that importing a plan into itself changes nothing', () => {
    expect(previewImport(incoming, incoming, T6).differing).toEqual([]);
  });
});

describe('undoChange', () => {
  it('brings back what a reset took, and keeps what was changed after it', () => {
    let before = chooseLanguage(emptyPlan(TODAY), 'python', T1);
    before = markMilestone(before, 'html-basics', 'done', T1);
    before = markMilestone(before, 'css-basics', 'done', T1);
    const after = resetPlan(TODAY, T2);
    // Another tab ticks CSS again and starts JavaScript after the reset.
    let current = markMilestone(after, 'css-basics', 'learning', T3);
    current = markMilestone(current, 'js-basics', 'learning', T3);
    const undone = undoChange(current, before, after, T4);
    expect(undone.language).toBe('python');
    expect(undone.milestones).toEqual({
      'html-basics': { status: 'done', stamp: T4.stamp, completedAt: T1.now },
      'css-basics': learning(T3),
      'js-basics': learning(T3),
    });
    // Merged into the other tab, which still holds the reset, the undo holds.
    expect(mergePlans(current, undone).milestones).toEqual(undone.milestones);
  });

  it('takes back what an import added, as a change of its own', () => {
    const before = markMilestone(emptyPlan(TODAY), 'html-basics', 'done', T1);
    const after = markMilestone(before, 'sql-basics', 'done', T2);
    expect(undoChange(after, before, after, T3).milestones['sql-basics']).toEqual({ status: 'todo', stamp: T3.stamp });
  });
});
