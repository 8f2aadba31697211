import type { RefObject } from 'react';
import { actions, useUndo } from '../../store/app-store';

interface UndoNoticeProps {
  label: 'Import' | 'Reset';
  ref: RefObject<HTMLDivElement | null>;
  onUndone: () => void;
}

/** "Changed your mind?": shown next to the import or the reset it can take back. */
export function UndoNotice({ label, ref, onUndone }: UndoNoticeProps) {
  const undo = useUndo();
  if (undo?.label !== label) return null;
  return (
    <div className="notice" ref={ref} tabIndex={-1}>
      <p>
        {label === 'Import' ? 'Plan imported.' : 'Plan reset.'} Changed your mind?{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            actions().undoLast();
            onUndone();
          }}
        >
          Undo {label.toLowerCase()}
        </button>
      </p>
      <p className="stat-label">Undo keeps every change made since, in this tab or another.</p>
    </div>
  );
}
