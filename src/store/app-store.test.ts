// @vitest-environment node
// The store is built in each test from an in-memory localStorage and a clock of the test's own:
// opening a second store on the same storage is a reload, or a second tab.
import { describe, expect, it } from 'vitest';
import { emptyPlan, markMilestone, type Change } from '../domain/plan';
import { MINUTE, SharedStorage, backups, openTab, planOf, stored, v1 } from '../../tests/support/test-store';
import { STORAGE_KEY as KEY } from './create-app-store';

const at = (now: string): Change => ({ stamp: `${now}/0/x`, now });

describe('actions and what lands in localStorage', () => {
  it('saves a tick as a version-2 plan document with a stamp and a completion date', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    tab.actions.chooseLanguage('python');
    tab.actions.markMilestone('html-basics', 'done');
    expect(stored(storage)).toMatchObject({ format: 'backend-path-plan', version: 2, plan: { language: 'python' } });
    expect(stored(storage).plan.milestones['html-basics']).toEqual({
      status: 'done',
      stamp: expect.stringMatching(/^2026-11-26T10:00:00\.000Z\/\d+\/t\w+$/),
      completedAt: '2026-11-26T10:00:00.000Z',
    });
  });

  it('keeps every tick when the language changes and changes back', () => {
    const storage = new SharedStorage();
    const { actions } = openTab(storage);
    actions.chooseLanguage('php');
    actions.markMilestone('html-basics', 'done');
    actions.markMilestone('php-basics', 'done');
    actions.chooseLanguage('python');
    actions.markMilestone('python-basics', 'learning');
    actions.chooseLanguage('php');
    expect(Object.keys(stored(storage).plan.milestones).sort()).toEqual(['html-basics', 'php-basics', 'python-basics']);
    expect(stored(storage).plan.language).toBe('php');
  });

  it('survives a reload', () => {
    const storage = new SharedStorage();
    const first = openTab(storage);
    first.actions.chooseLanguage('node');
    first.actions.markMilestone('css-basics', 'done');
    first.actions.writeNote('css-basics', 'Flexbox froggy');
    first.actions.updatePace({ hoursPerWeek: 12, targetDate: '2027-06-01' });
    first.actions.setWeights({ gentleStart: 5 });
    const second = openTab(storage);
    expect(planOf(second)).toEqual(planOf(first));
    expect(second.store.health.getState().unreadable).toBeNull();
  });

  it('reads a version-1 save and keeps it as it is until the next change', () => {
    const storage = new SharedStorage();
    const raw = v1({
      milestones: {
        'html-basics': {
          status: 'done',
          updatedAt: '2026-11-01T10:00:00.000Z',
          completedAt: '2026-11-01T10:00:00.000Z',
        },
      },
    });
    storage.data.set(KEY, raw);
    const tab = openTab(storage);
    expect(planOf(tab).milestones['html-basics']).toMatchObject({ status: 'done' });
    expect(storage.data.get(KEY)).toBe(raw);
    tab.actions.markMilestone('css-basics', 'done');
    expect(stored(storage).version).toBe(2);
    expect(backups(storage)).toEqual([]);
  });
});

describe('import, reset and undo', () => {
  it('imports by replace or merge, and undoes either', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    tab.actions.markMilestone('html-basics', 'done');
    const before = planOf(tab);
    const incoming = markMilestone(emptyPlan('2026-11-26'), 'git-basics', 'done', at('2026-11-20T10:00:00.000Z'));

    tab.now += MINUTE;
    expect(tab.actions.importPlan(incoming, 'replace')).toEqual({ ok: true, value: undefined });
    expect(Object.keys(stored(storage).plan.milestones)).toEqual(['git-basics']);
    tab.now += MINUTE;
    tab.actions.undoLast();
    expect(planOf(tab).milestones['html-basics']).toMatchObject({
      status: 'done',
      completedAt: before.milestones['html-basics']?.completedAt,
    });
    // What the import brought is gone: a to-do record, so other tabs drop it too.
    expect(planOf(tab).milestones['git-basics']?.status).toBe('todo');

    tab.actions.importPlan(incoming, 'merge');
    expect(stored(storage).plan.milestones['git-basics'].status).toBe('done');
    expect(stored(storage).plan.milestones['html-basics'].status).toBe('done');
  });

  it('resets and undoes the reset', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    tab.actions.chooseLanguage('go');
    tab.actions.markMilestone('html-basics', 'done');
    tab.actions.resetPlan();
    expect(stored(storage).plan.language).toBeNull();
    expect(stored(storage).plan.milestones).toEqual({});
    tab.actions.undoLast();
    expect(stored(storage).plan.language).toBe('go');
    expect(stored(storage).plan.milestones['html-basics'].status).toBe('done');
    expect(tab.store.getState().undo).toBeNull();
  });

  it('ends the chance to undo with the next change', () => {
    const tab = openTab();
    tab.actions.resetPlan();
    tab.actions.markMilestone('html-basics', 'done');
    expect(tab.store.getState().undo).toBeNull();
  });
});

