// @vitest-environment node
// The store is built in each test from an in-memory localStorage and a clock of the test's own:
// opening a second store on the same storage is a reload, or a second tab.
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../domain/plan';
import { serializePlanDocument } from '../domain/plan-document';
import { readPlanDocument } from '../domain/plan-file';
import { MIGRATION_STEPS } from '../domain/migrations';
import type { Plan } from '../domain/plan-schema';
import { quotaExceeded } from '../../tests/support/memory-storage';
import {
  BACKUP_PREFIX as BACKUP,
  MINUTE,
  SharedStorage,
  T0,
  backups,
  openTab,
  planOf,
  stored,
  v1,
} from '../../tests/support/test-store';
import { STORAGE_KEY as KEY } from './create-app-store';

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
      milestones: Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [
          `m-${from + i}`,
          { status: 'done', stamp: `2026-11-01T10:00:00.000Z/0/f` },
        ]),
      ),
    });
    expect(tab.actions.importPlan(file(0), 'replace').ok).toBe(true);
    const merged = tab.actions.importPlan(file(3000), 'merge');
    expect(merged).toEqual({
      ok: false,
      error: expect.stringContaining('6,000 milestone records, more than the 5,000'),
    });
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
    expect(tab.actions.addOwnMilestone(mine('One too many'))).toEqual({
      ok: false,
      error: expect.stringContaining('at most 500'),
    });
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
    const record = {
      status: 'done',
      updatedAt: '2026-11-01T10:00:00.000Z',
      completedAt: '2026-11-01T10:00:00.000Z',
      note: 'n',
    };
    const raw = v1({
      milestones: {
        a: record,
        b: record,
        c: record,
        d: record,
        'git-basics': { status: 'paused', updatedAt: '2026-11-01T10:00:00.000Z' },
      },
    });
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
    [
      'a version from the future',
      JSON.stringify({ format: 'backend-path-plan', version: 99, plan: {} }),
      /newer version/,
    ],
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
    const restored = readPlanDocument(storage.data.get(backupKey) ?? '', openTab(storage).store.readOptions('storage'));
    expect(restored.ok && restored.value.plan.milestones['html-basics']?.status).toBe('done');
  });
});

describe('retired milestone ids, in the one restore path', () => {
  const retired = { 'old-sql': 'sql-basics' };
  const withOld = v1({
    milestones: { 'old-sql': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z', note: 'joins' } },
  });

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
    const file = readPlanDocument(withOld, tab.store.readOptions('file'));
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
