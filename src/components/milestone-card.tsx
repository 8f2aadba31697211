import { memo, useId, useState } from 'react';
import type { Result } from '../domain/result';
import type { Milestone, MilestoneStatus } from '../domain/types';
import { STATUS_GLYPHS, TIER_HINTS, TIER_LABELS } from './labels';
import './milestone-card.css';
import { NoteField } from './note-field';
import { ResourceList } from './resource-list';
import { StatusSelect } from './status-select';

interface MilestoneCardProps {
  milestone: Milestone;
  status: MilestoneStatus;
  note: string;
  ready: boolean;
  /** Titles of prerequisites not yet done, to say what is missing. */
  waitingFor: readonly string[];
  /** Shown for a moment after the learner followed a link to this milestone. */
  highlighted?: boolean;
  onStatusChange: (id: string, status: MilestoneStatus) => void;
  /** Saves the note, or says why it could not be saved. */
  onNoteChange: (id: string, note: string) => Result<void>;
  onRemove?: (id: string) => void;
}

/**
 * One milestone in the list. Two keyboard stops: its Status (which takes D, L, S, T) and its
 * details. The checkbox is for the mouse and for screen readers' browse mode.
 */
function MilestoneCardInner({
  milestone,
  status,
  note,
  ready,
  waitingFor,
  highlighted = false,
  onStatusChange,
  onNoteChange,
  onRemove,
}: MilestoneCardProps) {
  const titleId = useId();
  const checkId = useId();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  return (
    <li id={`milestone-${milestone.id}`} className="milestone-item">
      <article
        className="milestone"
        data-status={status}
        data-tier={milestone.tier}
        data-highlighted={highlighted || undefined}
        aria-labelledby={titleId}
      >
        <input
          id={checkId}
          className="milestone__check"
          type="checkbox"
          tabIndex={-1}
          checked={status === 'done'}
          onChange={(event) => onStatusChange(milestone.id, event.target.checked ? 'done' : 'todo')}
        />
        <div className="milestone__body">
          <div className="milestone__head">
            <label htmlFor={checkId} id={titleId} className="milestone__title">
              {milestone.title}
            </label>
            <StatusSelect
              className="milestone__status"
              status={status}
              onChange={(next) => onStatusChange(milestone.id, next)}
            />
          </div>
          <p className="milestone__summary">{milestone.summary}</p>
          <p className="milestone__meta">
            <span className={`tier tier--${milestone.tier}`} title={TIER_HINTS[milestone.tier]}>
              {TIER_LABELS[milestone.tier]}
            </span>
            {milestone.kind === 'project' && <span>Project</span>}
            <span>About {milestone.hours} h</span>
            {status === 'learning' && (
              <span className="milestone__state milestone__state--learning">
                <span aria-hidden="true">{STATUS_GLYPHS.learning} </span>
                <span>Learning now</span>
              </span>
            )}
            {status === 'skipped' && (
              <span className="milestone__state">
                <span aria-hidden="true">{STATUS_GLYPHS.skipped} </span>
                <span>Skipped: not counted</span>
              </span>
            )}
            {ready && status === 'todo' && (
              <span className="milestone__state milestone__state--ready">
                <span aria-hidden="true">▶ </span>
                <span>Ready to start</span>
              </span>
            )}
            {!ready && status === 'todo' && waitingFor.length > 0 && (
              <span>
                After {waitingFor.slice(0, 2).join(', ')}
                {waitingFor.length > 2 ? ' …' : ''}
              </span>
            )}
          </p>
          <details onToggle={(event) => setOpen(event.currentTarget.open)}>
            <summary>Resources and note{note ? ' (has a note)' : ''}</summary>
            {/* Drawn when opened: 150 cards' resources and text areas would make the roadmap slow to render. */}
            {open && (
              <>
                {milestone.why && <p className="milestone__why">{milestone.why}</p>}
                <ResourceList resources={milestone.resources} />
                <NoteField id={noteId} note={note} onSave={(text) => onNoteChange(milestone.id, text)} />
                {onRemove && (
                  <button type="button" className="secondary" onClick={() => onRemove(milestone.id)}>
                    Remove this milestone
                  </button>
                )}
              </>
            )}
          </details>
        </div>
      </article>
    </li>
  );
}

export const MilestoneCard = memo(MilestoneCardInner);
