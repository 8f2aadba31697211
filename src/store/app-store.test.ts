// @vitest-environment node
// The store is built in each test from an in-memory localStorage and a clock of the test's own:
// opening a second store on the same storage is a reload, or a second tab.
import { describe, expect, it } from 'vitest';
import { emptyPlan, markMilestone, type Change } from '../domain/plan';
import { serializePlanDocument } from '../domain/plan-file';
import { MIGRATION_STEPS } from '../domain/migrations';
import type { Plan } from '../domain/plan-schema';
import { quotaExceeded } from '../../tests/support/memory-storage';
import { openTab, SharedStorage } from '../../tests/support/test-store';
import { STORAGE_KEY } from './create-app-store';

const KEY = STORAGE_KEY;
const BACKUP = 'backend-path:backup:';
const T0 = Date.parse('2026-11-26T10:00:00.000Z');
const MINUTE = 60_000;

const stored = (storage: SharedStorage) => JSON.parse(storage.data.get(KEY) ?? 'null');
const backups = (storage: SharedStorage) => [...storage.data.keys()].filter((k) => k.startsWith(BACKUP));
const at = (now: string): Change => ({ stamp: `${now}/0/x`, now });
const planOf = (tab: ReturnType<typeof openTab>) => tab.store.getState().plan;

/** A version-1 document as the first version saved it. */
function v1(plan: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'backend-path-plan',
    version: 1,
    plan: { language: 'python', settings: { hoursPerWeek: 8, startDate: '2026-11-01', targetDate: null }, milestones: {}, ...plan },
  });
}

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
    const raw = v1({ milestones: { 'html-basics': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z', completedAt: '2026-11-01T10:00:00.000Z' } } });
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
    expect(planOf(tab).milestones['html-basics']).toMatchObject({ status: 'done', completedAt: before.milestones['html-basics']?.completedAt });
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
    a.actions.importPlan(markMilestone(emptyPlan('2026-11-26'), 'sql-basics', 'done', at('2026-11-02T10:00:00.000Z')), 'replace');
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

describe('hole 2: the store refuses a change its own reader would refuse', () => {
  it('refuses a note that would take the plan past 1 MB, and saves nothing', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    let written = 0;
    let refused = tab.actions.writeNote('m-0', 'n'.repeat(4900));
    while (refused.ok && written < 400) refused = tab.actions.writeNote(`m-${++written}`, 'n'.repeat(4900));
    // About 210 long notes fit; the next one is refused, and nothing of it is saved.
    expect(written).toBeGreaterThan(200);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('larger than 1 MB') });
    expect(planOf(tab).milestones[`m-${written}`]).toBeUndefined();
    const saved = storage.data.get(KEY) ?? '';
    expect(new TextEncoder().encode(saved).length).toBeLessThanOrEqual(1024 * 1024);
    const again = openTab(storage);
    expect(again.store.health.getState()).toMatchObject({ unreadable: null, salvaged: null });
    expect(planOf(again)).toEqual(planOf(tab));
  });

  it('refuses a merge that would pass 5,000 records', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    const file = (from: number): Plan => ({
      ...emptyPlan('2026-11-26'),
      milestones: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`m-${from + i}`, { status: 'done', stamp: `2026-11-01T10:00:00.000Z/0/f` }])),
    });
    expect(tab.actions.importPlan(file(0), 'replace').ok).toBe(true);
    const merged = tab.actions.importPlan(file(3000), 'merge');
    expect(merged).toEqual({ ok: false, error: expect.stringContaining('6,000 milestone records, more than the 5,000') });
    expect(Object.keys(stored(storage).plan.milestones)).toHaveLength(3000);
    expect(tab.store.getState().undo?.label).toBe('Import');
  });

  it('refuses a 501st own milestone, and removed ones never count', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    const mine = (title: string) => ({ title, stageId: 'beyond' as const, hours: 1, resources: [] });
    for (let i = 0; i < 499; i++) {
      const added = tab.actions.addOwnMilestone(mine(`Gone ${i}`));
      if (added.ok) tab.actions.removeOwnMilestone(added.value);
    }
    expect(tab.actions.addOwnMilestone(mine('Read the Rust book')).ok).toBe(true);
    expect(tab.actions.addOwnMilestone(mine('Build a chat server')).ok).toBe(true);
    const again = openTab(storage);
    expect(again.store.health.getState()).toMatchObject({ unreadable: null, salvaged: null });
    expect(planOf(again).custom.map((m) => m.title)).toEqual(['Read the Rust book', 'Build a chat server']);
    expect(Object.keys(planOf(again).removedCustom)).toHaveLength(100);
    again.close();

    for (let i = 2; i < 500; i++) tab.actions.addOwnMilestone(mine(`Mine ${i}`));
    expect(tab.actions.addOwnMilestone(mine('One too many'))).toEqual({ ok: false, error: expect.stringContaining('at most 500') });
  });

  it('says so globally when a tick is refused', () => {
    const tab = openTab();
    for (let i = 0; i < 213; i++) tab.actions.writeNote(`m-${i}`, 'n'.repeat(4900));
    const size = serializePlanDocument(planOf(tab)).length;
    expect(size).toBeGreaterThan(1_040_000);
    tab.actions.writeNote('last', 'n'.repeat(Math.max(0, 1_048_576 - 64 - size - 200)));
    tab.actions.markMilestone('a-milestone-with-a-rather-long-identifier-to-pass-the-limit', 'done');
    tab.actions.markMilestone('another-milestone-with-a-rather-long-identifier-as-well', 'done');
    expect(tab.store.getState().refusal).toMatch(/larger than 1 MB/);
    tab.actions.dismissRefusal();
    expect(tab.store.getState().refusal).toBeNull();
  });
});

