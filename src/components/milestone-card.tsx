import { memo, useId, useState } from 'react';
import type { Result } from '../domain/result';
import type { Milestone, MilestoneStatus, ResourceKind } from '../domain/types';
import './milestone-card.css';
import { NoteField } from './note-field';

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  todo: 'To do',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
};

const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  official: 'Official docs',
  article: 'Article',
  video: 'Video',
  course: 'Course',
  book: 'Book',
  interactive: 'Interactive',
};

/** Like roadmap.sh: with a milestone's checkbox focused, one key sets its status. */
const STATUS_SHORTCUTS: Readonly<Record<string, MilestoneStatus>> = {
  d: 'done',
  l: 'learning',
  s: 'skipped',
  t: 'todo',
};

interface MilestoneCardProps {
  milestone: Milestone;
  status: MilestoneStatus;
  note: string;
  ready: boolean;
  /** Titles of prerequisites not yet done, to say what is missing. */
  waitingFor: readonly string[];
  onStatusChange: (id: string, status: MilestoneStatus) => void;
  /** Saves the note, or says why it could not be saved. */
  onNoteChange: (id: string, note: string) => Result<void>;
  onRemove?: (id: string) => void;
}

function MilestoneCardInner({
  milestone,
  status,
  note,
  ready,
  waitingFor,
  onStatusChange,
  onNoteChange,
  onRemove,
}: MilestoneCardProps) {
  const titleId = useId();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <article className="milestone" data-status={status} aria-labelledby={titleId}>
        <div className="milestone__top">
          <label className="milestone__check">
            <input
              type="checkbox"
              checked={status === 'done'}
              aria-keyshortcuts="D L S T"
              onChange={(event) => onStatusChange(milestone.id, event.target.checked ? 'done' : 'todo')}
              onKeyDown={(event) => {
                if (event.altKey || event.ctrlKey || event.metaKey) return;
                const next = STATUS_SHORTCUTS[event.key.toLowerCase()];
                if (next) {
                  event.preventDefault();
                  onStatusChange(milestone.id, next);
                }
              }}
            />
            <span id={titleId} className="milestone__title">
              {milestone.title}
            </span>
          </label>
          <label className="milestone__status">
            <span>Status</span>
            <select
              value={status}
              onChange={(event) => onStatusChange(milestone.id, event.target.value as MilestoneStatus)}
            >
              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="milestone__summary">{milestone.summary}</p>
        <div className="milestone__meta">
          {milestone.kind === 'project' && <span className="badge">Project</span>}
          <span className="badge">About {milestone.hours} h</span>
          {status === 'learning' && <span className="badge badge--learning">Learning now</span>}
          {status === 'skipped' && <span className="badge">Skipped: not counted</span>}
          {ready && status === 'todo' && <span className="badge badge--ready">Ready to start</span>}
          {!ready && status === 'todo' && waitingFor.length > 0 && (
            <span className="badge">
              After {waitingFor.slice(0, 2).join(', ')}
              {waitingFor.length > 2 ? ' …' : ''}
            </span>
          )}
        </div>
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>Resources and note{note ? ' (has a note)' : ''}</summary>
          {milestone.why && <p className="milestone__why">{milestone.why}</p>}
          {milestone.resources.length > 0 && (
            <ul className="resources">
              {milestone.resources.map((resource) => (
                <li key={resource.url}>
                  <span className="resource-kind">{RESOURCE_KIND_LABELS[resource.kind]}</span>
                  <a href={resource.url} target="_blank" rel="noopener noreferrer">
                    {resource.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {/* The note field is drawn when opened: 150 text areas would make the roadmap slow to render. */}
          {open && (
            <>
              <NoteField id={noteId} note={note} onSave={(text) => onNoteChange(milestone.id, text)} />
              {onRemove && (
                <button type="button" className="secondary" onClick={() => onRemove(milestone.id)}>
                  Remove this milestone
                </button>
              )}
            </>
          )}
        </details>
      </article>
    </li>
  );
}

export const MilestoneCard = memo(MilestoneCardInner);
