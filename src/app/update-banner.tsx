import { useEffect, useState } from 'react';
import { reloadToUpdate } from './service-worker';

const isNote = (target: EventTarget | null) => target instanceof HTMLTextAreaElement;

/** Whether the learner is writing in a text area (a note), where a reload would interrupt them. */
function useWritingNote(): boolean {
  const [writing, setWriting] = useState(() => isNote(document.activeElement));
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => setWriting(isNote(event.target));
    const onFocusOut = (event: FocusEvent) => setWriting(isNote(event.relatedTarget));
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  return writing;
}

/**
 * A new version is waiting: the page reloads only when the learner says so, and while they write
 * a note it says to finish first. Pressing Reload takes focus from the note, which saves it.
 */
export function UpdateBanner() {
  const [later, setLater] = useState(false);
  const writing = useWritingNote();
  if (later) return null;
  return (
    <div role="status" className="app-notice">
      <p>
        <strong>A new version of Backend Path is ready.</strong>{' '}
        {writing ? 'Reload when you finish your note: it is saved first.' : 'Reload to use it; your plan is kept.'}
      </p>
      <div className="button-row">
        <button type="button" onClick={reloadToUpdate}>
          Reload
        </button>
        <button type="button" className="secondary" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </div>
  );
}
