import { useStore } from 'zustand';
import { retiredMilestoneIds } from '../content/retired-ids';
import type { MilestoneStatus } from '../domain/types';
import { createAppStore, STORAGE_KEY } from './create-app-store';

export { STORAGE_KEY };

/** A short random id for this tab (the logical clock's node) and for new own milestones. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The app's store, on this browser's localStorage and clock. */
export const useAppStore = createAppStore({
  storage: () => window.localStorage,
  now: () => Date.now(),
  newId: randomId,
  retired: retiredMilestoneIds,
});

// Selectors: one value each, so a row re-renders only when its own milestone changes.
export const usePlan = () => useAppStore((s) => s.plan);
export const useLanguage = () => useAppStore((s) => s.plan.language);
export const useSettings = () => useAppStore((s) => s.plan.settings);
export const useCustomMilestones = () => useAppStore((s) => s.plan.custom);
export const useStatus = (id: string): MilestoneStatus => useAppStore((s) => s.plan.milestones[id]?.status ?? 'todo');
export const useNote = (id: string): string => useAppStore((s) => s.plan.milestones[id]?.note ?? '');
export const useUndo = () => useAppStore((s) => s.undo);
export const useRefusal = () => useAppStore((s) => s.refusal);
/** The store's actions only: stable, so calling them never re-renders anything. */
export const actions = () => useAppStore.getState().actions;

export const useStorageHealth = () => useStore(useAppStore.health);
export const useBackups = () => useStore(useAppStore.health, (s) => s.backups);

/** Today in the learner's own time zone (YYYY-MM-DD), and now (ISO), from the store's clock. */
export const todayIso = (): string => useAppStore.today();
export const nowIso = (): string => useAppStore.nowIso();
