import { useEffect, useId, useRef, type Dispatch } from 'react';
import { DOCUMENT_SIZE_LABEL, LIMITS } from '../../domain/plan-limits';
import { actions } from '../../store/app-store';
import type { ImportEvent, ImportFlow } from './import-flow';
import { ImportPreviewPanel } from './import-preview';
import { UndoNotice } from './undo-notice';

interface ImportSectionProps {
  flow: ImportFlow;
  dispatch: Dispatch<ImportEvent>;
  onOpen: (text: string, from: string) => void;
}

export function ImportSection({ flow, dispatch, onOpen }: ImportSectionProps) {
  const fieldRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const { pending } = flow;

  // Focus follows what the learner did, once React has drawn it.
  useEffect(() => {
    if (!flow.focus) return;
    const target = { preview: previewRef, undo: undoRef, field: fieldRef, message: messageRef }[flow.focus];
    target.current?.focus();
    dispatch({ type: 'focused' });
  }, [flow.focus, dispatch]);

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <div className="field">
        <label htmlFor={id}>Import plan</label>
        <span className="hint" id={`${id}-hint`}>
          A .json plan file exported from Backend Path, up to {DOCUMENT_SIZE_LABEL}. You will see what changes before
          anything is replaced.
        </span>
        <input
          ref={fieldRef}
          id={id}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-hint`}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > LIMITS.documentBytes) {
              dispatch({
                type: 'refused',
                error: `“${file.name}” is larger than ${DOCUMENT_SIZE_LABEL}, too large to be a Backend Path plan file.`,
              });
              return;
            }
            try {
              onOpen(await file.text(), `“${file.name}”`);
            } catch {
              dispatch({ type: 'refused', error: `“${file.name}” could not be read.` });
            }
          }}
        />
      </div>
      {flow.error && (
        <div role="alert" className="alert">
          <strong>Nothing was imported.</strong>
          <p>{flow.error}</p>
        </div>
      )}
      {pending && (
        <ImportPreviewPanel
          pending={pending}
          headingRef={previewRef}
          onImport={(mode) => {
            const result = actions().importPlan(pending.plan, mode);
            dispatch(result.ok ? { type: 'imported', mode } : { type: 'failed', error: result.error });
          }}
          onCancel={() => dispatch({ type: 'cancelled' })}
        />
      )}
      <UndoNotice label="Import" ref={undoRef} onUndone={() => dispatch({ type: 'undone' })} />
      <p role="status" ref={messageRef} tabIndex={-1} className="confirmation">
        {flow.message}
      </p>
    </section>
  );
}
