import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as planOps from '../domain/plan';
import type { CustomMilestone, PaceSettings, Plan } from '../domain/plan';
import * as v from 'valibot';
import { PLAN_FORMAT, PLAN_VERSION, PlanSchema } from '../domain/plan-schema';
import { migrateDocument } from '../domain/migrations';
import { readPlanDocument, serializePlanDocument } from '../domain/plan-file';
import type { LanguageId, MilestoneStatus } from '../domain/types';
import { nowIso, todayIso } from './clock';
import { createPlanStorage, type PersistedState } from './plan-storage';

export const STORAGE_KEY = 'backend-path:plan';

const newOwnId = () => `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export type ImportMode = 'replace' | 'merge';

const planStorage = createPlanStorage(() => window.localStorage, nowIso);

/** After the learner downloaded unreadable saved data that could not be backed up: save again. */
export function releaseUnreadableData(): void {
  planStorage.release(STORAGE_KEY);
  // Writing the same state triggers a save now, rather than at the next change.
  useAppStore.setState({});
}

interface Undoable {
  readonly label: string;
  readonly plan: Plan;
}

export interface AppState {
  readonly plan: Plan;
  /** The plan as it was before the last import or reset; not persisted. */
  readonly undo: Undoable | null;

  chooseLanguage(language: LanguageId): void;
  markMilestone(id: string, status: MilestoneStatus): void;
  writeNote(id: string, note: string): void;
  updatePace(settings: Partial<PaceSettings>): void;
  addOwnMilestone(milestone: Omit<CustomMilestone, 'updatedAt' | 'id'>): void;
  removeOwnMilestone(id: string): void;
  importPlan(plan: Plan, mode: ImportMode): void;
  resetPlan(): void;
  undoLast(): void;
  receivePlanFromOtherTab(plan: Plan): void;
}

/** Any other change to the plan ends the chance to undo the last import or reset. */
const withPlan = (change: (plan: Plan) => Plan) => (state: AppState) => {
  const plan = change(state.plan);
  return plan === state.plan ? state : { plan, undo: null };
};

export const useAppStore = create<AppState>()(
  persist<AppState, [], [], PersistedState>(
    (set) => ({
      plan: planOps.emptyPlan(todayIso()),
      undo: null,

      chooseLanguage: (language) => set(withPlan((p) => planOps.chooseLanguage(p, language, nowIso()))),
      markMilestone: (id, status) => set(withPlan((p) => planOps.markMilestone(p, id, status, nowIso()))),
      writeNote: (id, note) => set(withPlan((p) => planOps.writeNote(p, id, note, nowIso()))),
      updatePace: (settings) => set(withPlan((p) => planOps.updateSettings(p, settings, nowIso()))),
      addOwnMilestone: (milestone) =>
        set(
          withPlan((p) =>
            planOps.addCustomMilestone(p, { ...milestone, id: newOwnId() }, nowIso()),
          ),
        ),
      removeOwnMilestone: (id) => set(withPlan((p) => planOps.removeCustomMilestone(p, id, nowIso()))),
      importPlan: (file, mode) =>
        set((state) => {
          const now = nowIso();
          const incoming = planOps.clampFutureDates(file, now);
          return {
            undo: { label: 'Import', plan: state.plan },
            plan:
              mode === 'replace' ? planOps.adoptPlan(incoming, now) : planOps.mergeImported(state.plan, incoming, now),
          };
        }),
      resetPlan: () =>
        set((state) => ({ undo: { label: 'Reset', plan: state.plan }, plan: planOps.resetPlan(todayIso(), nowIso()) })),
      // Stamped as a new change, so that other open tabs take the old plan back too.
      undoLast: () => set((state) => (state.undo ? { plan: planOps.adoptPlan(state.undo.plan, nowIso()), undo: null } : state)),
      receivePlanFromOtherTab: (theirs) =>
        set((state) => {
          const merged = planOps.mergePlans(state.plan, theirs);
          // Nothing new (often our own save coming back): keep the same object, re-render nothing.
          return serializePlanDocument(merged) === serializePlanDocument(state.plan) ? state : { plan: merged };
        }),
    }),
    {
      name: STORAGE_KEY,
      version: PLAN_VERSION,
      storage: planStorage,
      partialize: (state): PersistedState => ({ plan: state.plan }),
      // The storage adapter reads localStorage through the same migrations and schema as a plan
      // file and always hands over the current version; this only runs if that ever changes.
      migrate: (persisted, version): PersistedState => {
        const result = migrateDocument({ format: PLAN_FORMAT, version, plan: (persisted as PersistedState).plan });
        if (!result.ok) throw new Error(result.error);
        return result.value as unknown as PersistedState;
      },
      // Runs on every start, also when nothing was stored: only a valid plan replaces the empty one.
      merge: (persisted, current) => {
        const parsed = v.safeParse(PlanSchema, (persisted as { plan?: unknown } | undefined)?.plan);
        return parsed.success ? { ...current, plan: parsed.output } : current;
      },
    },
  ),
);

// Selectors: one value each, so a row re-renders only when its own milestone changes.
export const usePlan = () => useAppStore((s) => s.plan);
export const useLanguage = () => useAppStore((s) => s.plan.language);
export const useSettings = () => useAppStore((s) => s.plan.settings);
export const useCustomMilestones = () => useAppStore((s) => s.plan.custom);
export const useStatus = (id: string): MilestoneStatus => useAppStore((s) => s.plan.milestones[id]?.status ?? 'todo');
export const useNote = (id: string): string => useAppStore((s) => s.plan.milestones[id]?.note ?? '');
export const useUndo = () => useAppStore((s) => s.undo);
export const actions = () => useAppStore.getState();

/** Another tab saved the plan: take its changes in without losing ours. */
export function syncAcrossTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const result = readPlanDocument(event.newValue);
    if (result.ok) useAppStore.getState().receivePlanFromOtherTab(result.value);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
