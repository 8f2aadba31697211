import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Trouble with the browser's storage, kept apart from the persisted store: reporting a failed
 * write must never itself trigger another write.
 */
export type StorageTrouble =
  | { readonly kind: 'unreadable'; readonly reason: string; readonly backupKey: string | null }
  | { readonly kind: 'write-failed'; readonly reason: string };

interface StorageHealth {
  /** Saved data that could not be loaded: stays until the learner dismisses it. */
  readonly unreadable: Extract<StorageTrouble, { kind: 'unreadable' }> | null;
  /** The last save failed: clears on the next successful save. */
  readonly writeFailed: Extract<StorageTrouble, { kind: 'write-failed' }> | null;
}

export const storageHealth = createStore<StorageHealth>(() => ({ unreadable: null, writeFailed: null }));

export function reportTrouble(trouble: StorageTrouble): void {
  if (trouble.kind === 'unreadable') storageHealth.setState({ unreadable: trouble });
  else if (storageHealth.getState().writeFailed?.reason !== trouble.reason) {
    storageHealth.setState({ writeFailed: trouble });
  }
}

export function reportSaved(): void {
  if (storageHealth.getState().writeFailed) storageHealth.setState({ writeFailed: null });
}

export function dismissUnreadable(): void {
  storageHealth.setState({ unreadable: null });
}

export const useUnreadableStorage = () => useStore(storageHealth, (s) => s.unreadable);
export const useWriteFailure = () => useStore(storageHealth, (s) => s.writeFailed);
