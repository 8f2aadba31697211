import { useRef, useState } from 'react';
import { languageName } from '../../content/languages';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadText } from '../../components/download';
import { planFileName, serializePlanDocument } from '../../domain/plan-document';
import { actions, nowIso, todayIso, useAppStore, useLanguage } from '../../store/app-store';
import { UndoNotice } from './undo-notice';

export function ResetSection() {
  const dialog = useRef<HTMLDialogElement>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const language = useLanguage();
  const [message, setMessage] = useState('');
  const focusSoon = (target: { current: HTMLElement | null }) => requestAnimationFrame(() => target.current?.focus());

  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start over</h2>
      <p>Reset clears your language, statuses, notes and own milestones. You can undo it right after.</p>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        Reset plan
      </button>
      <UndoNotice
        label="Reset"
        ref={undoRef}
        onUndone={() => {
          setMessage('Reset undone: your plan is back as it was.');
          focusSoon(messageRef);
        }}
      />
      <p role="status" ref={messageRef} tabIndex={-1} className="confirmation">
        {message}
      </p>
      <ConfirmDialog
        ref={dialog}
        title="Reset your plan?"
        confirmLabel="Yes, reset my plan"
        onConfirm={() => {
          actions().resetPlan();
          setMessage('Your plan was reset.');
          focusSoon(undoRef);
        }}
        before={
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(planFileName(todayIso()), serializePlanDocument(useAppStore.getState().plan, nowIso()))
            }
          >
            Export first
          </button>
        }
      >
        <p>
          This clears {language ? `your ${languageName(language)} choice, ` : ''}every status and note, and your own
          milestones. Export first if you may want them back later.
        </p>
      </ConfirmDialog>
    </section>
  );
}
