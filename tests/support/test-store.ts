import { readPlanDocument } from '../../src/domain/plan-file';
import { createAppStore, type AppStore, type AppStoreDeps } from '../../src/store/create-app-store';
import { SharedStorage, type TabStorage } from './memory-storage';

export interface TestTab {
  readonly store: AppStore;
  readonly storage: TabStorage;
  /** This tab's clock, in ms; move it to make each change happen at its own time. */
  now: number;
  readonly actions: AppStore extends { getState(): { actions: infer A } } ? A : never;
  /** Closes the tab: it no longer hears other tabs' saves. */
  close(): void;
}

let ids = 0;

/**
 * A store as a browser tab would have it, on a shared in-memory localStorage. Opening a second
 * tab on the same storage is a reload (when the first is dropped) or a second tab (when both
 * are kept; they hear each other's saves).
 */
export function openTab(
  storage: SharedStorage = new SharedStorage(),
  options: {
    now?: number;
    retired?: Record<string, string | null>;
    offsetMs?: number;
    failWrites?: TabStorage['failWrites'];
    loadReader?: AppStoreDeps['loadReader'];
  } = {},
): TestTab {
  const view = storage.tab();
  view.failWrites = options.failWrites ?? null;
  const tab = {
    now: options.now ?? Date.parse('2026-11-26T10:00:00.000Z'),
    storage: view,
  } as { now: number; storage: TabStorage; store: AppStore; actions: TestTab['actions']; close: () => void };
  const offset = options.offsetMs ?? 0;
  tab.store = createAppStore({
    storage: () => view,
    now: () => tab.now + offset,
    newId: () => `t${(ids++).toString(36)}`,
    retired: options.retired ?? {},
    // At once: these tests are about what is read and saved; app-store-lazy-reader.test.ts
    // covers the reader arriving later, as it does in the browser.
    loadReader: options.loadReader ?? (() => readPlanDocument),
  });
  tab.close = tab.store.syncAcrossTabs(view.events as unknown as Window);
  Object.defineProperty(tab, 'actions', { get: () => tab.store.getState().actions });
  return tab;
}

export { SharedStorage };

export const BACKUP_PREFIX = 'backend-path:backup:';
export const MINUTE = 60_000;
export const T0 = Date.parse('2026-11-26T10:00:00.000Z');

/** The document saved under the plan's key, parsed. */
export const stored = (storage: SharedStorage) => JSON.parse(storage.data.get('backend-path:plan') ?? 'null');
export const backups = (storage: SharedStorage) => [...storage.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
export const planOf = (tab: TestTab) => tab.store.getState().plan;

/** A version-1 document as the first release saved it. */
export function v1(plan: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'backend-path-plan',
    version: 1,
    plan: {
      language: 'python',
      settings: { hoursPerWeek: 8, startDate: '2026-11-01', targetDate: null },
      milestones: {},
      ...plan,
    },
  });
}
