import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, markMilestone, mergePlans } from '../domain/plan';
import { serializePlanDocument } from '../domain/plan-file';

const KEY = 'backend-path:plan';

/** A fresh module graph is what a page reload gives: the store hydrates from localStorage again. */
async function reload() {
  vi.resetModules();
  const store = await import('./app-store');
  const health = await import('./storage-health');
  return { ...store, health: health.storageHealth };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith('backend-path:backup:'));

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Moves the clock the store reads, so that each step happens at a time of its own. */
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('actions and what lands in localStorage', () => {
  it('saves a tick as a plan document', async () => {
    const { useAppStore } = await reload();
    useAppStore.getState().chooseLanguage('python');
    useAppStore.getState().markMilestone('html-basics', 'done');
    expect(useAppStore.getState().plan.milestones['html-basics']?.status).toBe('done');
    const document = stored();
    expect(document).toMatchObject({ format: 'backend-path-plan', version: 1, plan: { language: 'python' } });
    expect(document.plan.milestones['html-basics'].status).toBe('done');
    expect(document.plan.milestones['html-basics'].completedAt).toEqual(expect.any(String));
  });

  it('keeps every tick when the language changes and changes back', async () => {
    const { useAppStore } = await reload();
    const { chooseLanguage, markMilestone: mark } = useAppStore.getState();
    chooseLanguage('php');
    mark('html-basics', 'done');
    mark('php-basics', 'done');
    chooseLanguage('python');
    mark('python-basics', 'learning');
    chooseLanguage('php');
    const milestones = stored().plan.milestones;
    expect(Object.keys(milestones).sort()).toEqual(['html-basics', 'php-basics', 'python-basics']);
    expect(stored().plan.language).toBe('php');
  });

  it('saves notes and pace', async () => {
    const { useAppStore } = await reload();
    useAppStore.getState().writeNote('git-basics', 'Read chapter 2 of Pro Git');
    useAppStore.getState().updatePace({ hoursPerWeek: 12, targetDate: '2027-06-01' });
    expect(stored().plan.milestones['git-basics']).toMatchObject({ status: 'todo', note: 'Read chapter 2 of Pro Git' });
    expect(stored().plan.settings).toMatchObject({ hoursPerWeek: 12, targetDate: '2027-06-01' });
  });

  it('survives a reload', async () => {
    const first = await reload();
    first.useAppStore.getState().chooseLanguage('node');
    first.useAppStore.getState().markMilestone('css-basics', 'done');
    first.useAppStore.getState().writeNote('css-basics', 'Flexbox froggy');
    const second = await reload();
    const plan = second.useAppStore.getState().plan;
    expect(plan.language).toBe('node');
    expect(plan.milestones['css-basics']).toMatchObject({ status: 'done', note: 'Flexbox froggy' });
    expect(second.health.getState().unreadable).toBeNull();
  });

  it('imports by replace or merge, and undoes either', async () => {
    const { useAppStore } = await reload();
    useAppStore.getState().markMilestone('html-basics', 'done');
    const before = useAppStore.getState().plan;
    const incoming = markMilestone(emptyPlan('2026-11-26'), 'git-basics', 'done', '2026-11-20T10:00:00.000Z');

    useAppStore.getState().importPlan(incoming, 'replace');
    expect(Object.keys(stored().plan.milestones)).toEqual(['git-basics']);
    useAppStore.getState().undoLast();
    const after = useAppStore.getState().plan;
    expect(after.language).toBe(before.language);
    expect(after.milestones['html-basics']).toMatchObject({
      status: 'done',
      completedAt: before.milestones['html-basics']?.completedAt,
    });
    expect(Object.keys(stored().plan.milestones)).toEqual(['html-basics']);

    useAppStore.getState().importPlan(incoming, 'merge');
    expect(Object.keys(stored().plan.milestones).sort()).toEqual(['git-basics', 'html-basics']);
  });

  it('resets and undoes the reset', async () => {
    const { useAppStore } = await reload();
    useAppStore.getState().chooseLanguage('go');
    useAppStore.getState().markMilestone('html-basics', 'done');
    useAppStore.getState().resetPlan();
    expect(stored().plan.language).toBeNull();
    expect(stored().plan.milestones).toEqual({});
    useAppStore.getState().undoLast();
    expect(stored().plan.language).toBe('go');
    expect(stored().plan.milestones['html-basics'].status).toBe('done');
  });
});

