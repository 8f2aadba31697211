/**
 * Backups of saved data that could not be read (or read only in part): one key per distinct
 * value, never overwritten, listed on the Plan page where the learner can download, restore or
 * delete each one.
 */
const BACKUP_PREFIX = 'backend-path:backup:';

export interface BackupInfo {
  readonly key: string;
  /** When it was kept (ISO date-time, from the key). */
  readonly keptAt: string;
  /** Characters of text, as the browser's storage counts them. */
  readonly size: number;
}

export function listBackups(storage: Storage): BackupInfo[] {
  const found: BackupInfo[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(BACKUP_PREFIX)) continue;
    found.push({
      key,
      keptAt: key.slice(BACKUP_PREFIX.length).split('#')[0] ?? '',
      size: storage.getItem(key)?.length ?? 0,
    });
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Keeps `raw` under a backup key, unless a backup already holds exactly this value. Returns the
 * key that holds it, or null when it could not be written (storage full or off).
 */
export function keepBackup(storage: Storage, raw: string, now: string): string | null {
  try {
    for (const backup of listBackups(storage)) {
      if (backup.size === raw.length && storage.getItem(backup.key) === raw) return backup.key;
    }
    let key = `${BACKUP_PREFIX}${now}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${now}#${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export function readBackup(storage: Storage, key: string): string | null {
  try {
    return key.startsWith(BACKUP_PREFIX) ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

export function deleteBackup(storage: Storage, key: string): void {
  if (!key.startsWith(BACKUP_PREFIX)) return;
  try {
    storage.removeItem(key);
  } catch {
    // Storage turned off: nothing was deleted, and the list read next will say so.
  }
}

/** Characters all backups take together. */
export const backupsSize = (backups: readonly BackupInfo[]): number => backups.reduce((sum, b) => sum + b.size, 0);
