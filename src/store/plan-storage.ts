import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ReadPlan } from '../domain/plan-file';
import { serializePlanDocument } from '../domain/plan-document';
import type { Plan } from '../domain/plan-schema';
import { PLAN_VERSION } from '../domain/plan-limits';
import type { Result } from '../domain/result';
import { backupsSize, keepBackup, listBackups } from './backups';
import { reportSaved, reportWriteFailed, type HealthStore } from './storage-health';

export interface PersistedState {
  plan: Plan;
}

export interface PlanStorageDeps {
  readonly getStorage: () => Storage;
  /** Wall time as an ISO date-time, for naming backups. */
  readonly now: () => string;
  readonly health: HealthStore;
  /**
   * The one reader of plan documents, as the store sets it up (storage source): at once when it
   * is loaded, or a promise of it. It is only asked for when something is saved.
   */
  readonly reader: () => ReadStored | Promise<ReadStored>;
}

export type ReadStored = (text: string) => Result<ReadPlan>;

/** Said when the reader's chunk could not load (offline before the app was ever cached, say). */
export const READER_DID_NOT_LOAD =
  'Part of Backend Path did not load (the connection may have dropped), so your saved plan could not be opened. It is safe: reload the page to open it.';

/**
 * localStorage holds the same document as a plan file, so one reader checks both. Anything
 * that cannot be read in full is copied to a backup before the app goes on with what it could
 * read; if even the backup cannot be written, the saved value is never written over. Failed
 * writes are reported, never thrown into an action.
 */
export interface PlanStorage extends PersistStorage<PersistedState> {
  /** The learner has a copy of the unreadable data (downloaded it): saving may go on over it. */
  release(name: string): void;
  /** Reads the list of backups again, after one was kept or deleted. */
  refreshBackups(): void;
}

const NOT_BACKED_UP =
  'Your earlier saved plan could not be backed up, so nothing is saved over it until you download it with “Download backup”.';
const NOT_OPENED =
  'Your saved plan has not been opened yet, so nothing is saved over it: reload the page to open it, or download it with “Download backup”.';

const KB = (chars: number) => `${Math.max(1, Math.round(chars / 1024)).toLocaleString('en')} KB`;

export function createPlanStorage({ getStorage, now, health, reader }: PlanStorageDeps): PlanStorage {
  const lastWritten = new Map<string, string>();
  // Keys holding data we could not read or back up: never written over in this session, and why.
  const frozen = new Map<string, string>();
  // Keys whose saved value waits for the reader: nothing is written over a value not yet read.
  const unread = new Set<string>();

  const refreshBackups = () => {
    try {
      health.setState({ backups: listBackups(getStorage()) });
    } catch {
      health.setState({ backups: [] });
    }
  };

  const describeWriteError = (error: unknown): string => {
    const name = error instanceof DOMException || error instanceof Error ? error.name : '';
    if (name !== 'QuotaExceededError') {
      return 'Your browser did not allow this site to save (storage may be turned off, or this is a private window that blocks it).';
    }
    const inBackups = backupsSize(health.getState().backups);
    return inBackups > 0
      ? `Your browser's storage for this site is full, and backups of earlier plans take ${KB(inBackups)} of it: delete the ones you no longer need under Backups on the Plan page.`
      : "Your browser's storage for this site is full.";
  };

  /** The saved value, or null when there is none or the storage cannot be read (said so). */
  const readSaved = (name: string): string | null => {
    let raw: string | null;
    try {
      raw = getStorage().getItem(name);
    } catch {
      reportWriteFailed(
        health,
        'Your browser does not let this site use its storage (it may be turned off), so your plan cannot be kept after you close this page.',
      );
      return null;
    }
    refreshBackups();
    return raw;
  };

  /**
   * What was saved, as the reader reads it. Anything that cannot be read in full is first copied
   * to a backup; if even that fails, the saved value is never written over in this session.
   */
  const settle = (name: string, raw: string, read: ReadStored): StorageValue<PersistedState> | null => {
    const result = read(raw);
    if (result.ok && result.value.setAside.length === 0) {
      lastWritten.set(name, raw);
      return { state: { plan: result.value.plan }, version: PLAN_VERSION };
    }
    const backupKey = keepBackup(getStorage(), raw, now());
    // The raw value stays under the main key: then we must not write over it either.
    if (!backupKey) frozen.set(name, NOT_BACKED_UP);
    refreshBackups();
    if (!result.ok) {
      health.setState({ unreadable: { reason: result.error, backupKey } });
      return null;
    }
    health.setState({ salvaged: { setAside: result.value.setAside, backupKey } });
    return { state: { plan: result.value.plan }, version: PLAN_VERSION };
  };

  return {
    getItem(name): StorageValue<PersistedState> | null | Promise<StorageValue<PersistedState> | null> {
      const raw = readSaved(name);
      // Nothing saved (a first visit): the reader is not needed.
      if (raw === null) return null;
      const read = reader();
      if (typeof read === 'function') return settle(name, raw, read);
      unread.add(name);
      return read.then(
        // Read what is saved now: another tab may have saved while the reader loaded.
        (loaded) => {
          unread.delete(name);
          const latest = readSaved(name);
          return latest === null ? null : settle(name, latest, loaded);
        },
        () => {
          unread.delete(name);
          frozen.set(name, NOT_OPENED);
          health.setState({ unreadable: { reason: READER_DID_NOT_LOAD, backupKey: null } });
          return null;
        },
      );
    },
    setItem(name, value) {
      if (unread.has(name)) return;
      const frozenBecause = frozen.get(name);
      if (frozenBecause) {
        reportWriteFailed(health, frozenBecause);
        return;
      }
      const text = serializePlanDocument(value.state.plan);
      if (lastWritten.get(name) === text) return;
      try {
        getStorage().setItem(name, text);
        lastWritten.set(name, text);
        reportSaved(health);
      } catch (error) {
        reportWriteFailed(health, describeWriteError(error));
      }
    },
    release(name) {
      frozen.delete(name);
    },
    refreshBackups,
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing to report: the plan in memory is what matters.
      }
    },
  };
}