describe('whole-plan changes and other open tabs', () => {
  it('an undone reset comes back in a tab that saw the reset, and both tabs keep later ticks', async () => {
    const { useAppStore } = await reload();
    clockAt('2026-11-26T10:00:00.000Z');
    useAppStore.getState().markMilestone('html-basics', 'done');
    useAppStore.getState().markMilestone('css-basics', 'done');
    clockAt('2026-11-26T10:01:00.000Z');
    useAppStore.getState().resetPlan();
    const otherTabAfterReset = useAppStore.getState().plan;
    clockAt('2026-11-26T10:02:00.000Z');
    useAppStore.getState().undoLast();
    const undone = useAppStore.getState().plan;

    // The other tab takes in the undo, then ticks something of its own.
    let otherTab = mergePlans(otherTabAfterReset, undone);
    expect(Object.keys(otherTab.milestones).sort()).toEqual(['css-basics', 'html-basics']);
    otherTab = markMilestone(otherTab, 'git-basics', 'done', '2026-11-26T10:03:00.000Z');

    useAppStore.getState().receivePlanFromOtherTab(otherTab);
    expect(Object.keys(useAppStore.getState().plan.milestones).sort()).toEqual(['css-basics', 'git-basics', 'html-basics']);
  });

  it('a Replace wins over an older plan in another tab instead of being merged with it', async () => {
    const { useAppStore } = await reload();
    clockAt('2026-11-26T10:00:00.000Z');
    useAppStore.getState().markMilestone('html-basics', 'done');
    const otherTab = useAppStore.getState().plan;
    const file = markMilestone(emptyPlan('2026-11-26'), 'git-basics', 'done', '2026-11-20T10:00:00.000Z');
    clockAt('2026-11-26T10:05:00.000Z');
    useAppStore.getState().importPlan(file, 'replace');
    const replaced = useAppStore.getState().plan;
    expect(Object.keys(mergePlans(otherTab, replaced).milestones)).toEqual(['git-basics']);
  });

  it('merges a file older than the last reset without losing what it brings', async () => {
    const { useAppStore } = await reload();
    clockAt('2026-11-26T10:00:00.000Z');
    useAppStore.getState().markMilestone('html-basics', 'done');
    useAppStore.getState().resetPlan();
    clockAt('2026-11-26T10:01:00.000Z');
    useAppStore.getState().markMilestone('css-basics', 'done');
    const oldBackup = markMilestone(emptyPlan('2026-11-01'), 'git-basics', 'done', '2026-11-02T10:00:00.000Z');
    useAppStore.getState().importPlan(oldBackup, 'merge');
    expect(Object.keys(stored().plan.milestones).sort()).toEqual(['css-basics', 'git-basics']);
  });

  it('brings dates from the future in an imported file back to now', async () => {
    const { useAppStore } = await reload();
    const file = markMilestone(emptyPlan('2026-11-26'), 'git-basics', 'done', '9999-01-01T00:00:00.000Z');
    useAppStore.getState().importPlan(file, 'merge');
    const record = useAppStore.getState().plan.milestones['git-basics'];
    expect(record?.updatedAt.startsWith('9999')).toBe(false);
    expect(Date.parse(record?.updatedAt ?? '')).toBeLessThanOrEqual(Date.now());
  });
});

