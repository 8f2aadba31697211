import { useEffect, useRef, useState } from 'react';
import type { Result } from '../domain/result';

const NOTE_SAVE_DELAY_MS = 400;

export interface NoteDraft {
  /** What the field shows: the saved note, or what the learner is typing. */
  readonly draft: string;
  /** Why the last save was refused (the draft stays), or ''. */
  readonly refusal: string;
  change(text: string): void;
  /** The learner left the field: save now. */
  leave(): void;
}

/**
 * A note as the learner types it: typing stays local and is saved shortly after a pause, on
 * leaving the field, and before the page is hidden or closed, so nothing typed is lost. A save
 * that is refused keeps the draft and says why.
 */
export function useNoteDraft(note: string, save: (text: string) => Result<void>): NoteDraft {
  const [draft, setDraft] = useState(note);
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState('');
  // A note changed elsewhere (another tab, an import) shows up unless the learner is typing.
  if (!editing && draft !== note) setDraft(note);

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const commit = (text: string) => {
    const result = saveRef.current(text);
    setRefusal(result.ok ? '' : result.error);
    if (result.ok) setEditing(false);
  };
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => {
    if (!editing) return;
    const timer = setTimeout(() => commitRef.current(draft), NOTE_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, editing]);

  // A note typed just before a reload, a closed tab or a closed section is saved all the same.
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    unsaved.current = editing ? draft : null;
  }, [draft, editing]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current === null) return;
      saveRef.current(unsaved.current);
      unsaved.current = null;
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);

  return {
    draft,
    refusal,
    change: (text) => {
      setDraft(text);
      setEditing(true);
    },
    leave: () => {
      if (editing) commit(draft);
    },
  };
}
