import { LIMITS } from '../domain/plan-limits';
import type { Result } from '../domain/result';
import { useNoteDraft } from './use-note-draft';

interface NoteFieldProps {
  id: string;
  note: string;
  /** Saves the note, or says why it could not be saved. */
  onSave: (note: string) => Result<void>;
}

/** The learner's note on a milestone: saved as they pause, never lost when refused. */
export function NoteField({ id, note, onSave }: NoteFieldProps) {
  const { draft, refusal, change, leave } = useNoteDraft(note, onSave);
  return (
    <div className="field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        value={draft}
        maxLength={LIMITS.noteLength}
        aria-describedby={refusal ? `${id}-refused` : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
      />
      {refusal && (
        <p role="alert" className="alert" id={`${id}-refused`}>
          This note is not saved. {refusal}
        </p>
      )}
    </div>
  );
}
