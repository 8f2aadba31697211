import { useEffect, useId, useRef } from 'react';
import { STATUS_GLYPHS, STATUS_LABELS, TIER_HINTS, TIER_LABELS } from '../../components/labels';
import { NoteField } from '../../components/note-field';
import { ResourceList } from '../../components/resource-list';
import { StatusSelect } from '../../components/status-select';
import type { Milestone } from '../../domain/types';
import { actions, useNote, usePlan, useStatus } from '../../store/app-store';

interface MilestonePanelProps {
  milestone: Milestone;
  stageTitle: string;
  titles: ReadonlyMap<string, string>;
  onClose: () => void;
}

/**
 * A milestone opened from the map: a drawer beside it on a wide screen, a sheet from the bottom
 * on a phone. A modal dialog, so Escape closes it and focus goes back to the node.
 */
export function MilestonePanel({ milestone, stageTitle, titles, onClose }: MilestonePanelProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const noteId = useId();
  const status = useStatus(milestone.id);
  const note = useNote(milestone.id);
  const plan = usePlan();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const needs = milestone.prerequisites.filter((id) => titles.has(id));
  return (
    <dialog ref={dialog} className="panel" aria-labelledby={headingId} onClose={onClose}>
      <div className="panel__head">
        <h2 id={headingId}>{milestone.title}</h2>
        <button type="button" className="secondary panel__close" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className="panel__meta">
        <span className={`tier tier--${milestone.tier}`}>{TIER_LABELS[milestone.tier]}</span>
        <span>{TIER_HINTS[milestone.tier]}</span>
        <span>
          {stageTitle} · {milestone.kind === 'project' ? 'project · ' : ''}about {milestone.hours} h
        </span>
      </p>
      <StatusSelect
        className="panel__status"
        status={status}
        onChange={(next) => actions().markMilestone(milestone.id, next)}
      />
      <p>{milestone.summary}</p>
      {milestone.why && <p className="milestone__why">{milestone.why}</p>}
      {needs.length > 0 && (
        <>
          <h3>Needs first</h3>
          <ul className="panel__needs">
            {needs.map((id) => {
              const s = plan.milestones[id]?.status ?? 'todo';
              return (
                <li key={id}>
                  <span aria-hidden="true">{STATUS_GLYPHS[s]} </span>
                  {titles.get(id)} <span className="stat-label">({STATUS_LABELS[s]})</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {milestone.resources.length > 0 && <h3>Resources</h3>}
      <ResourceList resources={milestone.resources} />
      <NoteField id={noteId} note={note} onSave={(text) => actions().writeNote(milestone.id, text)} />
    </dialog>
  );
}
