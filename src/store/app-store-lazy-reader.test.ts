// @vitest-environment node
// In the browser the plan reader is a chunk of its own: a first visit never loads it, and a
// returning learner's store opens once it has arrived. These tests hand the reader over when
// they choose, to check that nothing saved is lost or written over while it is on its way.
import { describe, expect, it } from 'vitest';
import { readPlanDocument } from '../domain/plan-file';
import { SharedStorage, openTab, planOf, stored } from '../../tests/support/test-store';
import { STORAGE_KEY as KEY } from './create-app-store';

type Reader = typeof readPlanDocument;

/** A reader that arrives when the test says so, or fails to (the connection dropped). */
function readerOnItsWay() {
  let arrive!: (reader: Reader) => void;
  let fail!: (error: Error) => void;
  let asked = 0;
  const promise = new Promise<Reader>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  return {
    load: () => {
      asked++;
      return promise;
    },
    arrive: async () => {
      arrive(readPlanDocument);
      await settle();
    },
    fail: async () => {
      fail(new Error('Failed to fetch dynamically imported module'));
      await settle();
    },
    get asked() {
      return asked;
    },
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A storage on which a learner has saved a plan: Python chosen, HTML basics done. */
function savedPlan(): SharedStorage {
  const storage = new SharedStorage();
  const before = openTab(storage);
  before.actions.chooseLanguage('python');
  before.actions.markMilestone('html-basics', 'done');
  before.close();
  return storage;
}

describe('the plan reader, loaded only when something is saved', () => {
  it('is not needed on a first visit: the store opens at once, with an empty plan', async () => {
    const storage = new SharedStorage();
    const reader = readerOnItsWay();
    const tab = openTab(storage, { loadReader: reader.load });
    await expect(Promise.race([tab.store.opened.then(() => 'opened'), settle()])).resolves.toBe('opened');
    expect(reader.asked).toBe(0);
    expect(planOf(tab).language).toBeNull();
    // Its first change is saved at once: there is nothing saved it could write over.
    tab.actions.chooseLanguage('go');
    expect(stored(storage).plan.language).toBe('go');
    expect(reader.asked).toBe(0);
  });

  it('opens the saved plan once the reader arrives, and writes nothing before', async () => {
    const storage = savedPlan();
    const savedText = storage.data.get(KEY);
    const reader = readerOnItsWay();
    const tab = openTab(storage, { loadReader: reader.load });
    let opened = false;
    void tab.store.opened.then(() => (opened = true));
    await settle();
    expect(opened).toBe(false);
    // Whatever happens in this tab meanwhile is not saved over the plan not yet read.
    tab.store.setState({ plan: { ...planOf(tab), language: 'ruby' } });
    expect(storage.data.get(KEY)).toBe(savedText);

    await reader.arrive();
    expect(opened).toBe(true);
    expect(planOf(tab).language).toBe('python');
    expect(planOf(tab).milestones['html-basics']?.status).toBe('done');
    expect(storage.data.get(KEY)).toBe(savedText);
    tab.actions.markMilestone('css-basics', 'learning');
    expect(stored(storage).plan.milestones['css-basics'].status).toBe('learning');
    expect(stored(storage).plan.milestones['html-basics'].status).toBe('done');
  });

  it('reads what is saved when the reader arrives: a save by another tab meanwhile is kept', async () => {
    const storage = savedPlan();
    const reader = readerOnItsWay();
    const tab = openTab(storage, { loadReader: reader.load });
    // Even without hearing the other tab's save (the next test hears it).
    tab.close();
    const other = openTab(storage);
    other.actions.markMilestone('git-basics', 'done');
    other.actions.markMilestone('html-basics', 'skipped');
    await reader.arrive();
    expect(planOf(tab).milestones['git-basics']?.status).toBe('done');
    expect(planOf(tab).milestones['html-basics']?.status).toBe('skipped');
    tab.actions.markMilestone('css-basics', 'done');
    expect(stored(storage).plan.milestones).toMatchObject({
      'git-basics': { status: 'done' },
      'html-basics': { status: 'skipped' },
      'css-basics': { status: 'done' },
    });
  });

  it('never writes over the saved plan when the reader cannot load, and says why', async () => {
    const storage = savedPlan();
    const savedText = storage.data.get(KEY);
    const reader = readerOnItsWay();
    const tab = openTab(storage, { loadReader: reader.load });
    await reader.fail();
    const health = tab.store.health.getState();
    expect(health.unreadable?.reason).toMatch(/did not load .*reload the page/i);
    expect(health.unreadable?.backupKey).toBeNull();
    // The learner goes on in an empty plan; nothing of it is saved over the one on disk.
    tab.actions.markMilestone('css-basics', 'done');
    expect(storage.data.get(KEY)).toBe(savedText);
    expect(tab.store.health.getState().writeFailed?.reason).toMatch(/not been opened yet/);
    // A reload, with the reader loading this time, opens the plan as it was.
    const again = openTab(storage);
    expect(planOf(again).milestones['html-basics']?.status).toBe('done');
    expect(planOf(again).milestones['css-basics']).toBeUndefined();
  });
});
