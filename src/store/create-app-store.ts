import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { observe, startClock, tick, formatStamp, type Clock } from '../domain/hlc';
import { EARLIEST_INSTANT, formatInstant, LATEST_INSTANT, localDay } from '../domain/instant';
import * as planOps from '../domain/plan';
import type { ReadOptions, ReadPlan, ReadSource } from '../domain/plan-file';
import { checkLimits, serializePlanDocument } from '../domain/plan-document';
import { mergePlans, planAfterImport, undoChange, type ImportMode } from '../domain/plan-merge';
import type { CustomMilestone, MilestoneRecord, PaceSettings, Plan, Weights } from '../domain/plan-schema';
import { PLAN_VERSION } from '../domain/plan-limits';
import { fail, ok, type Result } from '../domain/result';
import type { LanguageId, MilestoneStatus } from '../domain/types';
import { deleteBackup, readBackup } from './backups';
import { createPlanStorage, type PersistedState, type ReadStored } from './plan-storage';
import { createStorageHealth, type HealthStore } from './storage-health';

export const STORAGE_KEY = 'backend-path:plan';

export interface AppStoreDeps {
  /** The browser's storage (a function: it may be turned off and throw). */
  readonly storage: () => Storage;
  /** Wall time in ms. */
  readonly now: () => number;
  /** A short random id of this tab, for the logical clock: lowercase letters and digits. */
  readonly newId: () => string;
  /** Retired milestone ids and what replaces them. */
  readonly retired: Readonly<Record<string, string | null>>;
  /**
   * The plan reader (parse, migrate, salvage, validate). By default a chunk of its own, loaded
   * only when something saved must be read: a first visit has nothing saved and never waits for
   * it. A test may hand it over at once.
   */
  readonly loadReader?: () => ReadDocument | Promise<ReadDocument>;
}

type ReadDocument = (text: string, options: ReadOptions) => Result<ReadPlan>;

const loadPlanReader = () => import('../domain/plan-file').then((reader) => reader.readPlanDocument);

export interface RemovedOwnMilestone {
  readonly milestone: CustomMilestone;
  readonly record: MilestoneRecord | undefined;
}

interface Undoable {
  readonly label: 'Import' | 'Reset';
  /** The plan as it was before the action, and as the action left it. */
  readonly before: Plan;
  readonly after: Plan;
}

interface AppActions {
  chooseLanguage(language: LanguageId): void;
  markMilestone(id: string, status: MilestoneStatus): void;
  /** Refused (and nothing changed) when the plan would pass a limit. */
  writeNote(id: string, note: string): Result<void>;
  updatePace(settings: Partial<Omit<PaceSettings, 'weights'>>): void;
  setWeights(weights: Weights): void;
  /** The new milestone's id, or why it was refused. */
  addOwnMilestone(milestone: Omit<CustomMilestone, 'stamp' | 'id'>): Result<string>;
  /** Removes it, and gives back what is needed to undo the removal. */
  removeOwnMilestone(id: string): RemovedOwnMilestone | null;
  undoRemoveOwnMilestone(removed: RemovedOwnMilestone): void;
  importPlan(plan: Plan, mode: ImportMode): Result<void>;
  resetPlan(): void;
  undoLast(): void;
  dismissRefusal(): void;
  /** Another tab saved the plan: take its changes in without losing ours. */
  receivePlanFromOtherTab(plan: Plan): void;
}

export interface AppState {
  readonly plan: Plan;
  /** The last import or reset, until the next change; not persisted. */
  readonly undo: Undoable | null;
  /** Why the last change was refused (it would have passed a limit); not persisted. */
  readonly refusal: string | null;
  readonly actions: AppActions;
}

/**
 * The app's one store, built from what it needs, so that a test can build its own with a
 * storage, a clock and ids of its choosing. Persisted under one key, read and written through
 * the one plan reader.
 */
