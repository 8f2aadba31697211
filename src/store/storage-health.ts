import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackupInfo } from './backups';

/**
 * Trouble with the browser's storage, kept apart from the persisted store: reporting a failed
 * write must never itself trigger another write.
 */
export interface StorageHealth {
  /** Saved data that could not be read at all: stays until the learner dismisses it. */
  readonly unreadable: { readonly reason: string; readonly backupKey: string | null } | null;
  /** Saved data read in part: what was set aside, and where the original is kept. */
  readonly salvaged: { readonly setAside: readonly string[]; readonly backupKey: string | null } | null;
  /** The last save failed: clears on the next save that works. */
  readonly writeFailed: { readonly reason: string } | null;
  /** Every backup kept in this browser, oldest first. */
  readonly backups: readonly BackupInfo[];
}

export type HealthStore = StoreApi<StorageHealth>;

export const healthyStorage: StorageHealth = { unreadable: null, salvaged: null, writeFailed: null, backups: [] };

export function createStorageHealth(): HealthStore {
  return createStore<StorageHealth>(() => healthyStorage);
}

export function reportWriteFailed(health: HealthStore, reason: string): void {
  if (health.getState().writeFailed?.reason !== reason) health.setState({ writeFailed: { reason } });
}

export function reportSaved(health: HealthStore): void {
  if (health.getState().writeFailed) health.setState({ writeFailed: null });
}
