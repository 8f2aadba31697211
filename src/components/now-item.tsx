import { useId } from 'react';
import { Link } from 'react-router';
import type { Milestone, MilestoneStatus } from '../domain/types';
import { ExternalLink } from './external-link';
import { RESOURCE_KIND_LABELS, TIER_LABELS } from './labels';
import { StatusSelect } from './status-select';

interface NowItemProps {
  milestone: Milestone;
  status: MilestoneStatus;
  stageTitle: string;
  onStatusChange: (id: string, status: MilestoneStatus) => void;
}

/** A milestone to do now, to tick right here: its checkbox, its Status, where to start, and a way to it on the roadmap. */
export function NowItem({ milestone, status, stageTitle, onStatusChange }: NowItemProps) {
  const checkId = useId();
  const first = milestone.resources[0];
  return (
    <li className="now-item" data-status={status}>
      <input
        id={checkId}
        type="checkbox"
        checked={status === 'done'}
        onChange={(event) => onStatusChange(milestone.id, event.target.checked ? 'done' : 'todo')}
      />
      <div className="now-item__body">
        <label htmlFor={checkId} className="now-item__title">
          {milestone.title}
        </label>
        <p className="now-item__meta">
          {status === 'learning' && <strong className="now-item__learning">Learning now · </strong>}
          {TIER_LABELS[milestone.tier]} · {stageTitle} · about {milestone.hours} h
        </p>
        <p className="now-item__summary">{milestone.summary}</p>
        <div className="now-item__actions">
          <StatusSelect
            className="now-item__status"
            status={status}
            onChange={(next) => onStatusChange(milestone.id, next)}
          />
          {first && (
            <span>
              Start with <ExternalLink href={first.url}>{first.title}</ExternalLink>{' '}
              <span className="stat-label">({RESOURCE_KIND_LABELS[first.kind]})</span>
            </span>
          )}
          <Link to={`/roadmap?focus=${encodeURIComponent(milestone.id)}`}>Open “{milestone.title}” in the roadmap</Link>
        </div>
      </div>
    </li>
  );
}