describe('hole 3: undo in one tab keeps what another tab did after the undone action', () => {
  it('brings the plan from before the reset back, with the other tab’s later ticks and note', () => {
    const storage = new SharedStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.chooseLanguage('python');
    a.actions.markMilestone('html-basics', 'done');
    a.actions.markMilestone('css-basics', 'done');
    expect(planOf(b).milestones['css-basics']?.status).toBe('done');

    a.now += MINUTE;
    a.actions.resetPlan();
    expect(planOf(b).milestones).toEqual({});
    b.now += 2 * MINUTE;
    b.actions.markMilestone('js-basics', 'done');
    b.actions.markMilestone('git-basics', 'learning');
    b.actions.writeNote('git-basics', 'branches next');

    a.now += 3 * MINUTE;
    a.actions.undoLast();
    for (const tab of [a, b]) {
      const plan = planOf(tab);
      expect(plan.language).toBe('python');
      expect(Object.keys(plan.milestones).sort()).toEqual(['css-basics', 'git-basics', 'html-basics', 'js-basics']);
      expect(plan.milestones['git-basics']).toMatchObject({ status: 'learning', note: 'branches next' });
    }
    expect(stored(storage).plan.milestones['js-basics'].status).toBe('done');
  });

  it('an undone Replace keeps a tick made after it in another tab', () => {
    const storage = new SharedStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.markMilestone('html-basics', 'done');
    a.now += MINUTE;
    a.actions.importPlan(
      markMilestone(emptyPlan('2026-11-26'), 'sql-basics', 'done', at('2026-11-02T10:00:00.000Z')),
      'replace',
    );
    b.now += 2 * MINUTE;
    b.actions.markMilestone('sql-basics', 'learning');
    a.now += 3 * MINUTE;
    a.actions.undoLast();
    expect(planOf(a).milestones['html-basics']?.status).toBe('done');
    expect(planOf(a).milestones['sql-basics']?.status).toBe('learning');
    expect(planOf(b)).toEqual(planOf(a));
  });
});

describe('hole 7: a tab whose clock runs an hour fast cannot revert another tab’s later change', () => {
  it('a later status change in the honest tab wins over the fast tab’s earlier one', () => {
    const storage = new SharedStorage();
    const fast = openTab(storage, { offsetMs: 60 * MINUTE });
    const honest = openTab(storage);
    fast.actions.markMilestone('html-basics', 'done');
    honest.now += MINUTE;
    honest.actions.markMilestone('html-basics', 'learning');
    fast.now += 2 * MINUTE;
    fast.actions.markMilestone('css-basics', 'done');
    for (const tab of [fast, honest]) expect(planOf(tab).milestones['html-basics']?.status).toBe('learning');
    expect(stored(storage).plan.milestones['html-basics'].status).toBe('learning');
  });

  it('ticks made after the fast tab’s reset survive its next edit', () => {
    const storage = new SharedStorage();
    const fast = openTab(storage, { offsetMs: 60 * MINUTE });
    const honest = openTab(storage);
    fast.actions.resetPlan();
    honest.now += MINUTE;
    for (const id of ['html-basics', 'css-basics', 'js-basics']) honest.actions.markMilestone(id, 'done');
    fast.now += 2 * MINUTE;
    fast.actions.updatePace({ hoursPerWeek: 12 });
    for (const tab of [fast, honest]) {
      expect(Object.keys(planOf(tab).milestones).sort()).toEqual(['css-basics', 'html-basics', 'js-basics']);
      expect(planOf(tab).settings.hoursPerWeek).toBe(12);
    }
    // completedAt stays the honest tab's wall time: history is not moved by the other's clock.
    expect(planOf(fast).milestones['html-basics']?.completedAt).toBe('2026-11-26T10:01:00.000Z');
  });
});

describe('two tabs', () => {
  it('take in each other’s changes and keep their own', () => {
    const storage = new SharedStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.actions.markMilestone('html-basics', 'done');
    b.actions.markMilestone('git-basics', 'done');
    for (const tab of [a, b]) expect(Object.keys(planOf(tab).milestones).sort()).toEqual(['git-basics', 'html-basics']);
    expect(Object.keys(stored(storage).plan.milestones).sort()).toEqual(['git-basics', 'html-basics']);
  });

  it('ignore other keys and unreadable values', () => {
    const storage = new SharedStorage();
    const a = openTab(storage);
    a.actions.markMilestone('html-basics', 'done');
    const before = planOf(a);
    const other = storage.tab();
    other.setItem(KEY, '{garbage');
    other.setItem('something-else', 'x');
    expect(planOf(a)).toBe(before);
  });
});
