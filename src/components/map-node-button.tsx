import { memo, type FocusEvent, type KeyboardEvent } from 'react';
import type { Milestone, MilestoneStatus } from '../domain/types';
import { STATUS_GLYPHS, STATUS_LABELS, TIER_LABELS } from './labels';

interface MapNodeButtonProps {
  milestone: Milestone;
  status: MilestoneStatus;
  ready: boolean;
  /** The one node of the map in the Tab order (roving tabindex). */
  active: boolean;
  onOpen: (id: string) => void;
  onFocusNode: (id: string) => void;
  onHover: (id: string | null) => void;
  /** Arrow keys, Home and End: the map moves focus to another node. */
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
}

/**
 * One milestone on the map: a button named by its title and status ("HTML basics, Done"), with
 * the status as colour and glyph, the tier as its border, and a mark when it is ready to start.
 */
function MapNodeButtonInner({
  milestone,
  status,
  ready,
  active,
  onOpen,
  onFocusNode,
  onHover,
  onKeyDown,
  onBlur,
}: MapNodeButtonProps) {
  const detailId = `map-node-detail-${milestone.id}`;
  const readyNow = ready && status === 'todo';
  return (
    <li className="map-node" data-status={status} data-tier={milestone.tier} data-ready={readyNow || undefined}>
      <button
        type="button"
        data-node-id={milestone.id}
        tabIndex={active ? 0 : -1}
        aria-label={`${milestone.title}, ${STATUS_LABELS[status]}`}
        aria-describedby={detailId}
        onClick={() => onOpen(milestone.id)}
        onFocus={() => onFocusNode(milestone.id)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        onMouseEnter={() => onHover(milestone.id)}
        onMouseLeave={() => onHover(null)}
      >
        <span className="map-node__glyph" aria-hidden="true">
          {STATUS_GLYPHS[status]}
        </span>
        <span className="map-node__title">{milestone.title}</span>
        <span className="map-node__detail" id={detailId}>
          {readyNow && <span className="map-node__ready">Ready</span>}
          {readyNow && ' · '}
          {TIER_LABELS[milestone.tier]} · {milestone.hours} h
        </span>
      </button>
    </li>
  );
}

export const MapNodeButton = memo(MapNodeButtonInner);
