import { memo, useMemo } from 'react';
import { MilestoneCard } from '../../components/milestone-card';
import type { Result } from '../../domain/result';
import type { Milestone, MilestoneStatus } from '../../domain/types';
import { actions, useAppStore, useNote, useStatus } from '../../store/app-store';
import type { RemovedOwnMilestone } from '../../store/create-app-store';

const onStatusChange = (id: string, status: MilestoneStatus) => actions().markMilestone(id, status);
const onNoteChange = (id: string, note: string): Result<void> => actions().writeNote(id, note);
interface RoadmapRowProps {
  milestone: Milestone;
  onRoad: ReadonlySet<string>;
  titles: ReadonlyMap<string, string>;
  /** For the learner's own milestones: called with what is needed to undo a removal. */
  onRemoved?: (removed: RemovedOwnMilestone) => void;
  highlighted?: boolean;
}

/** Subscribes to its own milestone only, so ticking one row re-renders that row. */
export const RoadmapRow = memo(function RoadmapRow({
  milestone,
  onRoad,
  titles,
  onRemoved,
  highlighted = false,
}: RoadmapRowProps) {
  const status = useStatus(milestone.id);
  const note = useNote(milestone.id);
  // Which prerequisites are still to do, as a bit mask (one number, compared with ===): a row
  // re-renders only when one of its own prerequisites changes, and no list is built per change.
  const waiting = useAppStore((s) =>
    milestone.prerequisites.reduce((mask, id, i) => {
      const prerequisite = s.plan.milestones[id]?.status;
      return onRoad.has(id) && prerequisite !== 'done' && prerequisite !== 'skipped' ? mask | (1 << i) : mask;
    }, 0),
  );
  const waitingFor = useMemo(
    () => milestone.prerequisites.filter((_, i) => waiting & (1 << i)).map((id) => titles.get(id) ?? id),
    [milestone.prerequisites, waiting, titles],
  );
  return (
    <MilestoneCard
      milestone={milestone}
      status={status}
      note={note}
      ready={waitingFor.length === 0}
      waitingFor={waitingFor}
      onStatusChange={onStatusChange}
      onNoteChange={onNoteChange}
      highlighted={highlighted}
      onRemove={
        onRemoved &&
        ((id: string) => {
          const removed = actions().removeOwnMilestone(id);
          if (removed) onRemoved(removed);
        })
      }
    />
  );
});