describe('unreadable saved data', () => {
  const valid = serializePlanDocument(emptyPlan('2026-11-26'));
  it.each([
    ['unreadable JSON', '{not json', /not valid JSON/],
    ['a wrong shape', JSON.stringify({ format: 'backend-path-plan', version: 1, plan: { milestones: 'x' } }), /missing|not valid/],
    ['a version from the future', valid.replace('"version": 1', '"version": 99'), /newer version/],
    ['something else entirely', JSON.stringify([1, 2, 3]), /not a Backend Path plan/],
  ])('%s is backed up, reported, and never overwritten', async (_name, raw, reason) => {
    localStorage.setItem(KEY, raw);
    const { useAppStore, health } = await reload();
    expect(useAppStore.getState().plan.milestones).toEqual({});
    const trouble = health.getState().unreadable;
    expect(trouble?.reason).toMatch(reason);
    expect(backups()).toHaveLength(1);
    const backupKey = backups()[0] ?? '';
    expect(trouble?.backupKey).toBe(backupKey);
    expect(localStorage.getItem(backupKey)).toBe(raw);

    useAppStore.getState().chooseLanguage('ruby');
    useAppStore.getState().markMilestone('html-basics', 'done');
    expect(localStorage.getItem(backupKey)).toBe(raw);

    const again = await reload();
    expect(again.useAppStore.getState().plan.language).toBe('ruby');
    expect(again.health.getState().unreadable).toBeNull();
    expect(localStorage.getItem(backupKey)).toBe(raw);
  });

  it('leaves the data in place and saves nothing over it when even the backup cannot be written', async () => {
    localStorage.setItem(KEY, '{broken');
    const realSetItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith('backend-path:backup:')) throw new DOMException('full', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    const { useAppStore, health, releaseUnreadableData } = await reload();
    expect(health.getState().unreadable?.backupKey).toBeNull();
    useAppStore.getState().markMilestone('html-basics', 'done');
    expect(localStorage.getItem(KEY)).toBe('{broken');
    expect(health.getState().writeFailed?.reason).toMatch(/could not be backed up/);
    expect(useAppStore.getState().plan.milestones['html-basics']?.status).toBe('done');

    // Once the learner has downloaded it, saving goes on.
    releaseUnreadableData();
    expect(stored().plan.milestones['html-basics'].status).toBe('done');
    expect(health.getState().writeFailed).toBeNull();
  });
});

describe('failed writes', () => {
  it('keeps the plan in memory, reports the failure, and clears it after the next good save', async () => {
    const { useAppStore, health } = await reload();
    useAppStore.getState().markMilestone('html-basics', 'done');
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => useAppStore.getState().markMilestone('css-basics', 'done')).not.toThrow();
    expect(useAppStore.getState().plan.milestones['css-basics']?.status).toBe('done');
    expect(health.getState().writeFailed?.reason).toMatch(/storage for this site is full/);

    spy.mockRestore();
    useAppStore.getState().markMilestone('js-basics', 'learning');
    expect(health.getState().writeFailed).toBeNull();
    expect(Object.keys(stored().plan.milestones).sort()).toEqual(['css-basics', 'html-basics', 'js-basics']);
  });

  it('says so when storage is turned off', async () => {
    const { useAppStore, health } = await reload();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    useAppStore.getState().chooseLanguage('java');
    expect(health.getState().writeFailed?.reason).toMatch(/did not allow this site to save/);
    expect(useAppStore.getState().plan.language).toBe('java');
  });
});

describe('two tabs', () => {
  it('takes in the other tab’s change and keeps its own', async () => {
    const { useAppStore, syncAcrossTabs } = await reload();
    const stop = syncAcrossTabs(window);
    useAppStore.getState().markMilestone('html-basics', 'done');

    // The other tab ticked a different milestone, starting from what it had loaded earlier.
    const theirs = markMilestone(emptyPlan('2026-11-26'), 'git-basics', 'done', new Date().toISOString());
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: serializePlanDocument(theirs) }));

    const milestones = useAppStore.getState().plan.milestones;
    expect(milestones['html-basics']?.status).toBe('done');
    expect(milestones['git-basics']?.status).toBe('done');
    expect(Object.keys(stored().plan.milestones).sort()).toEqual(['git-basics', 'html-basics']);
    stop();
  });

  it('ignores other keys and unreadable values', async () => {
    const { useAppStore, syncAcrossTabs } = await reload();
    const stop = syncAcrossTabs(window);
    useAppStore.getState().markMilestone('html-basics', 'done');
    const before = useAppStore.getState().plan;
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{garbage' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'x' }));
    expect(useAppStore.getState().plan).toBe(before);
    stop();
  });
});
