import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Plan } from '../domain/plan';
import { readPlanDocument, serializePlanDocument } from '../domain/plan-file';
import { PLAN_VERSION } from '../domain/plan-schema';
import { reportSaved, reportTrouble } from './storage-health';

export interface PersistedState {
  plan: Plan;
}

export const BACKUP_PREFIX = 'backend-path:backup:';

/** Keys of every backup made so far, oldest first. */
export function backupKeys(storage: Storage = window.localStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

function describeWriteError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError'
    ? "Your browser's storage for this site is full."
    : "Your browser did not allow this site to save (storage may be turned off, or this is a private window that blocks it).";
}

/**
 * localStorage holds the same document as a plan file, so one reader checks both. Anything that
 * cannot be read is copied to a new backup key before the app starts empty, and is never
 * overwritten; failed writes are reported, never thrown into an action.
 */
export interface PlanStorage extends PersistStorage<PersistedState> {
  /** The learner has a copy of the unreadable data (downloaded it): saving may go on over it. */
  release(name: string): void;
}

export function createPlanStorage(getStorage: () => Storage, now: () => string): PlanStorage {
  const lastWritten = new Map<string, string>();
  // Keys holding unreadable data we could not back up: never written over in this session.
  const frozen = new Set<string>();
  return {
    getItem(name): StorageValue<PersistedState> | null {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch (error) {
        reportTrouble({ kind: 'write-failed', reason: describeWriteError(error) });
        return null;
      }
      if (raw === null) return null;
      const result = readPlanDocument(raw);
      if (result.ok) {
        lastWritten.set(name, raw);
        return { state: { plan: result.value }, version: PLAN_VERSION };
      }
      let backupKey: string | null = `${BACKUP_PREFIX}${now()}`;
      try {
        getStorage().setItem(backupKey, raw);
      } catch {
        // The raw value stays under the main key: we then must not write over it either.
        backupKey = null;
      }
      reportTrouble({ kind: 'unreadable', reason: result.error, backupKey });
      if (!backupKey) frozen.add(name);
      return null;
    },
    setItem(name, value) {
      if (frozen.has(name)) {
        reportTrouble({
          kind: 'write-failed',
          reason:
            'Your earlier saved plan could not be backed up, so nothing is saved over it until you download it with “Download backup”.',
        });
        return;
      }
      const text = serializePlanDocument(value.state.plan);
      if (lastWritten.get(name) === text) return;
      try {
        getStorage().setItem(name, text);
        lastWritten.set(name, text);
        reportSaved();
      } catch (error) {
        reportTrouble({ kind: 'write-failed', reason: describeWriteError(error) });
      }
    },
    release(name) {
      frozen.delete(name);
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing to report: the plan in memory is what matters.
      }
    },
  };
}