describe('hole 4 and 5: unreadable saved data is salvaged, and backed up once', () => {
  it('loads every readable record, names the one set aside, and keeps the original as a backup', () => {
    const storage = new SharedStorage();
    const record = { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z', completedAt: '2026-11-01T10:00:00.000Z', note: 'n' };
    const raw = v1({ milestones: { a: record, b: record, c: record, d: record, 'git-basics': { status: 'paused', updatedAt: '2026-11-01T10:00:00.000Z' } } });
    storage.data.set(KEY, raw);
    const tab = openTab(storage);
    expect(Object.keys(planOf(tab).milestones).sort()).toEqual(['a', 'b', 'c', 'd']);
    const salvaged = tab.store.health.getState().salvaged;
    expect(salvaged?.setAside).toEqual(["'git-basics' has status 'paused'"]);
    expect(backups(storage)).toEqual([salvaged?.backupKey]);
    expect(storage.data.get(salvaged?.backupKey ?? '')).toBe(raw);
  });

  it.each([
    ['unreadable JSON', '{not json', /not valid JSON/],
    ['a version from the future', JSON.stringify({ format: 'backend-path-plan', version: 99, plan: {} }), /newer version/],
    ['something else entirely', JSON.stringify([1, 2, 3]), /not a Backend Path plan/],
  ])('%s is backed up once however often it is loaded, reported, and never overwritten', (_name, raw, reason) => {
    const storage = new SharedStorage();
    storage.data.set(KEY, raw);
    for (let reload = 0; reload < 5; reload++) {
      const tab = openTab(storage, { now: T0 + reload * MINUTE });
      expect(tab.store.health.getState().unreadable?.reason).toMatch(reason);
    }
    expect(backups(storage)).toHaveLength(1);
    const backupKey = backups(storage)[0] ?? '';
    expect(storage.data.get(backupKey)).toBe(raw);

    const tab = openTab(storage);
    expect(tab.store.health.getState().backups.map((b) => b.key)).toEqual([backupKey]);
    tab.actions.chooseLanguage('ruby');
    expect(storage.data.get(backupKey)).toBe(raw);
    expect(planOf(openTab(storage)).language).toBe('ruby');
    tab.store.backups.delete(backupKey);
    expect(backups(storage)).toEqual([]);
    expect(tab.store.health.getState().backups).toEqual([]);
  });

  it('leaves the data in place and saves nothing over it when even the backup cannot be written', () => {
    const storage = new SharedStorage();
    storage.data.set(KEY, '{broken');
    const tab = openTab(storage, { failWrites: (key) => (key.startsWith(BACKUP) ? quotaExceeded() : null) });
    const health = tab.store.health;
    expect(health.getState().unreadable?.backupKey).toBeNull();
    tab.actions.markMilestone('html-basics', 'done');
    expect(storage.data.get(KEY)).toBe('{broken');
    expect(health.getState().writeFailed?.reason).toMatch(/could not be backed up/);
    expect(planOf(tab).milestones['html-basics']?.status).toBe('done');

    // Once the learner has downloaded it, saving goes on.
    tab.store.releaseUnreadableData();
    expect(stored(storage).plan.milestones['html-basics'].status).toBe('done');
    expect(health.getState().writeFailed).toBeNull();
  });

  it('says that backups fill the storage when a save fails for lack of room', () => {
    const storage = new SharedStorage();
    storage.data.set(KEY, 'x'.repeat(300_000));
    const tab = openTab(storage);
    tab.storage.failWrites = () => quotaExceeded();
    tab.actions.markMilestone('html-basics', 'done');
    expect(tab.store.health.getState().writeFailed?.reason).toMatch(/backups of earlier plans take 293 KB/);
    expect(planOf(tab).milestones['html-basics']?.status).toBe('done');
  });
});

describe('the persist migrate trap', () => {
  it('a migration step that throws leaves the saved data untouched', () => {
    const storage = new SharedStorage();
    const raw = v1({ milestones: { 'html-basics': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' } } });
    storage.data.set(KEY, raw);
    const steps = MIGRATION_STEPS as Record<number, unknown>;
    const real = steps[1];
    steps[1] = () => {
      throw new Error('a bug in a migration');
    };
    try {
      const tab = openTab(storage);
      expect(tab.store.health.getState().unreadable?.reason).toMatch(/could not be upgraded/);
      tab.actions.markMilestone('css-basics', 'done');
      const backupKey = backups(storage)[0] ?? '';
      expect(storage.data.get(backupKey)).toBe(raw);
    } finally {
      steps[1] = real;
    }
    // With the step mended, the backup reads again in full.
    const backupKey = backups(storage)[0] ?? '';
    const restored = openTab(storage).store.readPlan(storage.data.get(backupKey) ?? '', 'storage');
    expect(restored.ok && restored.value.plan.milestones['html-basics']?.status).toBe('done');
  });
});

describe('retired milestone ids, in the one restore path', () => {
  const retired = { 'old-sql': 'sql-basics' };
  const withOld = v1({ milestones: { 'old-sql': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z', note: 'joins' } } });

  it('move a tick from storage to the replacement', () => {
    const storage = new SharedStorage();
    storage.data.set(KEY, withOld);
    expect(planOf(openTab(storage, { retired })).milestones).toEqual({
      'sql-basics': { status: 'done', stamp: '2026-11-01T10:00:00.000Z/0/v1', note: 'joins' },
    });
  });

  it('move a tick from a file, and from another tab', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage, { retired });
    const file = tab.store.readPlan(withOld, 'file');
    expect(file.ok && Object.keys(file.value.plan.milestones)).toEqual(['sql-basics']);
    const other = storage.tab();
    other.setItem(KEY, withOld);
    expect(Object.keys(planOf(tab).milestones)).toEqual(['sql-basics']);
  });
});

describe('failed writes', () => {
  it('keep the plan in memory, are reported, and clear after the next good save', () => {
    const storage = new SharedStorage();
    const tab = openTab(storage);
    tab.actions.markMilestone('html-basics', 'done');
    tab.storage.failWrites = () => quotaExceeded();
    expect(() => tab.actions.markMilestone('css-basics', 'done')).not.toThrow();
    expect(planOf(tab).milestones['css-basics']?.status).toBe('done');
    expect(tab.store.health.getState().writeFailed?.reason).toMatch(/storage for this site is full/);
    tab.storage.failWrites = null;
    tab.actions.markMilestone('js-basics', 'learning');
    expect(tab.store.health.getState().writeFailed).toBeNull();
    expect(Object.keys(stored(storage).plan.milestones).sort()).toEqual(['css-basics', 'html-basics', 'js-basics']);
  });

  it('say so when storage is turned off', () => {
    const tab = openTab();
    tab.storage.failWrites = () => new DOMException('denied', 'SecurityError');
    tab.actions.chooseLanguage('java');
    expect(tab.store.health.getState().writeFailed?.reason).toMatch(/did not allow this site to save/);
    expect(planOf(tab).language).toBe('java');
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
