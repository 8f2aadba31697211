import { memo, type FocusEvent, type KeyboardEvent } from 'react';
import { MapNodeButton } from '../../components/map-node-button';
import type { Milestone } from '../../domain/types';
import { useAppStore, useStatus } from '../../store/app-store';

interface MapNodeProps {
  milestone: Milestone;
  onRoad: ReadonlySet<string>;
  active: boolean;
  onOpen: (id: string) => void;
  onFocusNode: (id: string) => void;
  onHover: (id: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
}

/** A node that listens to its own milestone only: a status change re-renders that node (and those it unlocks). */
export const MapNode = memo(function MapNode({ milestone, onRoad, ...rest }: MapNodeProps) {
  const status = useStatus(milestone.id);
  // A boolean per node: a change elsewhere on the road costs each node one quick comparison.
  const ready = useAppStore((s) =>
    milestone.prerequisites.every((id) => {
      const prerequisite = s.plan.milestones[id]?.status;
      return !onRoad.has(id) || prerequisite === 'done' || prerequisite === 'skipped';
    }),
  );
  return <MapNodeButton milestone={milestone} status={status} ready={ready} {...rest} />;
});