export function createAppStore(deps: AppStoreDeps) {
  const health: HealthStore = createStorageHealth();
  const wallNow = () => Math.min(LATEST_INSTANT, Math.max(EARLIEST_INSTANT, deps.now()));
  const nowIso = () => formatInstant(wallNow());
  const today = () => localDay(nowIso());
  let clock: Clock = startClock(deps.newId());
  const nextChange = (): planOps.Change => {
    clock = tick(clock, wallNow());
    return { stamp: formatStamp(clock), now: nowIso() };
  };
  const seen = (plan: Plan) => {
    clock = observe(clock, planOps.latestStampIn(plan));
  };

  /** What the reader needs to read a plan document now, from a file or from this browser. */
  const readOptions = (source: ReadSource): ReadOptions => ({
    source,
    now: wallNow(),
    today: today(),
    retired: deps.retired,
  });
  let reader: ReadDocument | null = null;
  let readerLoading: Promise<ReadDocument> | null = null;
  /** The reader: at once once loaded, else a promise of it (loaded once; tried again after a failure). */
  const withReader = (): ReadDocument | Promise<ReadDocument> => {
    if (reader) return reader;
    if (!readerLoading) {
      const loaded = (deps.loadReader ?? loadPlanReader)();
      if (typeof loaded === 'function') return (reader = loaded);
      readerLoading = loaded.then(
        (read) => (reader = read),
        (error: unknown) => {
          readerLoading = null;
          throw error;
        },
      );
    }
    return readerLoading;
  };
  const storedReader =
    (read: ReadDocument): ReadStored =>
    (text) =>
      read(text, readOptions('storage'));

  const planStorage = createPlanStorage({
    getStorage: deps.storage,
    now: nowIso,
    health,
    reader: () => {
      const read = withReader();
      return typeof read === 'function' ? storedReader(read) : read.then(storedReader);
    },
  });

  const useStore = create<AppState>()(
    persist<AppState, [], [], PersistedState>(
      (set, get) => {
        /**
         * Every change to the plan passes here: a change that would leave a plan the reader
         * refuses is refused, and the plan stays as it was. `quiet` changes report a refusal to
         * their caller only, which shows it where the learner acted.
         */
        const commit = (
          change: (plan: Plan, stamp: planOps.Change) => Plan,
          options: { quiet?: boolean; undo?: Undoable['label'] } = {},
        ): Result<Plan> => {
          const state = get();
          const next = change(state.plan, nextChange());
          if (next === state.plan) return ok(next);
          const checked = checkLimits(next, state.plan);
          if (!checked.ok) {
            if (!options.quiet) set({ refusal: checked.error });
            return checked;
          }
          const undo = options.undo ? { label: options.undo, before: state.plan, after: next } : null;
          set({ plan: next, undo, refusal: null });
          return ok(next);
        };
        const done = (result: Result<Plan>): Result<void> => (result.ok ? ok(undefined) : result);

        const actions: AppActions = {
          chooseLanguage: (language) => void commit((p, c) => planOps.chooseLanguage(p, language, c)),
          markMilestone: (id, status) => void commit((p, c) => planOps.markMilestone(p, id, status, c)),
          writeNote: (id, note) => done(commit((p, c) => planOps.writeNote(p, id, note, c), { quiet: true })),
          updatePace: (settings) => void commit((p, c) => planOps.updateSettings(p, settings, c)),
          setWeights: (weights) => void commit((p, c) => planOps.updateSettings(p, { weights }, c)),
          addOwnMilestone: (milestone) => {
            const id = `own-${deps.newId()}`;
            const result = commit((p, c) => planOps.addCustomMilestone(p, { ...milestone, id }, c), { quiet: true });
            if (!result.ok) return result;
            return result.value.custom.some((m) => m.id === id) ? ok(id) : fail('Give your milestone a title.');
          },
          removeOwnMilestone: (id) => {
            const { plan } = get();
            const milestone = plan.custom.find((m) => m.id === id);
            if (!milestone) return null;
            const removed = { milestone, record: plan.milestones[id] };
            return commit((p, c) => planOps.removeCustomMilestone(p, id, c)).ok ? removed : null;
          },
          undoRemoveOwnMilestone: ({ milestone, record }) =>
            void commit((p, c) => planOps.restoreCustomMilestone(p, milestone, record, c)),
          importPlan: (incoming, mode) =>
            done(commit((p, c) => planAfterImport(p, incoming, mode, c), { quiet: true, undo: 'Import' })),
          resetPlan: () => void commit((_, c) => planOps.resetPlan(today(), c), { undo: 'Reset' }),
          undoLast: () => {
            const { undo } = get();
            if (!undo) return;
            const result = commit((p, c) => undoChange(p, undo.before, undo.after, c));
            if (result.ok) set({ undo: null });
          },
          dismissRefusal: () => set({ refusal: null }),
          receivePlanFromOtherTab: (theirs) => {
            seen(theirs);
            const state = get();
            let merged = mergePlans(state.plan, theirs);
            // Nothing new (often our own save coming back): keep the same object, re-render nothing.
            if (serializePlanDocument(merged) === serializePlanDocument(state.plan)) return;
            // Two plans, each within the limits, may pass them together: the other tab's saved plan wins.
            if (!checkLimits(merged, state.plan).ok) merged = theirs;
            set({ plan: merged });
          },
        };
        return { plan: planOps.emptyPlan(today()), undo: null, refusal: null, actions };
      },
      {
        name: STORAGE_KEY,
        version: PLAN_VERSION,
        storage: planStorage,
        partialize: (state): PersistedState => ({ plan: state.plan }),
        // No `migrate`: the storage adapter reads through the one reader, which migrates.
        // Runs on every start, also when nothing was stored.
        merge: (persisted, current) => {
          const plan = (persisted as PersistedState | undefined)?.plan;
          if (!plan) return current;
          seen(plan);
          return { ...current, plan };
        },
      },
    ),
  );

  /** Saves the plan now, after the learner took a copy of data we could not back up. */
  const releaseUnreadableData = () => {
    planStorage.release(STORAGE_KEY);
    void planStorage.setItem(STORAGE_KEY, { state: { plan: useStore.getState().plan }, version: PLAN_VERSION });
  };

  const backups = {
    read: (key: string) => readBackup(deps.storage(), key),
    delete: (key: string) => {
      deleteBackup(deps.storage(), key);
      planStorage.refreshBackups();
    },
  };

  /** Resolves once the saved plan is read (at once when nothing is saved or the reader is loaded). */
  const opened = new Promise<void>((resolve) => {
    if (useStore.persist.hasHydrated()) resolve();
    else useStore.persist.onFinishHydration(() => resolve());
  });

  /** Another tab saved the plan: merge its changes in. Returns a function that stops listening. */
  const syncAcrossTabs = (target: Window) => {
    const receive = (text: string, read: ReadDocument) => {
      const result = read(text, readOptions('storage'));
      if (result.ok) useStore.getState().actions.receivePlanFromOtherTab(result.value.plan);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY && event.newValue !== null) {
        const text = event.newValue;
        const read = useStore.persist.hasHydrated() ? withReader() : null;
        if (typeof read === 'function') receive(text, read);
        // After this tab's own saved plan is read, in the order the saves came; if the reader
        // cannot load, the other tab's save stays in storage, where this tab reads it on reload.
        else
          void opened
            .then(withReader)
            .then((loaded) => receive(text, loaded))
            .catch(() => undefined);
      } else if (event.key === null || event.key.startsWith('backend-path:backup:')) {
        planStorage.refreshBackups();
      }
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  };

  return Object.assign(useStore, {
    health,
    opened,
    readOptions,
    backups,
    releaseUnreadableData,
    syncAcrossTabs,
    today,
    nowIso,
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
