import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { downloadText } from '../components/download';
import { describeSetAside } from '../domain/plan-document';
import { actions, STORAGE_KEY, todayIso, useAppStore, useRefusal, useStorageHealth } from '../store/app-store';

const dismiss = (part: 'unreadable' | 'salvaged') => useAppStore.health.setState({ [part]: null });

/** Problems with the browser's storage and refused changes, said plainly, with what the learner can do. */
export function StorageAlerts() {
  const { unreadable, salvaged, writeFailed } = useStorageHealth();
  const refusal = useRefusal();

  /** The saved value as it was: from its backup, or from the main key when no backup could be made. */
  const downloadBackup = (backupKey: string | null) => {
    let raw = backupKey ? useAppStore.backups.read(backupKey) : null;
    if (!backupKey) {
      try {
        raw = localStorage.getItem(STORAGE_KEY);
      } catch {
        raw = null;
      }
    }
    downloadText(`backend-path-backup-${todayIso()}.json`, raw ?? '');
    // The learner now has their copy: saving may go on over the main key.
    if (!backupKey) useAppStore.releaseUnreadableData();
  };

  return (
    <>
      {unreadable && (
        <SavedDataAlert
          title="Your saved plan could not be read, so Backend Path started with an empty plan."
          backupKey={unreadable.backupKey}
          onDownload={downloadBackup}
          onDismiss={() => dismiss('unreadable')}
        >
          <p>
            {unreadable.reason}{' '}
            {unreadable.backupKey
              ? 'A copy of it is kept in this browser and nothing you do here will overwrite it. You can download it, or restore it under Backups on the Plan page.'
              : 'It stays where it was and nothing is saved over it until you download it.'}
          </p>
        </SavedDataAlert>
      )}
      {salvaged && (
        <SavedDataAlert
          title="Part of your saved plan could not be read. The rest of it is loaded."
          backupKey={salvaged.backupKey}
          onDownload={downloadBackup}
          onDismiss={() => dismiss('salvaged')}
        >
          <p>{describeSetAside(salvaged.setAside)}</p>
          <p>
            {salvaged.backupKey
              ? 'The plan as it was saved is kept as a backup: find it under Backups on the Plan page.'
              : 'The plan as it was saved stays where it was, and nothing is saved over it until you download it.'}
          </p>
        </SavedDataAlert>
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
      {refusal && (
        <div role="alert" className="alert">
          <strong>That change was not made.</strong>
          <p>{refusal}</p>
          <button type="button" className="secondary" onClick={() => actions().dismissRefusal()}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

interface SavedDataAlertProps {
  title: string;
  backupKey: string | null;
  children: ReactNode;
  onDownload: (backupKey: string | null) => void;
  onDismiss: () => void;
}

/** Saved data that could not be read in full: what happened, and the backup at hand. */
function SavedDataAlert({ title, backupKey, children, onDownload, onDismiss }: SavedDataAlertProps) {
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      {children}
      <div className="button-row">
        <button type="button" onClick={() => onDownload(backupKey)}>
          Download backup
        </button>
        {backupKey && <Link to="/plan#backups">Backups</Link>}
        <button type="button" className="secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
