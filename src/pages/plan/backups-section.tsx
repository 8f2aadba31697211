import { useMemo, useRef, useState } from 'react';
import { languageName } from '../../content/languages';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadText } from '../../components/download';
import { plural } from '../../components/format';
import { countNotes, countStatuses } from '../../domain/plan';
import { describeSetAside } from '../../domain/plan-document';
import type { BackupInfo } from '../../store/backups';
import { todayIso, useAppStore, useBackups } from '../../store/app-store';
import { readPlan } from '../../store/read-plan';

const sizeLabel = (chars: number) =>
  chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1024))} KB`;

const whenLabel = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

interface BackupsSectionProps {
  onRestore: (text: string, keptAt: string) => void;
}

/** Every backup this browser keeps, with a way to take it home, bring it back, or let it go. */
export function BackupsSection({ onRestore }: BackupsSectionProps) {
  const backups = useBackups();
  const [toDelete, setToDelete] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  return (
    <section className="card" id="backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {backups.length === 0 ? (
        <p>
          None. When saved data cannot be read in full, Backend Path keeps a copy of it here before going on, so nothing
          is lost.
        </p>
      ) : (
        <ul className="backups">
          {backups.map((backup) => (
            <BackupItem
              key={backup.key}
              backup={backup}
              onRestore={onRestore}
              onDelete={() => {
                setToDelete(backup);
                dialog.current?.showModal();
              }}
            />
          ))}
        </ul>
      )}
      <p role="status" className="confirmation">
        {message}
      </p>
      <ConfirmDialog
        ref={dialog}
        title="Delete this backup?"
        confirmLabel="Delete backup"
        onClose={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) useAppStore.backups.delete(toDelete.key);
          setMessage('The backup was deleted.');
        }}
      >
        <p>
          The backup kept {toDelete ? whenLabel(toDelete.keptAt) : ''} goes for good. Download it first if you may want
          it later.
        </p>
      </ConfirmDialog>
    </section>
  );
}

interface BackupItemProps {
  backup: BackupInfo;
  onRestore: (text: string, keptAt: string) => void;
  onDelete: () => void;
}

function BackupItem({ backup, onRestore, onDelete }: BackupItemProps) {
  const raw = useMemo(() => useAppStore.backups.read(backup.key) ?? '', [backup.key]);
  const summary = useMemo(() => {
    const result = readPlan(raw, 'storage');
    if (!result.ok) return `Not readable as a plan: ${result.error}`;
    const { plan, setAside } = result.value;
    const counts = countStatuses(plan);
    return [
      plan.language ? languageName(plan.language) : 'No language chosen',
      `${counts.done} done`,
      `${counts.learning} learning`,
      plural(countNotes(plan), 'note'),
      ...(setAside.length ? [describeSetAside(setAside)] : []),
    ].join(', ');
  }, [raw]);
  const kept = whenLabel(backup.keptAt);
  return (
    <li className="backup">
      <p>
        <strong>Kept {kept}</strong> · {sizeLabel(backup.size)}
      </p>
      <p className="stat-label">{summary}</p>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText(`backend-path-backup-${todayIso()}.json`, raw)}
        >
          Download
        </button>
        <button type="button" className="secondary" onClick={() => onRestore(raw, kept)}>
          Restore
        </button>
        <button type="button" className="secondary" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
