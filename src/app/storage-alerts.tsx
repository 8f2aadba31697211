import { dismissUnreadable, useUnreadableStorage, useWriteFailure } from '../store/storage-health';
import { releaseUnreadableData, STORAGE_KEY } from '../store/app-store';
import { todayIso } from '../store/clock';
import { downloadText } from './download';

/** Problems with the browser's storage, said plainly, with what the learner can do. */
export function StorageAlerts() {
  const unreadable = useUnreadableStorage();
  const writeFailed = useWriteFailure();

  const downloadBackup = () => {
    const key = unreadable?.backupKey ?? STORAGE_KEY;
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      raw = null;
    }
    downloadText(`backend-path-backup-${todayIso()}.json`, raw ?? '');
    // With no backup key the data was kept under the main key: now that the learner has it, saving may resume.
    if (unreadable && !unreadable.backupKey) releaseUnreadableData();
  };

  return (
    <>
      {unreadable && (
        <div role="alert" className="alert">
          <strong>Your saved plan could not be read, so Backend Path started with an empty plan.</strong>
          <p>
            {unreadable.reason}{' '}
            {unreadable.backupKey
              ? 'A copy of it is kept in this browser and nothing you do here will overwrite it.'
              : 'It stays where it was and nothing is saved over it.'}{' '}
            Download the backup to keep it or to look at it; you can import it on the Plan page if it is a plan file.
          </p>
          <div className="button-row">
            <button type="button" onClick={downloadBackup}>
              Download backup
            </button>
            <button type="button" className="secondary" onClick={dismissUnreadable}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {writeFailed && (
        <div role="alert" className="alert">
          <strong>Your plan could not be saved.</strong>
          <p>
            {writeFailed.reason} Your changes are kept while this page stays open. Use “Export plan” on the Plan page to
            keep a copy; this message goes away as soon as a save works again.
          </p>
        </div>
      )}
    </>
  );
}
